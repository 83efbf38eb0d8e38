import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { displayName, str } from '../property-values.js';
import type { Classified, ResourceHandler } from './handler.js';

export const linkHandler: ResourceHandler = {
  types: ['link'],
  describe: () => ({ classes: ['image', 'unsupported'], reason: 'a link made in the image; unsupported when its target cannot be worked out' }),
  classify(r: Resource): Classified {
    const path = str(r.properties['target_file']) ?? displayName(r.name);
    const to = str(r.properties['to']);
    if (r.actions.includes('delete')) return { class: 'image', reason: 'deleted: a fresh image does not have it', paths: [path] };
    if (!to) return { class: 'unsupported', reason: 'link target (`to`) could not be worked out', paths: [path] };
    const hard = str(r.properties['link_type']) === 'hard';
    return {
      class: 'image',
      reason: `${hard ? 'hard' : 'symbolic'} link created in the image`,
      paths: [path],
      contribution: { links: [{ ...originOf(r), path, to, hard }] },
    };
  },
};
