// Compressed metadata inside a picture (a PNG's zTXt and iTXt chunks, a HEIF's deflated XMP item, a
// JPEG XL's Brotli boxes) is inflated under two caps: one on each block, and one on all of a file's
// blocks together. Each block alone was capped, but a 16 KB chunk inflates to 16 MB and a PNG may hold
// hundreds: 200 of them (3 MB on disk) took 42 s and 3.8 GB, a thousand more memory than there was.
import { CorruptFile } from './bytes.js';

/** What all of one file's compressed metadata may inflate to together (as an XMP sidecar may be read). */
export const MAX_INFLATED_METADATA = 32 * 1024 * 1024;

export class InflateBudget {
  private left: number;

  /** `what`: the file's compressed metadata, as the message names it ("the PNG's compressed text chunks"). */
  constructor(
    private readonly what: string,
    total = MAX_INFLATED_METADATA,
  ) {
    this.left = total;
  }

  /**
   * Runs `inflate(max)` for one block whose own cap is `cap`, with `max` lowered to what is left of the
   * file's total. A block that passes the total is a CorruptFile saying so; one that passes its own
   * cap fails as `inflate` fails (zlib's ERR_BUFFER_TOO_LARGE), for the caller to word.
   */
  inflate(cap: number, inflate: (max: number) => Buffer): Buffer {
    const room = Math.min(cap, this.left);
    if (room <= 0) throw this.spent();
    let out: Buffer;
    try {
      out = inflate(room);
    } catch (error) {
      if (room < cap && (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw this.spent();
      throw error;
    }
    this.left -= out.length;
    return out;
  }

  private spent(): CorruptFile {
    return new CorruptFile(`${this.what} inflate to more than ${MAX_INFLATED_METADATA / 1024 / 1024} MB together (a decompression bomb?), more than the auditor inspects`);
  }
}
