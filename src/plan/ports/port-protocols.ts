import type { PortSpec, Unit } from '../../model/plan.js';
import { defaultProtocols, protocolOfPort, type ProtocolSpec } from '../catalog/load-protocols.js';

/** Each port marked with the protocol its number speaks over its transport, where the table knows one and the port has none. */
export function withSpeaks(ports: readonly PortSpec[], protocols: readonly ProtocolSpec[] = defaultProtocols()): PortSpec[] {
  return ports.map((p) => {
    if (p.speaks !== undefined) return p;
    const spec = protocolOfPort(p.port, protocols);
    return spec && spec.transports.includes(p.protocol === 'UDP' ? 'udp' : 'tcp') ? { ...p, speaks: spec.name } : p;
  });
}

export function unitWithSpeaks(unit: Unit, protocols?: readonly ProtocolSpec[]): Unit {
  return unit.ports.length ? { ...unit, ports: withSpeaks(unit.ports, protocols) } : unit;
}
