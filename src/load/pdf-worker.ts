// The worker thread pdf-text.ts starts to read PDFs' text with pdf.js: it answers each request with
// the text or why it could not be read. Built as its own entry (dist/pdf-worker.js).
import { parentPort } from 'node:worker_threads';
import { describeError } from '../core/errors.js';
import { PdfTextError, readTextHere, type TextLimits } from './pdf-js.js';
import type { WorkerAnswer } from './pdf-text.js';

parentPort!.on('message', async ({ id, bytes, limits }: { id: number; bytes: Uint8Array; limits: TextLimits }) => {
  let answer: WorkerAnswer;
  try {
    answer = { id, text: await readTextHere(bytes, limits) };
  } catch (error) {
    answer = {
      id,
      error:
        error instanceof PdfTextError
          ? { message: error.message, reason: error.reason }
          : { message: `it is damaged or not a PDF (${describeError(error)}): export it again from the program that made it and audit that`, reason: 'damaged' },
    };
  }
  parentPort!.postMessage(answer);
});
