// Where pdf.js reads a PDF's text: in a worker thread, which is ended when it takes longer than the
// time limit or needs more memory than the PDF memory limit — pdf.js cannot be stopped inside a page,
// and a file built to make it work for ever must not hang the audit. One worker serves the run, one
// PDF at a time; it does not keep the process alive once idle. Run from the sources (the tests),
// where there is no built worker file, the text is read on this thread (limits between pages only).
import { Worker } from 'node:worker_threads';
import { builtWorker } from '../core/built-worker.js';
import { maxPdfMegabytes } from '../core/limits.js';
import { PdfTextError, readTextHere, type PdfText, type TextLimits } from './pdf-js.js';

export { PdfTextError, type PdfText, type PdfTextLine, type PdfTextPage, type TextLimits } from './pdf-js.js';

/** What the worker answers: the text, or why it could not be read. */
export type WorkerAnswer = { id: number; text: PdfText } | { id: number; error: { message: string; reason: PdfTextError['reason'] } };

export async function readPdfText(bytes: Buffer, limits: TextLimits): Promise<PdfText> {
  const file = builtWorker('pdf-worker.js');
  if (!file) return readTextHere(bytes, limits);
  thread ??= new PdfThread(file);
  return thread.read(bytes, limits);
}

let thread: PdfThread | undefined;

class PdfThread {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;

  constructor(private readonly file: URL) {}

  read(bytes: Buffer, limits: TextLimits): Promise<PdfText> {
    const run = this.queue.then(() => this.readNow(bytes, limits));
    this.queue = run.catch(() => {});
    return run;
  }

  private start(): Worker {
    const worker = new Worker(this.file, { resourceLimits: { maxOldGenerationSizeMb: maxPdfMegabytes() } });
    // A worker that fails or stops while idle is replaced by the next read (and its error is not thrown here).
    const forget = () => {
      if (this.worker === worker) this.worker = undefined;
    };
    worker.on('error', forget);
    worker.on('exit', forget);
    return worker;
  }

  private readNow(bytes: Buffer, limits: TextLimits): Promise<PdfText> {
    return new Promise<PdfText>((resolve, reject) => {
      const worker = (this.worker ??= this.start());
      const id = this.nextId++;
      worker.ref();
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
        settle();
      };
      // The worker is ended: the next PDF gets a new one.
      const fail = (error: PdfTextError) => {
        if (this.worker === worker) this.worker = undefined;
        finish(() => reject(error));
        void worker.terminate();
      };
      const onMessage = (answer: WorkerAnswer) => {
        if (answer.id !== id) return;
        finish(() => ('text' in answer ? resolve(answer.text) : reject(new PdfTextError(answer.error.message, answer.error.reason))));
      };
      const onError = (error: Error & { code?: string }) =>
        fail(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new PdfTextError(`reading its text needed more than ${maxPdfMegabytes()} MB of memory (a damaged file, or one made to exhaust memory), so it was not read`, 'damaged')
            : new PdfTextError(`it is damaged or not a PDF (${error.message}): export it again from the program that made it and audit that`, 'damaged'),
        );
      const onExit = () => fail(new PdfTextError('it is damaged or not a PDF (the PDF reader stopped): export it again from the program that made it and audit that', 'damaged'));
      const timer = setTimeout(() => fail(new PdfTextError(`reading its text took more than ${limits.time / 1000} seconds, so it was not read`, 'time')), limits.time);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const copy = new Uint8Array(bytes);
      worker.postMessage({ id, bytes: copy, limits }, [copy.buffer]);
    });
  }
}
