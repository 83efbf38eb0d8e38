/**
 * The readers of start scripts other than systemd units (issue 14, source 1):
 * shell words, runit run scripts, upstart jobs, supervisord programs.
 */
import { describe, expect, it } from 'vitest';
import { runScriptCommand } from '../../src/text/run-script.js';
import { shellWords } from '../../src/text/shell-words.js';
import { programCommand, supervisorEnvironment, supervisorPrograms } from '../../src/text/supervisor-program.js';
import { upstartCommand } from '../../src/text/upstart-job.js';

describe('shellWords', () => {
  it('removes quotes, keeps escapes, expands the variables it is given and splits an unquoted value', () => {
    const vars = new Map([['OPTS', '-a  -b'], ['DIR', '/srv/my dir']]);
    expect(shellWords(`x "$DIR" $OPTS 'lit $X' a\\ b "q\\"q" \${DIR}/f`, vars)).toEqual({
      ok: true,
      words: ['x', '/srv/my dir', '-a', '-b', 'lit $X', 'a b', 'q"q', '/srv/my', 'dir/f'],
    });
  });
  it('refuses what the shell computes at run time, saying what', () => {
    expect(shellWords('x $(hostname)')).toMatchObject({ ok: false, reason: expect.stringMatching(/command substitution/) });
    expect(shellWords('x $UNSET')).toMatchObject({ ok: false, reason: expect.stringMatching(/\$UNSET is not set by the script/) });
    expect(shellWords('x ${A:-b}')).toMatchObject({ ok: false, reason: expect.stringMatching(/computed by the shell/) });
    expect(shellWords('a | b')).toMatchObject({ ok: false, reason: expect.stringMatching(/more than one simple command/) });
    expect(shellWords('a *.conf')).toMatchObject({ ok: false, reason: expect.stringMatching(/pattern/) });
    expect(shellWords('a "open')).toMatchObject({ ok: false, reason: expect.stringMatching(/unterminated/) });
  });
  it('keeps a descriptor duplication as one word', () => {
    expect(shellWords('exec 2>&1')).toEqual({ ok: true, words: ['exec', '2>&1'] });
  });
});

describe('runScriptCommand (runit run scripts)', () => {
  it('takes the exec, strips chpst -u (the user and group) and 2>&1', () => {
    const r = runScriptCommand('#!/bin/sh\nexec 2>&1\nexec chpst -u mini:www-data /usr/sbin/mini_httpd -D -p 8091 2>&1\n');
    expect(r).toMatchObject({ ok: true, argv: ['/usr/sbin/mini_httpd', '-D', '-p', '8091'], user: 'mini', group: 'www-data', line: 3 });
    expect(r.ok && r.notes.join('\n')).toMatch(/chpst -u: runs as mini:www-data/);
  });
  it('expands the variables it sets, exports the exported ones, and follows continuation lines', () => {
    const r = runScriptCommand('#!/bin/sh -e\nset -e\nPORT=8000\nexport HOME=/var/lib/app\nexec chpst -uapp -o 4096 \\\n  /usr/bin/app --port "$PORT"\n');
    expect(r).toMatchObject({ ok: true, argv: ['/usr/bin/app', '--port', '8000'], user: 'app', env: { HOME: '/var/lib/app' }, line: 5 });
    expect(r.ok && r.notes.join('\n')).toMatch(/chpst -o 4096 dropped/);
  });
  it('reads setuidgid (daemontools) as the user', () => {
    expect(runScriptCommand('#!/bin/sh\nexec setuidgid nobody /usr/bin/d -f\n')).toMatchObject({ ok: true, argv: ['/usr/bin/d', '-f'], user: 'nobody' });
  });
  it('refuses a script that does more than assignments and exec, or that execs nothing', () => {
    expect(runScriptCommand('#!/bin/sh\nmkdir -p /run/x\nexec /usr/bin/x\n')).toMatchObject({ ok: false, reason: expect.stringMatching(/line 2 \(mkdir -p \/run\/x\) is more than/) });
    expect(runScriptCommand('#!/bin/sh\nexec 2>&1\n')).toMatchObject({ ok: false, reason: expect.stringMatching(/execs no daemon/) });
    expect(runScriptCommand('#!/bin/sh\nexec chpst -e /etc/sv/x/env /usr/bin/x\n')).toMatchObject({ ok: false, reason: expect.stringMatching(/chpst -e .* at run time/) });
    expect(runScriptCommand('#!/bin/sh\nexec /usr/bin/x $PORT\n')).toMatchObject({ ok: false, reason: expect.stringMatching(/\$PORT is not set/) });
  });
});

describe('upstartCommand', () => {
  it('takes the exec stanza with env values, setuid and expect', () => {
    const r = upstartCommand('description "x"\nstart on runlevel [2345]\nenv PORT=9000\nsetuid app\nexpect fork\nexec /usr/bin/x --port $PORT\n');
    expect(r).toEqual({ ok: true, argv: ['/usr/bin/x', '--port', '9000'], user: 'app', env: { PORT: '9000' }, forks: 'fork', line: 6 });
  });
  it('ignores pre-start script blocks but refuses a job that starts through a script block', () => {
    expect(upstartCommand('pre-start script\n  mkdir -p /run/x\nend script\nexec /usr/bin/x\n')).toMatchObject({ ok: true, argv: ['/usr/bin/x'] });
    expect(upstartCommand('script\n  . /etc/default/x\n  exec /usr/bin/x $OPTS\nend script\n')).toMatchObject({ ok: false, reason: expect.stringMatching(/script block/) });
    expect(upstartCommand('description "x"\n')).toMatchObject({ ok: false, reason: 'the job has no exec stanza' });
  });
});

describe('supervisord programs', () => {
  const conf = '[supervisord]\nnodaemon=true\n\n[program:worker]\ncommand = /usr/bin/python3 -m worker --name %(program_name)s ; the queue worker\nuser=app\ndirectory=/srv/app\nenvironment=QUEUE="jobs",HOME="/srv/app"\n\n[program:other]\ncommand=/usr/bin/other -x %(ENV_HOME)s\n';
  it('reads each [program:x] section with its command line', () => {
    const programs = supervisorPrograms(conf);
    expect(programs.map((p) => [p.name, p.line])).toEqual([['worker', 4], ['other', 10]]);
    expect(programCommand(programs[0]!)).toEqual({
      ok: true,
      argv: ['/usr/bin/python3', '-m', 'worker', '--name', 'worker'],
      user: 'app',
      directory: '/srv/app',
      env: { QUEUE: 'jobs', HOME: '/srv/app' },
      line: 5,
    });
  });
  it("refuses an expansion only supervisord's environment can fill in", () => {
    expect(programCommand(supervisorPrograms(conf)[1]!)).toMatchObject({ ok: false, reason: expect.stringMatching(/%\(ENV_HOME\)s/) });
  });
  it('reads the environment setting, and says when it cannot', () => {
    expect(supervisorEnvironment('A=1,B="two, three"')).toEqual({ A: '1', B: 'two, three' });
    expect(supervisorEnvironment('not pairs')).toBeUndefined();
  });
});
