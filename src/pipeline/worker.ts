/**
 * A batch worker thread: parsers initialised once (by the first load), the
 * cookbook scans and signatures kept between inputs, one input at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertInput, newInputContext, type BatchOptions } from './convert-input.js';
import type { BatchInput } from './find-inputs.js';

const options = (workerData as { options: BatchOptions }).options;
const ctx = newInputContext();

parentPort?.on('message', (task: { id: number; input: BatchInput }) => {
  void convertInput(task.input, options, ctx).then((outcome) => parentPort?.postMessage({ id: task.id, outcome }));
});
