import { describe, expect, it } from 'vitest';
import { parseShell } from '../support/lint/dockerfile/shell-commands.js';
import { lintDockerfile } from '../support/lint/dockerfile-rules.js';

describe('parseShell', () => {
  it('splits on operators and drops quotes, assignments and redirection targets', () => {
    const parsed = parseShell(`DEBIAN_FRONTEND=noninteractive apt-get install -y 'a b' "c\\"d" 2>&1 >/dev/null; echo x>out && test -f y || exit 1`);
    expect(parsed.commands).toEqual([
      { name: 'apt-get', args: ['install', '-y', 'a b', 'c"d'] },
      { name: 'echo', args: ['x'] },
      { name: 'test', args: ['-f', 'y'] },
      { name: 'exit', args: ['1'] },
    ]);
    expect(parsed.hasPipe).toBe(false);
  });
  it('sees pipes outside quotes only', () => {
    expect(parseShell(`echo 'a|b' "c|d"`).hasPipe).toBe(false);
    expect(parseShell(`curl -s x | sh`).hasPipe).toBe(true);
    expect(parseShell(`make 2>&1 |& tee log`).hasPipe).toBe(true);
  });
  it('keeps command substitutions inside their word', () => {
    expect(parseShell(`echo "$(cd /tmp && pwd)" $(id -u)`).commands).toEqual([{ name: 'echo', args: ['$(cd /tmp && pwd)', '$(id -u)'] }]);
  });
  it('skips shell keywords to find the command', () => {
    expect(parseShell(`if [ -f x ]; then sudo rm x; fi`).commands.map((c) => c.name)).toEqual(['[', 'sudo']);
  });
});

describe('Dockerfile parsing details', () => {
  it('honours the escape directive', () => {
    const text = '# escape=`\nFROM debian:12-slim\nRUN apt-get update `\n && apt-get install -y curl\n';
    expect(lintDockerfile(text).map((f) => `${f.line} ${f.rule}`)).toEqual(['3 DL3009', '3 DL3015']);
  });
  it('strips FROM flags before reading the image', () => {
    expect(lintDockerfile('FROM --platform=$BUILDPLATFORM debian:12 AS build\nFROM build\n')).toEqual([]);
  });
});
