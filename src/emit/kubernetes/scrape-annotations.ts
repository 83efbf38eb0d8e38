import type { Unit } from '../../model/plan.js';

/** The application protocol a port speaks when it serves Prometheus metrics (catalog/protocols/protocols.yaml). */
const METRICS = 'metrics';

/**
 * Prometheus's conventional pod annotations for the first port of the pod's
 * units that serves metrics: an exporter that shares its service's pod is
 * found by the cluster's Prometheus as it was on the server.
 */
export function scrapeAnnotations(units: readonly Unit[]): Record<string, string> | undefined {
  const port = units.flatMap((u) => u.ports).find((p) => p.speaks === METRICS && p.protocol === 'TCP');
  if (!port) return undefined;
  return { 'prometheus.io/path': '/metrics', 'prometheus.io/port': String(port.port), 'prometheus.io/scrape': 'true' };
}
