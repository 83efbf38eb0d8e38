import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { bool, displayName, num, str, strList } from '../property-values.js';
import type { Classified, ResourceHandler } from './handler.js';

export const userHandler: ResourceHandler = {
  types: ['user', 'linux_user'],
  describe: () => ({ classes: ['image'], reason: 'the user is created in the image (uid, home, shell as declared)' }),
  classify(r: Resource): Classified {
    const name = str(r.properties['username']) ?? displayName(r.name);
    if (r.actions.includes('remove')) return { class: 'image', reason: 'removed: a fresh image does not have it' };
    const uid = num(r.properties['uid']);
    const group = str(r.properties['gid']);
    const home = str(r.properties['home']);
    const shell = str(r.properties['shell']);
    return {
      class: 'image',
      reason: 'user created in the image' + (r.properties['password'] !== undefined ? ' (its password is not carried: containers are not logged into)' : ''),
      paths: home ? [home] : [],
      contribution: {
        users: [
          {
            ...originOf(r),
            name,
            ...(uid !== undefined ? { uid } : {}),
            ...(group && !/^\d+$/.test(group) ? { group } : {}),
            ...(home ? { home } : {}),
            ...(shell ? { shell } : {}),
            system: bool(r.properties['system']) ?? false,
            manageHome: bool(r.properties['manage_home']) ?? false,
          },
        ],
      },
    };
  },
};

export const groupHandler: ResourceHandler = {
  types: ['group'],
  describe: () => ({ classes: ['image'], reason: 'the group is created in the image' }),
  classify(r: Resource): Classified {
    const name = str(r.properties['group_name']) ?? displayName(r.name);
    if (r.actions.includes('remove')) return { class: 'image', reason: 'removed: a fresh image does not have it' };
    const gid = num(r.properties['gid']);
    return {
      class: 'image',
      reason: 'group created in the image',
      contribution: {
        groups: [
          {
            ...originOf(r),
            name,
            ...(gid !== undefined ? { gid } : {}),
            system: bool(r.properties['system']) ?? false,
            members: strList(r.properties['members']),
          },
        ],
      },
    };
  },
};
