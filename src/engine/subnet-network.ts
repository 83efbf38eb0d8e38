/**
 * The network verify runs a unit on when its config serves subnets
 * (image.json `subnets`): a Docker bridge network of its own holding them,
 * so the container's interface has an address in a subnet the config
 * declares, as the pod's would on the node's network or a Multus attachment.
 * A bridge holds one IPv4 and one IPv6 subnet: the first of each is taken.
 * Docker refuses a subnet another network holds (another verify of the same
 * cookbook): that is waited out for a while, then said.
 */
import { randomBytes } from 'node:crypto';
import type { DockerClient } from './docker-client.js';
import { trackNetwork } from './container-janitor.js';
import { bridgeSubnets } from '../model/unit-network.js';


/** Docker's words for a subnet that another of its networks already holds. */
const TAKEN = /overlaps|already in use|conflicts/i;

export async function createSubnetNetwork(
  docker: DockerClient,
  subnets: readonly string[],
  label: string,
  waitSeconds = 60,
): Promise<{ ok: true; id: string; name: string; holds: readonly string[] } | { ok: false; detail: string }> {
  const held = bridgeSubnets(subnets);
  const name = `decant-verify-subnets-${randomBytes(4).toString('hex')}`;
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    try {
      const network = await docker.createNetwork({
        Name: name,
        Driver: 'bridge',
        CheckDuplicate: true,
        EnableIPv6: held.some((s) => s.includes(':')),
        IPAM: { Driver: 'default', Config: held.map((Subnet) => ({ Subnet })) },
        Labels: { 'io.decant.engine': 'verify', 'io.decant.unit': label },
      });
      trackNetwork(docker, network.id);
      return { ok: true, id: network.id, name, holds: held };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (!TAKEN.test(message) || Date.now() > deadline) return { ok: false, detail: `could not make a network holding ${held.join(', ')}: ${message}` };
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}
