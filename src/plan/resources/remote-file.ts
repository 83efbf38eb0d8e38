import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { displayName, mode, str, strList } from '../property-values.js';
import { shellQuote } from './file.js';
import type { Classified, ResourceHandler } from './handler.js';

/** remote_file: downloaded while the image builds (curl comes with it into the package layer). */
export const remoteFileHandler: ResourceHandler = {
  types: ['remote_file'],
  describe: () => ({ classes: ['image', 'unsupported'], reason: 'downloaded with curl while the image builds; unsupported when the source is not an http(s)/ftp URL' }),
  classify(r: Resource): Classified {
    const path = str(r.properties['path']) ?? displayName(r.name);
    const url = strList(r.properties['source'])[0];
    if (!url || !/^(https?|ftp):\/\//.test(url)) {
      return { class: 'unsupported', reason: 'remote_file source is not a URL decant can fetch at build time', paths: [path] };
    }
    const m = mode(r.properties['mode']);
    const owner = str(r.properties['owner']);
    let cmd = `curl -fsSL -o ${shellQuote(path)} ${shellQuote(url)}`;
    if (m) cmd += ` && chmod ${m} ${shellQuote(path)}`;
    if (owner) cmd += ` && chown ${shellQuote(owner)} ${shellQuote(path)}`;
    const origin = originOf(r);
    return {
      class: 'image',
      reason: 'downloaded while the image builds',
      paths: [path],
      contribution: {
        packages: [
          { ...origin, name: 'ca-certificates' },
          { ...origin, name: 'curl' },
        ],
        buildSteps: [{ ...origin, command: cmd, env: {}, conditions: [] }],
      },
    };
  },
};
