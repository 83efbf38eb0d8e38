/**
 * A fuzz worker process (forked by pool.mjs under tsx). It installs the catch
 * hook before any of decant's modules load, then runs cases sent over IPC.
 */
import { register } from 'node:module';

register('./catch-hook.mjs', import.meta.url);
await import('./worker-main.js');
