/**
 * A custom resource whose action changes the system in Ruby (DEC0328). Chef runs a `converge_by` block on a first
 * converge whatever it does: percona's mysql_user runs `mysql -e "CREATE USER …"` through shell_out there,
 * sc-mongodb's user resource a Mongo client. decant builds images and manifests from declared resources only, so
 * that work is in neither: the deployed database lacks the user. Said at the instance, with what Chef would have
 * logged, instead of calling a resource that declared nothing done.
 */
import { warning } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Resource, RubyChange } from '../../model/converge.js';
import { formatLocation } from '../../model/source.js';
import type { Classified } from './handler.js';

const MAX_SHOWN = 3;

function shown(c: RubyChange): string {
  const where = `${c.at.cookbook ? `${c.at.cookbook}/` : ''}${formatLocation(c.at)}`;
  const what = c.what === undefined ? '' : ` "${c.what.length > 120 ? `${c.what.slice(0, 117)}...` : c.what}"`;
  return `${c.via}${what} at ${where}`;
}

/** `converge_by "Creating user 'a'" at percona/resources/mysql_user.rb:40:5; …` (the first few, and how many more). */
export function rubyChangesText(changes: readonly RubyChange[]): string {
  const more = changes.length > MAX_SHOWN ? ` and ${changes.length - MAX_SHOWN} more` : '';
  return `${changes.slice(0, MAX_SHOWN).map(shown).join('; ')}${more}`;
}

const HINT = 'do that work against the deployed service (a Job, or your deployment tooling), or in the image by hand (plan.yaml); the Ruby that does it is at the place named';

/**
 * The classification of an instance whose actions declared no resource but changed the system in Ruby: unsupported,
 * with the change named. Undefined when it changed nothing that way.
 */
export function rubyChangesOnly(r: Resource, ran: readonly string[]): Classified | undefined {
  if (!r.rubyChanges?.length) return undefined;
  const what = `${r.type}[${typeof r.name === 'string' ? r.name : '…'}]`;
  const actions = ran.map((a) => `:${a}`).join(', ');
  const message = `${what}: its action ${actions} changes the system in Ruby (${rubyChangesText(r.rubyChanges)}), not through resources: not carried into the image or the deployment`;
  return {
    class: 'unsupported',
    reason: `custom resource: its action ${actions} declares no resource; it changes the system in Ruby (${rubyChangesText(r.rubyChanges)}), which no image or manifest carries (needs review)`,
    diagnostics: [warning('DEC0328', message, r.source, HINT)],
  };
}

/** For an instance that did declare resources: the diagnostic for what it also changed in Ruby, if anything. */
export function rubyChangesBeside(r: Resource): Diagnostic[] {
  if (!r.rubyChanges?.length) return [];
  const what = `${r.type}[${typeof r.name === 'string' ? r.name : '…'}]`;
  return [warning('DEC0328', `${what}: besides the resources it declares, its actions change the system in Ruby (${rubyChangesText(r.rubyChanges)}): not carried into the image or the deployment`, r.source, HINT)];
}
