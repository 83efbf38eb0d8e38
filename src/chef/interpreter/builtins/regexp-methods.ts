/** Regexp methods: `===` (case/when), `=~`, `match`, `source`. */
import { Unknown, type RubyValue } from '../../values.js';
import { NOT_FOUND, type Call, type Found } from '../runtime.js';
import type { RegexpInternal } from '../regexp.js';
import { str } from './helpers.js';
import { matchData } from './string-methods.js';

export function regexpMethod(c: Call, re: RegexpInternal): Found {
  const subject: RubyValue = c.args[0] ?? null;
  switch (c.name) {
    case '===': case '=~': case 'match': case 'match?': {
      if (subject instanceof Unknown) {
        if (c.name !== 'match?') c.interp.lastMatch = subject;
        return subject;
      }
      if (subject === null) return c.name === '===' || c.name === 'match?' ? false : null;
      const m = new RegExp(re.js.source, re.js.flags.replace('g', '')).exec(str(subject));
      if (c.name === '===' || c.name === 'match?') return m !== null;
      c.interp.lastMatch = m;
      if (c.name === '=~') return m ? m.index : null;
      return m ? matchData(m) : null;
    }
    case 'source': return re.source;
    case 'to_s': case 'inspect': return re.displayName;
    default: return NOT_FOUND;
  }
}
