/**
 * One entry of catalog/host/services.yaml: daemons that manage the host (no
 * place in a pod) or watch it (one pod per node). Issue 14.
 */

import type { NodeAccess } from '../../model/plan.js';

export type { HostPathMount, NodeAccess } from '../../model/plan.js';

export type HostServiceEntry =
  | {
      readonly name: string;
      readonly role: 'host';
      readonly services: readonly string[];
      readonly packages: readonly string[];
      /**
       * Debian virtual packages (Provides:) that say what the daemon is to the
       * node (system-log-daemon): a service only its package starts, from a
       * package providing one, is host-level.
       */
      readonly provides: readonly string[];
      readonly reason: string;
    }
  | {
      readonly name: string;
      readonly role: 'node-agent';
      readonly services: readonly string[];
      readonly packages: readonly string[];
      readonly provides: readonly string[];
      readonly reason: string;
      readonly access: NodeAccess;
    };
