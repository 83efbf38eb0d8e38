import type { App, PortSpec, Unit } from '../../model/plan.js';

/** The environment variable that moves one published port: `STACK_NGINX_PORT_8081`. */
export function portVariable(app: App, unit: Unit, port: PortSpec): string {
  const words = [app.name, unit.name, 'port', String(port.port), ...(port.protocol === 'UDP' ? ['udp'] : [])];
  return words.join('_').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}

/**
 * A port published on the host's loopback, on its own number unless its
 * variable says another: reachable from the machine as the service would be
 * on a server, not from the network (a ClusterIP Service is not either), and
 * two apps, or a test, can run side by side by moving the numbers.
 */
export function publishedPort(app: App, unit: Unit, port: PortSpec): string {
  const suffix = port.protocol === 'UDP' ? '/udp' : '/tcp';
  return `127.0.0.1:\${${portVariable(app, unit, port)}:-${port.port}}:${port.port}${suffix}`;
}
