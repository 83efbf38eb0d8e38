import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { displayName, str } from '../property-values.js';
import type { Classified, HandlerContext, ResourceHandler } from './handler.js';

/** The file Chef writes: the name with `.` made `_` and `*` spelt out, under /etc/apt/preferences.d. */
export function aptPreferenceFile(name: string): string {
  return `${name.replace(/\./g, '_').replace(/\*/g, 'wildcard')}.pref`;
}

/** apt_preference: a pin written before the package layer, so it decides what that layer installs. */
export const aptPreferenceHandler: ResourceHandler = {
  types: ['apt_preference'],
  describe: () => ({
    classes: ['image', 'skipped', 'unsupported'],
    reason: 'a file under /etc/apt/preferences.d written before the package layer; skipped where the image does not use apt; unsupported when the pin cannot be worked out',
  }),
  classify(r: Resource, ctx: HandlerContext): Classified {
    if (ctx.family !== 'debian') return { class: 'skipped', reason: 'apt pin: the image does not use apt, and Chef does nothing with it here either' };
    if (r.actions.includes('remove')) return { class: 'image', reason: 'removed: a fresh image does not have it' };
    const name = str(r.properties['package_name']) ?? displayName(r.name);
    const pin = str(r.properties['pin']);
    const priority = str(r.properties['pin_priority']);
    if (!pin || !priority) return { class: 'unsupported', reason: 'apt pin or priority could not be worked out (needs review)' };
    const file = aptPreferenceFile(name);
    return {
      class: 'image',
      reason: `apt pin /etc/apt/preferences.d/${file}, written before the package layer`,
      paths: [`/etc/apt/preferences.d/${file}`],
      contribution: { aptPreferences: [{ ...originOf(r), file, glob: str(r.properties['glob']) ?? name, pin, priority }] },
    };
  },
};
