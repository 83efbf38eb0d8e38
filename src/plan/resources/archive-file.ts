import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { displayName, mode as fileMode, num, str } from '../property-values.js';
import { shellQuote } from './file.js';
import type { Classified, HandlerContext, ResourceHandler } from './handler.js';

/** Chef extracts with libarchive; bsdtar is libarchive's own command, so the same formats open. */
const BSDTAR: Record<string, string> = { debian: 'libarchive-tools', rhel: 'bsdtar' };

/** archive_file: extracted while the image builds, after the step that put the archive there. */
export const archiveFileHandler: ResourceHandler = {
  types: ['archive_file'],
  describe: () => ({ classes: ['image', 'unsupported'], reason: 'extracted with bsdtar (libarchive, as Chef uses) in a build step; unsupported when the destination cannot be worked out' }),
  classify(r: Resource, ctx: HandlerContext): Classified {
    const path = str(r.properties['path']) ?? displayName(r.name);
    const dest = str(r.properties['destination']);
    if (!dest) return { class: 'unsupported', reason: 'archive_file destination could not be worked out (needs review)', paths: [path] };
    const strip = num(r.properties['strip_components']) ?? 0;
    const owner = str(r.properties['owner']);
    const group = str(r.properties['group']);
    const mode = fileMode(r.properties['mode']);
    const parts = [
      `mkdir -p ${shellQuote(dest)}`,
      `bsdtar -xf ${shellQuote(path)} -C ${shellQuote(dest)}${strip > 0 ? ` --strip-components ${strip}` : ''}`,
      ...(mode ? [`chmod ${shellQuote(mode)} ${shellQuote(dest)}`] : []),
      ...(owner || group ? [`chown -R ${shellQuote(`${owner ?? ''}${group ? `:${group}` : ''}`)} ${shellQuote(dest)}`] : []),
    ];
    const origin = originOf(r);
    return {
      class: 'image',
      reason: 'extracted while the image builds',
      paths: [dest],
      contribution: {
        packages: [{ ...origin, name: BSDTAR[ctx.family] ?? BSDTAR['debian']! }],
        buildSteps: [{ ...origin, command: parts.join(' && '), env: {}, conditions: [] }],
      },
    };
  },
};
