import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import type { Classified, HandlerContext, ResourceHandler } from './handler.js';

/**
 * The packages Chef's build_essential installs per platform family. Debian's
 * `ncurses-dev` is a virtual package: its one provider is named instead, so
 * the archive check finds it. RHEL's `kernel-devel` is left out: headers for a
 * kernel the container does not run build nothing that runs in it.
 */
const PACKAGES: Record<string, readonly string[]> = {
  debian: ['autoconf', 'binutils-doc', 'bison', 'build-essential', 'flex', 'gettext', 'libncurses-dev'],
  rhel: ['autoconf', 'bison', 'flex', 'gcc', 'gcc-c++', 'gettext', 'make', 'm4', 'ncurses-devel', 'patch'],
};

/** build_essential: the compilers and tools, in the image's package layer. */
export const buildEssentialHandler: ResourceHandler = {
  types: ['build_essential'],
  describe: () => ({ classes: ['image'], reason: 'the compiler toolchain Chef installs (build-essential and friends on Debian) goes into the package layer' }),
  classify(r: Resource, ctx: HandlerContext): Classified {
    const names = PACKAGES[ctx.family] ?? PACKAGES['debian']!;
    const origin = originOf(r);
    return {
      class: 'image',
      reason: `compiler toolchain installed in the package layer (${names.join(', ')})`,
      contribution: { packages: names.map((name) => ({ ...origin, name })) },
      packageNames: names,
    };
  },
};
