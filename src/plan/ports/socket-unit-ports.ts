/**
 * Ports a systemd socket unit opens for its service: ListenStream= is TCP,
 * ListenDatagram= UDP (systemd.socket(5)); a path is a unix socket,
 * not a port.
 */
import { readUnitFile, type UnitAssignment } from '../../text/systemd-unit.js';
import { parseListenValue, type FoundPort } from './found-port.js';

export function portsInSocketUnit(raw: string, path: string): FoundPort[] {
  const unit = readUnitFile(raw);
  const out: FoundPort[] = [];
  for (const [key, transport] of [['ListenStream', 'TCP'], ['ListenDatagram', 'UDP']] as const) {
    for (const value of socketValues(unit, key)) {
      const v = parseListenValue(value);
      if (v) out.push({ port: v.port, transport, loopback: v.loopback, from: 'socket', where: `${path} (${key}=${value})` });
    }
  }
  return out;
}

/** Every value of a [Socket] key in order; an empty assignment resets the list, as systemd reads it. */
function socketValues(unit: readonly UnitAssignment[], key: string): string[] {
  const values: string[] = [];
  for (const e of unit) {
    if (e.section !== 'Socket' || e.key !== key) continue;
    if (e.value === '') values.length = 0;
    else values.push(e.value);
  }
  return values;
}
