// Compares an embedded EXIF preview with the image itself: a crop or blur made by an editor that
// did not update the preview leaves the original picture in the file.
//
// Decoding the image is by far the most expensive thing the photo audit does, so it is done only
// when the file's own structure gives a reason (see `previewSignals`): a camera original — capture
// and modify dates equal, the recorded pixel size equal to the JPEG frame, a frame a camera writes,
// the preview's shape the image's — is trusted without decoding. The preview alone (a few KB) is
// decoded when its shape differs, to see whether the camera letterboxed it.
import { bufferView, openForReading } from './bytes.js';
import { jpegSegments } from './jpeg.js';
import { decodeLuma } from './jpeg-luma.js';
import { DECODE_SLOTS, withDecodeSlot } from './decode-slots.js';

type Sharp = typeof import('sharp').default;
let sharpPromise: Promise<Sharp> | undefined;
export function loadSharp(): Promise<Sharp> {
  sharpPromise ??= import('sharp').then((m) => {
    const sharp = ((m as unknown as { default?: Sharp }).default ?? m) as Sharp;
    // The audit runs decodes side by side (see decode-slots.ts); one libvips thread per decode keeps
    // them from fighting over the cores.
    sharp.concurrency(1);
    return sharp;
  });
  return sharpPromise;
}

/** Grid (long side, pixels) both pictures are compared at. */
const GRID = 48;
/** Thresholds on contrast-normalised grey levels (units of the picture's standard deviation). */
const MEAN_TOLERANCE = 0.45;
const BLOCK_TOLERANCE = 1.1;
/** |log(aspect ratio)| below which two shapes are the same (about 5%). */
const SAME_SHAPE = 0.05;

export interface ThumbnailVerdict {
  differs: boolean;
  detail: string;
  /** The measured differences, for tuning and reports (absent when nothing was decoded). */
  mean?: number;
  worst?: number;
}

/** What the file's structure says about the preview and the image, read from bytes already in hand. */
export interface PreviewFacts {
  /** The image's frame (JPEG SOF). */
  width?: number;
  height?: number;
  /** EXIF PixelXDimension / PixelYDimension. */
  pixelWidth?: number;
  pixelHeight?: number;
  /** EXIF ModifyDate (IFD0 DateTime) and DateTimeOriginal. */
  modifyDate?: string;
  originalDate?: string;
  /** An XMP packet records an edit history or raw-converter settings. */
  xmpEdited?: boolean;
}

/**
 * Camera frames are multiples of 8 (a crop by hand rarely is), except these native sizes of phone
 * cameras (long × short side): Google Pixel's 4048×3036, Samsung's 16:9 and 20:9 modes and others.
 * An unlisted size only costs a decode of the picture.
 */
const PHONE_FRAMES = new Set([
  '4048x3036', '4048x2276', '4032x2268', '4000x2252', '4000x2250', '4000x1848', '4000x1800', '4080x3060', '4080x2296',
  '4080x1836', '4624x3468', '4624x2604', '4128x2322', '5312x2988', '3264x1836', '3264x1840', '4160x2340', '4608x2592',
]);

function frameKey(width: number, height: number): string {
  return width >= height ? `${width}x${height}` : `${height}x${width}`;
}

/** Reasons to think the image was changed after the camera wrote its preview; empty for a camera original. */
export function previewSignals(facts: PreviewFacts): string[] {
  const reasons: string[] = [];
  const { width, height, pixelWidth, pixelHeight } = facts;
  if (width && height && pixelWidth && pixelHeight) {
    const same = (pixelWidth === width && pixelHeight === height) || (pixelWidth === height && pixelHeight === width);
    if (!same) reasons.push(`EXIF says ${pixelWidth}×${pixelHeight} but the image is ${width}×${height}`);
  }
  if (width && height && (width % 8 !== 0 || height % 8 !== 0) && !PHONE_FRAMES.has(frameKey(width, height))) {
    reasons.push(`a frame size (${width}×${height}) cameras do not write`);
  }
  if (!facts.originalDate) reasons.push('no capture date (the EXIF was written by software)');
  else if (facts.modifyDate && facts.modifyDate !== facts.originalDate) reasons.push('modified after capture');
  if (facts.xmpEdited) reasons.push('an edit history in XMP');
  return reasons;
}

/** The frame size of a JPEG held in memory (a preview), or undefined when it has none. */
export function jpegFrameSize(bytes: Buffer): { width: number; height: number } | undefined {
  try {
    for (const segment of jpegSegments(bufferView(bytes))) {
      const { marker } = segment;
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc && segment.dataLength >= 5) {
        const height = bytes.readUInt16BE(segment.dataAt + 1);
        const width = bytes.readUInt16BE(segment.dataAt + 3);
        return width && height ? { width, height } : undefined;
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const TRUSTED: ThumbnailVerdict = {
  differs: false,
  detail: 'the embedded preview has the image\'s shape and the file shows no edit after capture (not compared pixel by pixel)',
};

/**
 * The verdict on an embedded preview, decoding only what the structure cannot settle.
 * `thumbnail` must not be a view into a buffer that is reused while this runs.
 */
export async function checkPreview(file: string | Buffer, thumbnail: Buffer, facts: PreviewFacts): Promise<ThumbnailVerdict | undefined> {
  const { width, height } = facts;
  const preview = jpegFrameSize(thumbnail);
  if (!preview || !width || !height) return undefined; // an unreadable preview, or no frame to compare it with
  const edited = previewSignals(facts).length > 0;
  const sameShape = Math.abs(Math.log(preview.width / preview.height / (width / height))) <= SAME_SHAPE;
  if (!edited && sameShape) return TRUSTED;
  const thumb = await previewGrey(thumbnail);
  if (!thumb) return undefined; // an undecodable preview shows nothing
  if (!edited) {
    // A camera original whose preview is another shape: fine when the picture inside the
    // preview's black bars has the image's shape (cameras letterbox 3:2 photos into 160×120).
    const box = contentBox(thumb.data, thumb.width, thumb.height);
    if (Math.abs(Math.log(box.width / box.height / (width / height))) <= SAME_SHAPE) return TRUSTED;
    // A dark picture (a concert, a night sky) hides where its bars end; the bars a letterbox of the
    // image's shape would leave are then still pure black, where a dark picture has some light.
    if (blackBars(thumb, letterbox(thumb.width, thumb.height, width / height))) return TRUSTED;
  }
  return compareDecoded(file, thumb, { width, height });
}

/** Compares with pixels whatever the structure says (tests and the explicit comparison). */
export async function compareThumbnail(file: string | Buffer, thumbnail: Buffer, main: { width?: number; height?: number }): Promise<ThumbnailVerdict | undefined> {
  if (!main.width || !main.height) return undefined;
  const thumb = await previewGrey(thumbnail);
  if (!thumb) return undefined;
  return compareDecoded(file, thumb, { width: main.width, height: main.height });
}

export interface Grey {
  data: Buffer;
  width: number;
  height: number;
}

/** A preview's long side is decoded at this size or more (at full size when it is smaller). */
const PREVIEW_SIDE = 160;

/**
 * The preview's brightness. Both pictures are compared by luma (the JPEG's own Y channel): read
 * straight from the coefficients by jpeg-luma.ts, or computed the same way from sharp's decode
 * when that decoder leaves a JPEG to sharp.
 */
async function previewGrey(input: Buffer): Promise<Grey | undefined> {
  const plane = decodeLuma(input, PREVIEW_SIDE);
  if (plane) return { data: Buffer.from(plane.data.buffer, plane.data.byteOffset, plane.data.length), width: plane.width, height: plane.height };
  const sharp = await loadSharp();
  return withDecodeSlot(async () => {
    try {
      const { data, info } = await sharp(pictureOnly(input), { failOn: 'none', ignoreIcc: true }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      return { data: lumaOf(data, info.channels, info.width * info.height), width: info.width, height: info.height };
    } catch {
      return undefined;
    }
  });
}

/** Luma (ITU-R BT.601, as JPEG's YCbCr defines it) of decoded pixels of 1 to 3 channels. */
function lumaOf(pixels: Buffer, channels: number, count: number): Buffer {
  if (channels === 1) return pixels;
  const out = Buffer.allocUnsafe(count);
  for (let i = 0, j = 0; i < count; i++, j += channels) {
    out[i] = channels >= 3 ? Math.round(0.299 * pixels[j]! + 0.587 * pixels[j + 1]! + 0.114 * pixels[j + 2]!) : pixels[j]!;
  }
  return out;
}

/** Above this the image is decoded from its file as before, not read into memory first. */
const READ_WHOLE_BYTES = 32 * 1024 * 1024;

/**
 * The JPEG with only the segments that make its picture (tables, frame, JFIF and Adobe markers):
 * libvips parses EXIF, XMP and the rest on every load, and that can cost more than the decode
 * itself. The pixels are the same. Anything unusual in the structure: the bytes as they are.
 * `inPlace` moves the kept bytes down inside `bytes` instead of copying them to a new buffer.
 */
export function pictureOnly(bytes: Buffer, inPlace = false): Buffer {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return bytes;
  let segments;
  try {
    segments = jpegSegments(bufferView(bytes));
  } catch {
    return bytes;
  }
  const sos = segments.at(-1);
  if (!sos || sos.marker !== 0xda) return bytes;
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let expected = 2;
  let dropped = false;
  for (const segment of segments) {
    if (segment.at !== expected) return bytes; // fill bytes or stand-alone markers: leave the file alone
    if (segment === sos) break;
    const end = segment.dataAt + segment.dataLength;
    const { marker } = segment;
    if ((marker >= 0xe1 && marker <= 0xed) || marker === 0xef || marker === 0xfe) dropped = true;
    else kept.push(bytes.subarray(segment.at, end));
    expected = end;
  }
  if (!dropped) return bytes;
  kept.push(bytes.subarray(sos.at));
  if (!inPlace) return Buffer.concat(kept);
  let length = 0;
  for (const part of kept) {
    if (part.byteOffset - bytes.byteOffset !== length) bytes.copyWithin(length, part.byteOffset - bytes.byteOffset, part.byteOffset - bytes.byteOffset + part.length);
    length += part.length;
  }
  return bytes.subarray(0, length);
}

/**
 * Buffers the image is read into, kept for the next photo: a new one for every decoded photo
 * (megabytes each) kept the garbage collector busy. One per decode at a time.
 */
const readBuffers: Buffer[] = [];
const POOLED_BYTES = 8 * 1024 * 1024;

/** Runs `use` on the picture's bytes (read into memory and trimmed by `pictureOnly`), or on a large file by name. */
async function withPicture<T>(file: string | Buffer, use: (input: string | Buffer) => Promise<T>): Promise<T> {
  if (typeof file !== 'string') return use(pictureOnly(file));
  const handle = await openForReading(file);
  let buffer: Buffer | undefined;
  try {
    const size = await handle.size();
    if (size > READ_WHOLE_BYTES) return await use(file);
    buffer = size <= POOLED_BYTES ? (readBuffers.pop() ?? Buffer.allocUnsafeSlow(POOLED_BYTES)) : Buffer.allocUnsafeSlow(size);
    let got = 0;
    while (got < size) {
      const { bytesRead } = await handle.read(buffer, got, size - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return await use(pictureOnly(buffer.subarray(0, got), true));
  } finally {
    handle.close();
    // Only once `use` is done: sharp reads the buffer until its promise settles.
    if (buffer?.length === POOLED_BYTES && readBuffers.length < DECODE_SLOTS) readBuffers.push(buffer);
  }
}

/** The image decoded once, shrunk on load, at a size every comparison grid is resampled from. */
const IMAGE_GRID = 96;
/** The image's long side is decoded here at this size or more: room to spare over the comparison GRID. */
const IMAGE_SIDE = 64;
/**
 * Pictures of up to this many bytes are decoded here (jpeg-luma.ts): no sharp call, which costs 1-2
 * ms before it starts. Larger ones go to sharp, whose libjpeg reads the data about 1.3 times as fast,
 * on its own threads: decoded here, they held up the main thread (2,000 copies of the shared set,
 * alternate runs: median 6.26 s at 1 MB, 5.90 s at 256 KB, 6.04 s with sharp alone).
 */
const DECODE_HERE_BYTES = 256 * 1024;

/** The image's luma on the IMAGE_GRID × IMAGE_GRID grid (stretched to it), or undefined when it cannot be decoded. */
function imageGrid(file: string | Buffer): Promise<ArrayLike<number> | undefined> {
  return withDecodeSlot(() =>
    withPicture(file, async (input) => {
      if (typeof input !== 'string' && input.length <= DECODE_HERE_BYTES) {
        const plane = decodeLuma(input, IMAGE_SIDE);
        if (plane) return resample(plane.data, plane.width, { left: 0, top: 0, width: plane.width, height: plane.height }, IMAGE_GRID, IMAGE_GRID);
      }
      const sharp = await loadSharp();
      try {
        const { data, info } = await sharp(input, { failOn: 'none', sequentialRead: true, ignoreIcc: true })
          .resize(IMAGE_GRID, IMAGE_GRID, { fit: 'fill', fastShrinkOnLoad: true })
          .removeAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true });
        return lumaOf(data, info.channels, IMAGE_GRID * IMAGE_GRID);
      } catch {
        return undefined; // the image's pixels cannot be decoded: nothing to compare (its metadata was read)
      }
    }),
  );
}

async function compareDecoded(file: string | Buffer, thumb: Grey, main: { width: number; height: number }): Promise<ThumbnailVerdict | undefined> {
  const image = await imageGrid(file).catch(() => undefined);
  if (!image) return undefined;
  const mainAspect = main.width / main.height;
  const detected = contentBox(thumb.data, thumb.width, thumb.height);
  let best: { mean: number; worst: number; box: Box } | undefined;
  // The detected picture area first; if that differs, the area a letterboxed preview of the
  // image's shape would fill (dark pictures hide their bars), then the whole preview.
  for (const box of [detected, letterbox(thumb.width, thumb.height, mainAspect), { left: 0, top: 0, width: thumb.width, height: thumb.height }]) {
    const measured = measure(thumb, image, box);
    if (!best || measured.mean < best.mean) best = { ...measured, box };
    if (measured.mean <= MEAN_TOLERANCE && measured.worst <= BLOCK_TOLERANCE) break;
  }
  const { mean, worst, box } = best!;
  const aspectGap = Math.abs(Math.log(box.width / box.height / mainAspect));
  const verdict = { mean, worst };
  if (mean > MEAN_TOLERANCE || worst > BLOCK_TOLERANCE) {
    const shape = aspectGap > SAME_SHAPE ? ` and its shape (${box.width}×${box.height}) is not the image's (${main.width}×${main.height})` : '';
    return {
      differs: true,
      detail: `the embedded preview shows a different picture from the image${shape}: a crop or blur is undone in the preview`,
      ...verdict,
    };
  }
  return { differs: false, detail: 'the embedded preview matches the image', ...verdict };
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Both pictures on the same grid: the preview's box, and the whole image stretched to that frame. */
function measure(thumb: Grey, image: ArrayLike<number>, box: Box): { mean: number; worst: number } {
  const scale = GRID / Math.max(box.width, box.height);
  const width = Math.max(8, Math.round(box.width * scale));
  const height = Math.max(8, Math.round(box.height * scale));
  const preview = resample(thumb.data, thumb.width, box, width, height);
  // The image stretched to the preview's frame: a preview that is only squashed still matches,
  // one that shows more or other content does not.
  const stretched = resample(image, IMAGE_GRID, { left: 0, top: 0, width: IMAGE_GRID, height: IMAGE_GRID }, width, height);
  return difference(normalise(preview), normalise(stretched), width, height);
}

/** Area-averaged resampling of a box of a grey image to width×height. */
function resample(grey: ArrayLike<number>, stride: number, box: Box, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  const sx = box.width / width;
  const sy = box.height / height;
  const right = box.left + box.width;
  const bottom = box.top + box.height;
  for (let y = 0; y < height; y++) {
    const y0 = box.top + y * sy;
    const y1 = Math.min(y0 + sy, bottom);
    for (let x = 0; x < width; x++) {
      const x0 = box.left + x * sx;
      const x1 = Math.min(x0 + sx, right);
      let sum = 0;
      let weight = 0;
      for (let py = Math.floor(y0); py < y1; py++) {
        const wy = Math.min(py + 1, y1) - Math.max(py, y0);
        if (wy <= 0) continue;
        for (let px = Math.floor(x0); px < x1; px++) {
          const wx = Math.min(px + 1, x1) - Math.max(px, x0);
          if (wx <= 0) continue;
          sum += grey[py * stride + px]! * wx * wy;
          weight += wx * wy;
        }
      }
      out[y * width + x] = weight > 0 ? sum / weight : 0;
    }
  }
  return out;
}

export function letterbox(width: number, height: number, aspect: number): Box {
  if (width / height > aspect) {
    const w = Math.max(8, Math.round(height * aspect));
    return { left: Math.floor((width - w) / 2), top: 0, width: w, height };
  }
  const h = Math.max(8, Math.round(width / aspect));
  return { left: 0, top: Math.floor((height - h) / 2), width, height: h };
}

/** Brightest a letterbox bar's pixel may be (of 255): JPEG coding leaves a bar black within a level or two. */
const BAR_BLACK = 3;

/**
 * Every pixel outside `box` is black, and the bars are at least two pixels deep. The row or column
 * touching the picture is left out: JPEG coding spreads the picture's edge into it.
 */
export function blackBars(thumb: Grey, box: Box): boolean {
  const { data, width, height } = thumb;
  const bottom = box.top + box.height;
  const right = box.left + box.width;
  const deep = Math.max(box.top, height - bottom, box.left, width - right);
  if (deep < 2) return false;
  for (let y = 0; y < height; y++) {
    const inRows = y >= box.top - 1 && y <= bottom;
    for (let x = 0; x < width; x++) {
      if (inRows && x >= box.left - 1 && x <= right) continue;
      if (data[y * width + x]! > BAR_BLACK) return false;
    }
  }
  return true;
}

/** The thumbnail without the black bars cameras add to fit a 4:3 preview. */
function contentBox(grey: Buffer, width: number, height: number): Box {
  const dark = (v: number) => v < 24;
  const rowDark = (y: number) => {
    let n = 0;
    for (let x = 0; x < width; x++) if (dark(grey[y * width + x]!)) n++;
    return n >= width * 0.97;
  };
  const colDark = (x: number, top: number, bottom: number) => {
    let n = 0;
    for (let y = top; y < bottom; y++) if (dark(grey[y * width + x]!)) n++;
    return n >= (bottom - top) * 0.97;
  };
  let top = 0;
  let bottom = height;
  while (top < bottom && rowDark(top)) top++;
  while (bottom > top && rowDark(bottom - 1)) bottom--;
  let left = 0;
  let right = width;
  while (left < right && colDark(left, top, bottom)) left++;
  while (right > left && colDark(right - 1, top, bottom)) right--;
  if (bottom - top < 8 || right - left < 8) return { left: 0, top: 0, width, height };
  return { left, top, width: right - left, height: bottom - top };
}

function normalise(grey: Float32Array): Float32Array {
  let sum = 0;
  for (const v of grey) sum += v;
  const mean = sum / grey.length;
  let variance = 0;
  for (const v of grey) variance += (v - mean) ** 2;
  const std = Math.max(8, Math.sqrt(variance / grey.length));
  const out = new Float32Array(grey.length);
  for (let i = 0; i < grey.length; i++) out[i] = (grey[i]! - mean) / std;
  return out;
}

function difference(a: Float32Array, b: Float32Array, width: number, height: number): { mean: number; worst: number } {
  const block = 6;
  let total = 0;
  let worst = 0;
  for (let by = 0; by < height; by += block) {
    for (let bx = 0; bx < width; bx += block) {
      let sum = 0;
      let n = 0;
      for (let y = by; y < Math.min(by + block, height); y++) {
        for (let x = bx; x < Math.min(bx + block, width); x++) {
          sum += Math.abs(a[y * width + x]! - b[y * width + x]!);
          n++;
        }
      }
      total += sum;
      if (n >= 16) worst = Math.max(worst, sum / n);
    }
  }
  return { mean: total / (width * height), worst };
}
