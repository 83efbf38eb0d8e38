import type { PortSpec, Unit } from '../../model/plan.js';
import { defaultProtocols, protocolNamed, protocolOfPort, type ProtocolSpec } from '../catalog/load-protocols.js';

/**
 * Each port marked with the protocol it speaks over its transport, where the
 * port has none: by its well-known number, else by its name when the catalog
 * or plan named it after a protocol (redis moved to 6380 is still `redis`).
 */
export function withSpeaks(ports: readonly PortSpec[], protocols: readonly ProtocolSpec[] = defaultProtocols()): PortSpec[] {
  return ports.map((p) => {
    if (p.speaks !== undefined || p.relays) return p;
    const spec = protocolOfPort(p.port, protocols) ?? protocolNamed(p.name, protocols);
    return spec && spec.transports.includes(p.protocol === 'UDP' ? 'udp' : 'tcp') ? { ...p, speaks: spec.name } : p;
  });
}

export function unitWithSpeaks(unit: Unit, protocols?: readonly ProtocolSpec[]): Unit {
  return unit.ports.length ? { ...unit, ports: withSpeaks(unit.ports, protocols) } : unit;
}
