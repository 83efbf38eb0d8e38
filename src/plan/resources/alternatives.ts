import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { displayName, num, str } from '../property-values.js';
import { shellQuote } from './file.js';
import type { Classified, ResourceHandler } from './handler.js';

/** The update-alternatives call for each action Chef's alternatives resource has. */
function command(r: Resource): string | undefined {
  const name = str(r.properties['link_name']) ?? displayName(r.name);
  const path = str(r.properties['path']);
  const link = str(r.properties['link']) ?? `/usr/bin/${name}`;
  const priority = num(r.properties['priority']);
  const q = shellQuote;
  if (r.actions.includes('remove')) return path ? `update-alternatives --remove ${q(name)} ${q(path)}` : undefined;
  if (r.actions.includes('auto')) return `update-alternatives --auto ${q(name)}`;
  if (r.actions.includes('refresh')) return `update-alternatives --auto ${q(name)}`;
  if (r.actions.includes('set')) return path ? `update-alternatives --set ${q(name)} ${q(path)}` : undefined;
  return path && priority !== undefined ? `update-alternatives --install ${q(link)} ${q(name)} ${q(path)} ${priority}` : undefined;
}

/** alternatives: the symlink choice is made while the image builds, as Chef makes it on the server. */
export const alternativesHandler: ResourceHandler = {
  types: ['alternatives'],
  describe: () => ({ classes: ['image', 'unsupported'], reason: 'update-alternatives in a build step; unsupported when the path or priority cannot be worked out' }),
  classify(r: Resource): Classified {
    const cmd = command(r);
    if (!cmd) return { class: 'unsupported', reason: 'alternatives path or priority could not be worked out (needs review)' };
    return { class: 'image', reason: 'update-alternatives while the image builds', contribution: { buildSteps: [{ ...originOf(r), command: cmd, env: {}, conditions: [] }] } };
  },
};
