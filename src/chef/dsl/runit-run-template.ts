/**
 * A runit_service declared without the runit cookbook in the run (so not
 * expanded as a custom resource) still names the run script runsv starts:
 * the runit cookbook renders `sv-<run_template_name>-run.erb` from the
 * `cookbook` property's cookbook (else the declaring one) with
 * `variables(options: new_resource.options)`. These are the template
 * properties that rendering uses, so the resource carries its run script as
 * content, as a template resource would.
 */
import { RHash, RSymbol, type RubyValue } from '../values.js';
import type { ResourceBuilder } from './resource-builder.js';

export function runitRunTemplateProperties(b: ResourceBuilder, props: ReadonlyMap<string, RubyValue>): Map<string, RubyValue> {
  const name = props.get('run_template_name') ?? props.get('service_name') ?? b.name;
  const options = props.get('options');
  const out = new Map<string, RubyValue>();
  out.set('source', typeof name === 'string' ? `sv-${name}-run.erb` : name);
  const cookbook = props.get('cookbook');
  if (cookbook !== undefined) out.set('cookbook', cookbook);
  out.set('variables', RHash.from([[RSymbol.of('options'), options instanceof RHash ? options : new RHash()]]));
  return out;
}
