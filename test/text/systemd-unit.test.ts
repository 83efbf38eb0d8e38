/** The one systemd unit reader (src/text/systemd-unit.ts) that plan and engine both use. */
import { describe, expect, it } from 'vitest';
import { lastValue, readUnitFile, serviceCommand, splitCommandLine } from '../../src/text/systemd-unit.js';

const command = (text: string) => serviceCommand(readUnitFile(text));

describe('unit file syntax (systemd.syntax(7))', () => {
  it('reads sections and assignments in order, trimming around key and value, skipping # and ; comments', () => {
    const text = '# head\n[Unit]\nDescription = a unit \n; note\n\n[Service]\r\nExecStart=/bin/x\r\n  User=app\nnot an assignment\n';
    expect(readUnitFile(text)).toEqual([
      { section: 'Unit', key: 'Description', value: 'a unit', line: 3 },
      { section: 'Service', key: 'ExecStart', value: '/bin/x', line: 7 },
      { section: 'Service', key: 'User', value: 'app', line: 8 },
    ]);
  });

  it('joins a line ending in a backslash with the next, the backslash a space, skipping comment lines inside it', () => {
    const text = ['[Service]', 'ExecStart=/usr/sbin/d --a \\', '# a comment inside the continuation', '; another', '  --b \\', '  --c', 'User=u'].join('\n');
    expect(readUnitFile(text)).toEqual([
      { section: 'Service', key: 'ExecStart', value: '/usr/sbin/d --a    --b    --c', line: 2 },
      { section: 'Service', key: 'User', value: 'u', line: 7 },
    ]);
    expect(command(text)).toEqual({ ok: true, argv: ['/usr/sbin/d', '--a', '--b', '--c'], user: 'u' });
    // A backslash on the last line continues into nothing.
    expect(readUnitFile('[Service]\nExecStart=/bin/x \\')).toEqual([{ section: 'Service', key: 'ExecStart', value: '/bin/x', line: 2 }]);
  });

  it('resets a key on an empty assignment: nothing assigned before it counts', () => {
    const a = readUnitFile('[Service]\nExecStart=/bin/old\nExecStart=\nUser=x\nUser=\n');
    expect(lastValue(a, 'Service', 'ExecStart')).toBeUndefined();
    expect(lastValue(a, 'Service', 'User')).toBeUndefined();
    expect(command('[Service]\nExecStart=/bin/old\nExecStart=\n')).toEqual({ ok: false, reason: 'the unit has no ExecStart in [Service]' });
    expect(command('[Service]\nExecStart=/bin/old\nExecStart=\nExecStart=/bin/new -f\n')).toEqual({ ok: true, argv: ['/bin/new', '-f'] });
  });
});

describe('ExecStart as a container command (systemd.service(5))', () => {
  it('reads the last ExecStart of [Service], continued, with prefixes and quotes', () => {
    const unit = [
      '[Unit]',
      'ExecStart=/not/this',
      '[Service]',
      '# ExecStart=/commented',
      'ExecStart=/bin/old',
      'ExecStart=',
      'ExecStart=-/usr/sbin/daemon --name "two words" \\',
      "   --opt='x y' -f",
    ].join('\n');
    expect(command(unit)).toEqual({ ok: true, argv: ['/usr/sbin/daemon', '--name', 'two words', '--opt=x y', '-f'] });
  });

  it('refuses Type=forking and Type=oneshot: the command returns once started, and the container would exit', () => {
    expect(command('[Service]\nType=forking\nExecStart=/usr/sbin/d')).toEqual({
      ok: false,
      reason: 'the service is Type=forking: its ExecStart (/usr/sbin/d) does not stay in the foreground',
    });
    expect(command('[Service]\nType=oneshot\nExecStart=/usr/sbin/d')).toMatchObject({ ok: false, reason: expect.stringContaining('Type=oneshot') });
    // The last Type counts, and an empty one resets to the default (simple).
    expect(command('[Service]\nType=forking\nType=\nExecStart=/usr/sbin/d')).toEqual({ ok: true, argv: ['/usr/sbin/d'] });
    expect(command('[Service]\nType=notify\nExecStart=/usr/sbin/d')).toEqual({ ok: true, argv: ['/usr/sbin/d'] });
  });

  it('refuses what systemd fills in at run time, saying why', () => {
    expect(command('[Service]\nExecStart=/usr/bin/d $DAEMON_OPTS')).toMatchObject({ ok: false, reason: expect.stringContaining('$DAEMON_OPTS') });
    expect(command('[Service]\nExecStart=/usr/bin/d --name=%i')).toMatchObject({ ok: false, reason: expect.stringContaining('specifier %i') });
    expect(command('[Service]\nExecStart=/usr/bin/d a ; /usr/bin/e')).toMatchObject({ ok: false, reason: expect.stringContaining('several commands') });
    expect(command('[Service]\nExecStop=/bin/true')).toMatchObject({ ok: false });
    expect(command('')).toMatchObject({ ok: false });
    // `$$` and `%%` are the literal characters; the `:` prefix turns expansion off.
    expect(command('[Service]\nExecStart=/usr/bin/d 100%% $$HOME')).toEqual({ ok: true, argv: ['/usr/bin/d', '100%', '$HOME'] });
    expect(command('[Service]\nExecStart=:/usr/bin/d $HOME')).toEqual({ ok: true, argv: ['/usr/bin/d', '$HOME'] });
  });

  it('drops the argv[0] word of an @ prefix, which an exec-form command cannot set', () => {
    expect(command('[Service]\nExecStart=@-/usr/sbin/d daemon-name --flag')).toEqual({ ok: true, argv: ['/usr/sbin/d', '--flag'] });
    expect(command('[Service]\nExecStart=+!!/usr/sbin/d --flag')).toEqual({ ok: true, argv: ['/usr/sbin/d', '--flag'] });
  });
});

describe('word splitting (systemd.syntax(7), Quoting)', () => {
  it('groups quotes anywhere in a word and reads backslash escapes inside and outside quotes', () => {
    expect(splitCommandLine(`a "b c" 'd "e"' f\\ g ""`)).toEqual(['a', 'b c', 'd "e"', 'f g', '']);
    expect(splitCommandLine(`'it\\'s' "say \\"hi\\"" 'tab\\there' x\\x41\\101\\u00e9\\s\\\\`)).toEqual(["it's", 'say "hi"', 'tab\there', 'xAAé \\']);
  });
});
