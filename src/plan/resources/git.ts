import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { displayName, str } from '../property-values.js';
import { shellQuote } from './file.js';
import type { Classified, ResourceHandler } from './handler.js';

/** `git` and `subversion` check code out while the image builds (the client comes with it into the package layer). */
export const gitHandler: ResourceHandler = {
  types: ['git', 'subversion'],
  describe: (t) => ({ classes: ['image', 'unsupported'], reason: `checked out with ${t === 'subversion' ? 'svn' : 'git'} while the image builds (the client comes into the package layer); unsupported when the repository cannot be worked out` }),
  classify(r: Resource): Classified {
    const dest = str(r.properties['destination']) ?? displayName(r.name);
    const repo = str(r.properties['repository']);
    const svn = r.type === 'subversion';
    if (!repo) return { class: 'unsupported', reason: `${svn ? 'subversion' : 'git'} repository could not be worked out (needs review)`, paths: [dest] };
    const revision = str(r.properties['revision']);
    const user = str(r.properties['user']);
    const origin = originOf(r);
    // At the revision asked for; HEAD is both clients' default, so it adds nothing.
    const checkout = svn
      ? `svn checkout --non-interactive${revision && revision !== 'HEAD' ? ` -r ${shellQuote(revision)}` : ''} ${shellQuote(repo)} ${shellQuote(dest)}`
      : `git clone ${shellQuote(repo)} ${shellQuote(dest)}${revision && revision !== 'HEAD' ? ` && git -C ${shellQuote(dest)} checkout ${shellQuote(revision)}` : ''}`;
    const chown = user ? ` && chown -R ${shellQuote(user)} ${shellQuote(dest)}` : '';
    return {
      class: 'image',
      reason: `checked out while the image builds${revision ? ` at ${revision}` : ''}`,
      paths: [dest],
      contribution: {
        packages: [
          { ...origin, name: 'ca-certificates' },
          { ...origin, name: svn ? 'subversion' : 'git' },
        ],
        buildSteps: [{ ...origin, command: `${checkout}${chown}`, env: {}, conditions: [] }],
      },
    };
  },
};
