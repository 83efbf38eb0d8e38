/**
 * The files a build step holding a secret writes, when decant can name every
 * effect it has (issue 16). Such a step runs when the pod starts, in the
 * runtime-files init container, and only the files it names reach the
 * service's container: a step with any other effect (a daemon it starts, a
 * database it changes, a package it installs) would lose that effect there,
 * so it is not moved.
 */
import type { BuildStep } from '../model/plan.js';
import { REDIRECT, segments, targetPath, unquote } from './step-shell-words.js';

/** Commands whose only effect is on files the same part names or on none: mode and owner of a file it wrote, a test. */
const FILE_ONLY = /^(chmod|chown|chgrp|mkdir|test|\[|true|echo|printf|cat|umask)$/;


/** The first word a part runs, after `VAR=value` assignments. */
function commandWord(segment: string): string {
  return segment.split(/\s+/).find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) ?? '';
}

/**
 * Absolute paths the step writes with `>`/`>>`, each once; undefined when a
 * part does anything else than write a named file or touch one (background
 * jobs, daemons, other programs), or names its target with a variable or
 * relative to an unknown directory.
 */
export function secretStepOutputs(step: Pick<BuildStep, 'command' | 'cwd'>): string[] | undefined {
  if (/(^|[^&])&($|[^&>])/.test(step.command)) return undefined;
  const paths: string[] = [];
  for (const seg of segments(step.command)) {
    const targets = [...seg.matchAll(REDIRECT)].map((m) => unquote(m[1]!)).filter((p) => !p.startsWith('/dev/'));
    if (!FILE_ONLY.test(commandWord(seg).replace(/^\(+/, ''))) return undefined;
    for (const p of targets) {
      const path = targetPath(p, step.cwd);
      if (path === undefined) return undefined;
      paths.push(path);
    }
  }
  return paths.length ? [...new Set(paths)] : undefined;
}
