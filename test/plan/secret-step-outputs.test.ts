/** Which files a step holding a secret writes, when those are all it changes (so it can run in the init container). */
import { describe, expect, it } from 'vitest';
import { secretStepOutputs } from '../../src/plan/secret-step-outputs.js';

describe('outputs of a step holding a secret', () => {
  it('named redirect targets, with mode and owner changes beside them', () => {
    expect(secretStepOutputs({ command: "printf 'admin:%s\\n' 'pw' > /etc/app/htpasswd && chmod 600 /etc/app/htpasswd && chown app /etc/app/htpasswd" })).toEqual(['/etc/app/htpasswd']);
    expect(secretStepOutputs({ command: 'echo pw >> creds', cwd: '/srv/app' })).toEqual(['/srv/app/creds']);
  });

  it('none when a part runs another program, starts one in the background, or names its target with a variable', () => {
    expect(secretStepOutputs({ command: "mysql -uroot -ppw -e 'SELECT 1' > /tmp/out" })).toBeUndefined();
    expect(secretStepOutputs({ command: '/usr/sbin/mysqld --init-file=/var/lib/mysql/recovery.conf&>/dev/null& sleep 5' })).toBeUndefined();
    expect(secretStepOutputs({ command: 'echo pw > $HOME/creds' })).toBeUndefined();
    expect(secretStepOutputs({ command: 'echo pw > creds' })).toBeUndefined();
    expect(secretStepOutputs({ command: 'chmod 600 /etc/x' })).toBeUndefined();
  });
});
