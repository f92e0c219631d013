// A worker thread of `audit photos` (see read-threads.ts): reads each photo it is sent with
// readImageMetadata and answers with what it found. Built as its own entry (dist/photo-worker.js).
import { parentPort } from 'node:worker_threads';
import { describeError } from '../core/errors.js';
import { readImageMetadata, type ReadOptions } from './read.js';
import type { ReaderAnswer } from './read-threads.js';

parentPort!.on('message', async ({ id, file, options }: { id: number; file: string; options: ReadOptions }) => {
  let answer: ReaderAnswer;
  try {
    answer = { id, metadata: await readImageMetadata(file, options) };
  } catch (error) {
    answer = { id, error: describeError(error) };
  }
  parentPort!.postMessage(answer);
});
