/**
 * The Erubis module functions that the Ruby Erubis generates can call:
 * `<%== x %>` becomes `Erubis::XmlHelper.escape_xml(x)`, which escapes
 * `x.to_s` (so a user class's `to_s` counts, and an Unknown stays Unknown
 * for the template's marker).
 */
import { Unknown } from '../values.js';
import type { Interpreter } from '../interpreter/interpreter.js';
import { defineModule } from '../interpreter/define-module.js';
import type { Native } from '../interpreter/runtime.js';
import { erubisEscapeXml } from './escape-xml.js';

export function registerErubis(interp: Interpreter): void {
  const helper = defineModule(interp, 'Erubis::XmlHelper');
  if (helper.singletonMethods.has('escape_xml')) return;
  const escape: Native = (c) => {
    const s = c.interp.toStr(c.args[0] ?? null, c.node);
    return s instanceof Unknown ? s : erubisEscapeXml(s);
  };
  helper.singletonMethods.set('escape_xml', escape);
  helper.singletonMethods.set('h', escape);
}
