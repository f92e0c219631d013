// Random access to a file that reads only what a parser asks for. Parsers are synchronous and ask
// `get(offset, length)`; when the bytes are not loaded yet `get` throws NeedBytes, the caller reads
// that range and runs the parser again. Most photos are answered by the first 64 KB alone.
import { close, closeSync, constants, fstat, fstatSync, open, openSync, read, readSync } from 'node:fs';

/** Where `withBytes` reads more of the file from (a FileHandle fits, as does `openForReading`). */
export interface ReadAt {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}

/** An open file (see `openForReading`): plain calls, much cheaper per file than a FileHandle when thousands are read. */
export interface OpenFile extends ReadAt {
  size(): Promise<number>;
  close(): void;
}

/**
 * Opens a file to read parts of it. Reading a photo's head is three or four system calls; on a local
 * disk or from the page cache, making them directly costs the main thread far less than the thread
 * pool's round trips (2,000 photos without the preview check: 2.2-2.5 s → 1.8-2.1 s). On a slow file
 * system (a network share, a spinning disk) a blocking call would hold up every other photo, so when
 * slow calls come close together the reader uses the callback API for the rest of the run.
 */
export function openForReading(file: string): Promise<OpenFile> {
  if (blockingIsCheap()) {
    try {
      // O_NONBLOCK: a pipe put in a photo's place fails to read instead of blocking the process.
      return Promise.resolve(blockingFile(timed(() => openSync(file, constants.O_RDONLY | constants.O_NONBLOCK))));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return callbackFile(file);
}

/** A call slower than this (milliseconds) suggests a file system where blocking calls stall the run. */
const SLOW_CALL_MS = 5;
/**
 * This many slow calls within CALL_WINDOW calls in a row switch the reader to callbacks. A slow disk
 * or share makes most calls slow; a busy machine makes a few calls anywhere in a run slow (the
 * process waited for a core), which said nothing about the disk and switched every run on a
 * loaded 2-core machine to the callbacks, which cost more CPU (2,000 photos: about 0.25 s).
 */
const SLOW_CALLS_ALLOWED = 3;
const CALL_WINDOW = 64;
let calls = 0;
/** The numbers (in `calls`) of the latest slow calls, at most SLOW_CALLS_ALLOWED. */
let slowCalls: number[] = [];
let callbacks = false;

function blockingIsCheap(): boolean {
  return !callbacks;
}

/** Whether the reader may make blocking calls (tests switch them off to run the callback path). */
export function allowBlockingReads(allowed: boolean): void {
  callbacks = !allowed;
  slowCalls = [];
}

/** Whether the reader makes blocking calls now. */
export function readsBlock(): boolean {
  return blockingIsCheap();
}

/** Counts a blocking call that took `ms`; enough slow ones close together switch the reader to callbacks. */
export function noteCallTime(ms: number): void {
  calls++;
  if (ms <= SLOW_CALL_MS) return;
  slowCalls.push(calls);
  if (slowCalls.length > SLOW_CALLS_ALLOWED) slowCalls.shift();
  if (slowCalls.length === SLOW_CALLS_ALLOWED && calls - slowCalls[0]! < CALL_WINDOW) callbacks = true;
}

function timed<T>(call: () => T): T {
  const started = performance.now();
  try {
    return call();
  } finally {
    noteCallTime(performance.now() - started);
  }
}

function blockingFile(fd: number): OpenFile {
  return {
    size: () => {
      try {
        return Promise.resolve(timed(() => fstatSync(fd)).size);
      } catch (error) {
        return Promise.reject(error);
      }
    },
    read: (buffer, offset, length, position) => {
      if (!blockingIsCheap()) return readByCallback(fd, buffer, offset, length, position);
      try {
        return Promise.resolve({ bytesRead: timed(() => readSync(fd, buffer, offset, length, position)) });
      } catch (error) {
        return Promise.reject(error);
      }
    },
    close: () => closeSync(fd),
  };
}

function readByCallback(fd: number, buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }> {
  return new Promise((done, fail) => read(fd, buffer, offset, length, position, (e, bytesRead) => (e ? fail(e) : done({ bytesRead }))));
}

function callbackFile(file: string): Promise<OpenFile> {
  return new Promise((resolve, reject) =>
    // O_NONBLOCK here too: a run switched to this path (a slow disk) otherwise waited forever on a pipe named like a photo.
    open(file, constants.O_RDONLY | constants.O_NONBLOCK, (error, fd) => {
      if (error) return reject(error);
      resolve({
        size: () => fileSize(fd),
        read: (buffer, offset, length, position) => readByCallback(fd, buffer, offset, length, position),
        close: () => close(fd, () => undefined),
      });
    }),
  );
}

/** A picture already in memory (a post's data: URL), read as a file is. */
export function openInMemory(bytes: Buffer): OpenFile {
  return {
    size: () => Promise.resolve(bytes.length),
    read: (buffer, offset, length, position) => {
      const bytesRead = position >= bytes.length ? 0 : bytes.copy(buffer, offset, position, Math.min(bytes.length, position + length));
      return Promise.resolve({ bytesRead });
    },
    close: () => undefined,
  };
}

/** The size of an open file (see `openForReading`). */
function fileSize(fd: number): Promise<number> {
  return new Promise((resolve, reject) => fstat(fd, (error, stats) => (error ? reject(error) : resolve(stats.size))));
}

const pool: Buffer[] = [];
/** A HEAD_BYTES buffer for one file's head; give it back when nothing refers to its bytes any more. */
export function takeHeadBuffer(): Buffer {
  return pool.pop() ?? Buffer.allocUnsafeSlow(HEAD_BYTES);
}
export function giveHeadBuffer(buffer: Buffer): void {
  if (pool.length < 256) pool.push(buffer);
}

export const HEAD_BYTES = 64 * 1024;

export class NeedBytes {
  constructor(
    readonly offset: number,
    readonly length: number,
  ) {}
}

/** The file's structure is broken (an offset or length points outside it). */
export class CorruptFile extends Error {
  override name = 'CorruptFile';
}

export interface ByteView {
  readonly size: number;
  /** Exactly `length` bytes at `offset`; throws CorruptFile when the range is outside the data. */
  get(offset: number, length: number): Buffer;
}

export function bufferView(buffer: Buffer): ByteView {
  return {
    size: buffer.length,
    get(offset, length) {
      if (offset < 0 || length < 0 || offset + length > buffer.length) {
        throw new CorruptFile(`a block at byte ${offset} (${length} bytes) runs past the end of its data (${buffer.length} bytes)`);
      }
      return buffer.subarray(offset, offset + length);
    },
  };
}

/**
 * `length` bytes of `view` from `start`, seen as a view of their own (a file embedded in another:
 * a RAF's JPEG, a CR3's TIFF blocks). Reads outside that range are damage, never the outer file's bytes.
 */
export function subView(view: ByteView, start: number, length: number, what = 'an embedded block'): ByteView {
  if (start < 0 || length < 0 || start + length > view.size) {
    throw new CorruptFile(`${what} (${length} bytes at byte ${start}) runs past the end of the file (${view.size} bytes)`);
  }
  return {
    size: length,
    get(offset, n) {
      if (offset < 0 || n < 0 || offset + n > length) throw new CorruptFile(`a block at byte ${offset} (${n} bytes) runs past the end of ${what} (${length} bytes)`);
      return view.get(start + offset, n);
    },
  };
}

/** A file seen through the ranges read so far. */
export class SparseFile implements ByteView {
  private readonly ranges: { offset: number; data: Buffer }[] = [];
  private lastHit = 0;

  constructor(
    readonly size: number,
    head: Buffer,
  ) {
    this.ranges.push({ offset: 0, data: head });
  }

  get head(): Buffer {
    return this.ranges[0]!.data;
  }

  get(offset: number, length: number): Buffer {
    if (offset < 0 || length < 0 || offset + length > this.size) {
      throw new CorruptFile(`a block at byte ${offset} (${length} bytes) runs past the end of the file (${this.size} bytes)`);
    }
    // The range that answered last answers most asks (a parser reads along): tried first, so that a
    // file of a million tiny boxes, walked again after each read, is not a million searches of them all.
    // Then the one read after it: walked again, a file read in thousands of rounds (a fragmented
    // MP4) meets its ranges in the order they were read.
    const found = this.slice(this.lastHit, offset, length) ?? this.slice(this.lastHit + 1, offset, length);
    if (found) return found;
    for (let i = 0; i < this.ranges.length; i++) {
      const range = this.slice(i, offset, length);
      if (range) return range;
    }
    throw new NeedBytes(offset, length);
  }

  add(offset: number, data: Buffer): void {
    this.ranges.push({ offset, data });
  }

  private slice(i: number, offset: number, length: number): Buffer | undefined {
    const range = this.ranges[i];
    if (!range || offset < range.offset || offset + length > range.offset + range.data.length) return undefined;
    this.lastHit = i;
    return range.data.subarray(offset - range.offset, offset - range.offset + length);
  }
}

/**
 * Rounds of reading and parsing again. Each round but a walk's continuations (see below) jumps at
 * least HEAD_BYTES into the file, so only a large file takes many: a fragmented MP4 has a moof and an
 * mdat box per second or so, and the walk reads past each mdat in a round of its own.
 */
const MAX_ROUNDS = 4096;
/** Above this a single read is refused: the file is treated as unreadable rather than exhausting memory. */
export const MAX_BLOCK_BYTES = 256 * 1024 * 1024;
/**
 * A read that continues the last one reads twice as much, up to this: a walk through blocks in a row
 * (a Photoshop export's hundred 64 KB extended-XMP segments) takes a few rounds, not one per block.
 */
const MAX_READ_AHEAD = 16 * 1024 * 1024;
/** All the reads of one file together: a walk of a huge file's blocks in a row keeps what it read. */
const MAX_TOTAL_BYTES = 2 * MAX_BLOCK_BYTES;

/** Runs `parse` over the file, reading the ranges it asks for, until it finishes. */
export async function withBytes<T>(handle: ReadAt, file: SparseFile, parse: (view: SparseFile) => T): Promise<T> {
  let last = { start: 0, end: file.head.length };
  let ahead = HEAD_BYTES;
  let total = file.head.length;
  for (let round = 0; ; round++) {
    try {
      return parse(file);
    } catch (error) {
      if (!(error instanceof NeedBytes)) throw error;
      if (round >= MAX_ROUNDS) throw new CorruptFile('the file has too many metadata blocks to inspect');
      if (error.length > MAX_BLOCK_BYTES) throw new CorruptFile(`a metadata block of ${error.length} bytes is too large to inspect`);
      ahead = error.offset >= last.start && error.offset <= last.end ? Math.min(ahead * 2, MAX_READ_AHEAD) : HEAD_BYTES;
      const length = Math.min(Math.max(error.length, ahead), file.size - error.offset);
      total += length;
      if (total > MAX_TOTAL_BYTES) throw new CorruptFile('the file has too many metadata blocks to inspect');
      const data = Buffer.allocUnsafe(length);
      const { bytesRead } = await handle.read(data, 0, length, error.offset);
      if (bytesRead < error.length) throw new CorruptFile('the file is shorter than its structure says');
      last = { start: error.offset, end: error.offset + bytesRead };
      file.add(error.offset, data.subarray(0, bytesRead));
    }
  }
}
