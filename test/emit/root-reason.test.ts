/**
 * Why a root unit runs as root, as the manifests' lint exception says it: a
 * daemon whose config names the user it drops to says so, with the line,
 * instead of "the cookbook names no user" (mosquitto::server's `user mosquitto`).
 */
import { describe, expect, it } from 'vitest';
import { lintExceptions } from '../../src/emit/kubernetes/pod-template.js';
import type { Unit } from '../../src/model/plan.js';

const unit = (extra: Partial<Unit>): Unit => ({ name: 'mosquitto', runAsNonRoot: false, origin: { resource: 'service[mosquitto]' }, ...extra }) as unknown as Unit;
const reason = (u: Unit) => lintExceptions(u)['decant.io/lint-exception.run-as-non-root'];

describe('the run-as-non-root exception of a root unit', () => {
  it('a daemon that drops to a config-named user says so, with where', () => {
    expect(reason(unit({ dropsTo: { user: 'mosquitto', by: 'daemon', why: '/etc/mosquitto/mosquitto.conf:7 (user mosquitto)' } }))).toBe(
      'it starts as root and drops to mosquitto itself (/etc/mosquitto/mosquitto.conf:7 (user mosquitto)), as its packaged unit runs it',
    );
  });
  it('without one, the cookbook names no user and it needs review', () => {
    expect(reason(unit({}))).toBe('the cookbook names no user for it (service[mosquitto]), so it runs as root (needs review)');
  });
});
