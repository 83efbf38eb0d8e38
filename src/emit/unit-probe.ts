import type { Unit } from '../model/plan.js';
import { protocolProbeCommand } from './kubernetes/protocol-probe.js';

/**
 * How a running unit is checked, decided once for every output that probes
 * it (the manifests' readiness and liveness probes, compose's healthcheck):
 * the unit's own health check when it is a command, else its health port or
 * first TCP port, asked in the protocol it speaks where a shell can (the check
 * `decant verify` makes), else only opened.
 */
export type UnitProbe = { readonly kind: 'exec'; readonly command: readonly string[] } | { readonly kind: 'tcp'; readonly port: number };

export function unitProbe(unit: Unit): UnitProbe | undefined {
  const h = unit.health;
  if (h?.kind === 'exec') return { kind: 'exec', command: [...h.command] };
  const port = h ? h.port : unit.ports.find((p) => p.protocol === 'TCP')?.port;
  if (port === undefined) return undefined;
  const spec = unit.ports.find((p) => p.port === port && p.protocol === 'TCP');
  const command = spec ? protocolProbeCommand(spec) : undefined;
  return command ? { kind: 'exec', command } : { kind: 'tcp', port };
}
