import { describe, expect, it } from 'vitest';
import { decodeAddress, parseNetTable, socketOwners } from '../../../src/engine/inspec/resources/proc-net.js';
import { parseListeners } from '../../../src/engine/inspec/resources/port.js';
import { parseStat } from '../../../src/engine/inspec/resources/file.js';
import { parseProcessDump, runsProgram } from '../../../src/engine/inspec/resources/processes-list.js';

// Lines in the kernel's format (net/ipv4/tcp_ipv4.c, get_tcp4_sock), written for these tests.
const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 41235 1 0000000000000000 100 0 0 10 0
   1: 0100007F:18EB 00000000:0000 0A 00000000:00000000 00:00000000 00000000   101        0 41240 1 0000000000000000 100 0 0 10 0
   2: 0200A8C0:1F90 0300A8C0:D3F2 01 00000000:00000000 00:00000000 00000000     0        0 0 1 0000000000000000 20 4 30 10 -1
`;
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000000000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 41236 1 0000000000000000 100 0 0 10 0
   1: 00000000000000000000000001000000:0050 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 41237 1 0000000000000000 100 0 0 10 0
`;

describe('/proc/net', () => {
  it('decodes little-endian addresses and keeps listeners only', () => {
    expect(decodeAddress('0100007F')).toBe('127.0.0.1');
    expect(decodeAddress('00000000000000000000000001000000')).toBe('::1');
    expect(decodeAddress('0000000000000000FFFF00000100007F')).toBe('::ffff:127.0.0.1');
    expect(parseNetTable(TCP, 'tcp')).toEqual([
      { protocol: 'tcp', address: '0.0.0.0', port: 8080, inode: '41235' },
      { protocol: 'tcp', address: '127.0.0.1', port: 6379, inode: '41240' },
    ]);
    expect(parseNetTable(TCP6, 'tcp6').map((l) => [l.address, l.port])).toEqual([['::', 8080], ['::1', 80]]);
  });

  it('maps socket inodes to pids from ls -l /proc/*/fd', () => {
    const ls = `/proc/1/fd:
total 0
lrwx------ 1 root root 64 Nov 28 06:00 0 -> /dev/null
lrwx------ 1 root root 64 Nov 28 06:00 6 -> socket:[41235]

/proc/7/fd:
lrwx------ 1 www-data www-data 64 Nov 28 06:00 6 -> socket:[41235]
lrwx------ 1 www-data www-data 64 Nov 28 06:00 7 -> socket:[41236]
`;
    expect(Object.fromEntries(socketOwners(ls))).toEqual({ '41235': [1, 7], '41236': [7] });
    const { listeners, owners } = parseListeners(`@@tcp\n${TCP}@@tcp6\n${TCP6}@@udp\n@@udp6\n@@fd\n${ls}`);
    expect(listeners.filter((l) => l.port === 8080).map((l) => l.protocol)).toEqual(['tcp', 'tcp6']);
    expect(owners.get('41236')).toEqual([7]);
  });
});

describe('stat and /proc parsing', () => {
  it('reads stat -c output into InSpec types and octal modes', () => {
    expect(parseStat('regular file|644|www-data|www-data|33|33|12')).toEqual({ type: 'file', mode: 0o644, owner: 'www-data', group: 'www-data', uid: 33, gid: 33, size: 12 });
    expect(parseStat('symbolic link|777|root|root|0|0|30')?.type).toBe('symlink');
    expect(parseStat('garbage')).toBeUndefined();
  });

  it('reads processes and leaves out the probe itself', () => {
    const dump = `self 40
@@1
Name:\tnginx
State:\tS (sleeping)
PPid:\t0
Uid:\t0\t0\t0\t0
Cmdline:\tnginx: master process nginx -g daemon off; 
@@41
Name:\tcat
PPid:\t40
Uid:\t0\t0\t0\t0
Cmdline:\tcat /proc/41/status 
@@7
Name:\tnginx
State:\tS (sleeping)
PPid:\t1
Uid:\t33\t33\t33\t33
Cmdline:\tnginx: worker process 
@@passwd
root:x:0:0:root:/root:/bin/bash
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
`;
    const procs = parseProcessDump(dump);
    expect(procs.map((p) => [p.pid, p.user, p.comm, p.command])).toEqual([
      [1, 'root', 'nginx', 'nginx: master process nginx -g daemon off;'],
      [7, 'www-data', 'nginx', 'nginx: worker process'],
    ]);
    expect(runsProgram(procs[0]!, 'nginx')).toBe(true);
    expect(runsProgram(procs[0]!, 'redis-server')).toBe(false);
  });
});
