/** Types for pool.mjs, so the TypeScript tests can drive the fuzz workers. */
import type { CaseResult, Task } from './protocol.js';

export declare const REPO: string;

export type PoolResult =
  | (CaseResult & { task: Task; ms: number; unhandled?: { message: string; stack: string[] }[] })
  | {
      type: 'result';
      kind: 'hang' | 'oom' | 'died' | 'fuzzer-error';
      task: Task;
      dir?: string;
      fixture?: string;
      steps: string[];
      stages: [];
      stage?: string;
      exit?: { code: number | null; signal: string | null };
      stderrTail?: string;
      error?: string;
      limit?: { cpuMs: number; wallMs: number; by: 'cpu' | 'wall' };
      ms?: number;
    };

export declare class FuzzPool {
  constructor(options?: { jobs?: number; timeoutMs?: number; wallFactor?: number; maxOldSpaceMb?: number });
  run(task: Task): Promise<PoolResult>;
  close(): Promise<void>;
}
