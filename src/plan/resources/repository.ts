import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { displayName, str, strList } from '../property-values.js';
import type { Classified, ResourceHandler } from './handler.js';

/** What a repository resource adds; needs nothing but the resource, so package facts read repositories the same way. */
export function classifyRepository(r: Resource): Classified {
  if (r.actions.includes('remove') || r.actions.includes('delete')) {
    return { class: 'image', reason: 'removed: a fresh image does not have it' };
  }
  const name = str(r.properties['repo_name']) ?? displayName(r.name);
  const apt = r.type === 'apt_repository';
  const uri = str(r.properties[apt ? 'uri' : 'baseurl']);
  if (!uri) return { class: 'unsupported', reason: 'repository URI could not be worked out (needs review)' };
  const distribution = str(r.properties['distribution']);
  const key = strList(r.properties[apt ? 'key' : 'gpgkey'])[0];
  return {
    class: 'image',
    reason: 'package repository added before the package layer',
    contribution: {
      repositories: [
        {
          ...originOf(r),
          manager: apt ? 'apt' : 'dnf',
          name,
          uri,
          ...(distribution ? { distribution } : {}),
          components: strList(r.properties['components']),
          ...(key ? { key } : {}),
          ...(apt && r.properties['trusted'] === true ? { trusted: true } : {}),
        },
      ],
    },
  };
}

/** Package repositories come first in the image, before the package layer that needs them. */
export const repositoryHandler: ResourceHandler = {
  types: ['apt_repository', 'yum_repository'],
  describe: () => ({ classes: ['image', 'unsupported'], reason: 'a package repository added before the package layer; unsupported when its URI cannot be worked out' }),
  classify: classifyRepository,
};
