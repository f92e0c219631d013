// Reads photos' metadata in worker threads, one per core, for `audit photos`. The readers are
// JavaScript: on the main thread they used one core however many the machine has, and the rules,
// the report and the cleaned copies waited behind them. Each thread reads many photos at once (its
// reads wait on sharp's decodes); a photo goes to the thread with the fewest in hand.
//
// A thread that fails or stops hands its photos back to be read on the main thread, so no photo is
// lost. Run from the sources (the tests), where there is no built worker file, there are no threads.
// The pixel check (pixels.ts) stays on the main thread: its full decodes run one at a time in the
// whole process, because libvips keeps one error message for all of them.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { builtWorker } from '../core/built-worker.js';
import { checkPixelsOfFile } from './pixels.js';
import { readImageMetadata, type ReadOptions } from './read.js';
import type { ImageMetadata } from './types.js';

export type ReaderAnswer = { id: number; metadata: ImageMetadata } | { id: number; error: string };

interface Request {
  file: string;
  options: ReadOptions;
  resolve: (metadata: ImageMetadata | Promise<ImageMetadata>) => void;
}

class ReaderThread {
  readonly pending = new Map<number, Request>();
  alive = true;
  private readonly worker: Worker;

  constructor(file: URL, onLost: (requests: Request[]) => void) {
    this.worker = new Worker(file);
    // Holds the process open only while it has photos in hand: a scan that ends early (a usage
    // error part-way) must not wait on idle threads to exit.
    this.worker.unref();
    this.worker.on('message', (answer: ReaderAnswer) => {
      const request = this.pending.get(answer.id);
      if (!request) return;
      this.pending.delete(answer.id);
      if (this.pending.size === 0) this.worker.unref();
      // A reader that threw (it reports problems in the metadata, so this is a bug): read here instead.
      request.resolve('metadata' in answer ? answer.metadata : readImageMetadata(request.file, request.options));
    });
    const lost = () => {
      if (!this.alive) return;
      this.alive = false;
      const requests = [...this.pending.values()];
      this.pending.clear();
      onLost(requests);
    };
    this.worker.on('error', lost);
    this.worker.on('exit', lost);
  }

  send(id: number, request: Request): void {
    if (this.pending.size === 0) this.worker.ref();
    this.pending.set(id, request);
    this.worker.postMessage({ id, file: request.file, options: request.options });
  }

  stop(): Promise<number> {
    this.alive = false;
    return this.worker.terminate();
  }
}

export class PhotoReaders {
  private readonly threads: ReaderThread[] = [];
  private nextId = 0;

  private constructor(file: URL, count: number) {
    for (let i = 0; i < count; i++) this.threads.push(new ReaderThread(file, (requests) => this.readHere(requests)));
  }

  /** Threads for the machine's cores, or undefined where there is no built worker (then read on this thread). */
  static start(count = Math.min(8, os.availableParallelism())): PhotoReaders | undefined {
    const file = builtWorker('photo-worker.js');
    return file ? new PhotoReaders(file, count) : undefined;
  }

  /** The photo's metadata, as readImageMetadata gives it (the pixel check included). */
  async read(file: string, options: ReadOptions): Promise<ImageMetadata> {
    const thread = this.threads.filter((t) => t.alive).sort((a, b) => a.pending.size - b.pending.size)[0];
    const metadata = thread
      ? await new Promise<ImageMetadata>((resolve) => thread.send(this.nextId++, { file, options: { ...options, pixels: 'off' }, resolve }))
      : await readImageMetadata(file, { ...options, pixels: 'off' });
    return options.pixels === 'off' ? metadata : checkPixelsOfFile(file, metadata);
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.stop()));
  }

  private readHere(requests: Request[]): void {
    for (const request of requests) request.resolve(readImageMetadata(request.file, request.options));
  }
}
