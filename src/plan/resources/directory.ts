import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { displayName, mode, str } from '../property-values.js';
import type { Classified, ResourceHandler } from './handler.js';

export const directoryHandler: ResourceHandler = {
  types: ['directory'],
  describe: () => ({ classes: ['image'], reason: 'created in the image with its owner and mode (a deleted one is simply absent)' }),
  classify(r: Resource): Classified {
    const path = str(r.properties['path']) ?? displayName(r.name);
    if (r.actions.includes('delete')) {
      return { class: 'image', reason: 'deleted: a fresh image does not have it', paths: [path] };
    }
    const m = mode(r.properties['mode']);
    const owner = str(r.properties['owner']);
    const group = str(r.properties['group']);
    return {
      class: 'image',
      reason: 'directory created in the image',
      paths: [path],
      contribution: {
        directories: [{ ...originOf(r), path, ...(m ? { mode: m } : {}), ...(owner ? { owner } : {}), ...(group ? { group } : {}) }],
      },
    };
  },
};
