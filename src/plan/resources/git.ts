import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { displayName, str } from '../property-values.js';
import { shellQuote } from './file.js';
import type { Classified, ResourceHandler } from './handler.js';

/** `git` checks code out while the image builds (git comes with it into the package layer). */
export const gitHandler: ResourceHandler = {
  types: ['git'],
  classify(r: Resource): Classified {
    const dest = str(r.properties['destination']) ?? displayName(r.name);
    const repo = str(r.properties['repository']);
    if (!repo) return { class: 'unsupported', reason: 'git repository could not be worked out (needs review)', paths: [dest] };
    const revision = str(r.properties['revision']);
    const user = str(r.properties['user']);
    const origin = originOf(r);
    const clone = `git clone ${shellQuote(repo)} ${shellQuote(dest)}`;
    const checkout = revision && revision !== 'HEAD' ? ` && git -C ${shellQuote(dest)} checkout ${shellQuote(revision)}` : '';
    const chown = user ? ` && chown -R ${shellQuote(user)} ${shellQuote(dest)}` : '';
    return {
      class: 'image',
      reason: `checked out while the image builds${revision ? ` at ${revision}` : ''}`,
      paths: [dest],
      contribution: {
        packages: [
          { ...origin, name: 'ca-certificates' },
          { ...origin, name: 'git' },
        ],
        buildSteps: [{ ...origin, command: `${clone}${checkout}${chown}`, env: {}, conditions: [] }],
      },
    };
  },
};
