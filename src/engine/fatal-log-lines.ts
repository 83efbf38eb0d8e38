/**
 * Lines of a container's log that say the service failed at startup, though
 * its process may still be up (a worker that could not bind, a master that
 * logs `[emerg]` and carries on): fatal, emerg, panic, "Address already in
 * use", "Permission denied".
 */
const FATAL = /\b(fatal|emerg(ency)?|panic)\b|address already in use|permission denied/i;

export function fatalLogLines(log: string, max = 5): string[] {
  return log
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => FATAL.test(l))
    .slice(0, max);
}
