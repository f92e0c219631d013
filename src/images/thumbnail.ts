// Compares an embedded EXIF preview with the image itself: a crop or blur made by an editor that
// did not update the preview leaves the original picture in the file.
type Sharp = typeof import('sharp').default;
let sharpPromise: Promise<Sharp> | undefined;
export function loadSharp(): Promise<Sharp> {
  sharpPromise ??= import('sharp').then((m) => ((m as unknown as { default?: Sharp }).default ?? m) as Sharp);
  return sharpPromise;
}

/** Grid (long side, pixels) both pictures are compared at. */
const GRID = 48;
/** Thresholds on contrast-normalised grey levels (units of the picture's standard deviation). */
const MEAN_TOLERANCE = 0.45;
const BLOCK_TOLERANCE = 1.1;

export interface ThumbnailVerdict {
  differs: boolean;
  detail: string;
  /** The measured differences, for tuning and reports. */
  mean?: number;
  worst?: number;
}

export async function compareThumbnail(file: string | Buffer, thumbnail: Buffer, main: { width?: number; height?: number }): Promise<ThumbnailVerdict | undefined> {
  const sharp = await loadSharp();
  let thumb: { data: Buffer; info: { width: number; height: number } };
  try {
    thumb = await sharp(thumbnail, { failOn: 'none' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  } catch {
    return undefined; // an undecodable preview shows nothing
  }
  if (!main.width || !main.height) return undefined;
  const mainAspect = main.width / main.height;
  const detected = contentBox(thumb.data, thumb.info.width, thumb.info.height);
  let best: { mean: number; worst: number; box: Box } | undefined;
  // The detected picture area first; if that differs, the area a letterboxed preview of the
  // image's shape would fill (dark pictures hide their bars), then the whole preview.
  for (const box of [detected, letterbox(thumb.info.width, thumb.info.height, mainAspect), { left: 0, top: 0, width: thumb.info.width, height: thumb.info.height }]) {
    let measured: { mean: number; worst: number };
    try {
      measured = await measure(sharp, file, thumbnail, box);
    } catch {
      return undefined; // the image's pixels cannot be decoded: nothing to compare (its metadata was read)
    }
    if (!best || measured.mean < best.mean) best = { ...measured, box };
    if (measured.mean <= MEAN_TOLERANCE && measured.worst <= BLOCK_TOLERANCE) break;
  }
  const { mean, worst, box } = best!;
  const aspectGap = Math.abs(Math.log(box.width / box.height / mainAspect));
  const verdict = { mean, worst };
  if (mean > MEAN_TOLERANCE || worst > BLOCK_TOLERANCE) {
    const shape = aspectGap > 0.05 ? ` and its shape (${box.width}×${box.height}) is not the image's (${main.width}×${main.height})` : '';
    return {
      differs: true,
      detail: `the embedded preview shows a different picture from the image${shape}: a crop or blur is undone in the preview`,
      ...verdict,
    };
  }
  return { differs: false, detail: 'the embedded preview matches the image', ...verdict };
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

async function measure(sharp: Sharp, file: string | Buffer, thumbnail: Buffer, box: Box): Promise<{ mean: number; worst: number }> {
  const scale = GRID / Math.max(box.width, box.height);
  const width = Math.max(8, Math.round(box.width * scale));
  const height = Math.max(8, Math.round(box.height * scale));
  const preview = await sharp(thumbnail, { failOn: 'none' }).extract(box).resize(width, height, { fit: 'fill' }).greyscale().raw().toBuffer();
  // The image stretched to the preview's frame: a preview that is only squashed still matches,
  // one that shows more or other content does not.
  const image = await sharp(file, { failOn: 'none' }).resize(width, height, { fit: 'fill', fastShrinkOnLoad: true }).greyscale().raw().toBuffer();
  return difference(normalise(preview), normalise(image), width, height);
}

function letterbox(width: number, height: number, aspect: number): Box {
  if (width / height > aspect) {
    const w = Math.max(8, Math.round(height * aspect));
    return { left: Math.floor((width - w) / 2), top: 0, width: w, height };
  }
  const h = Math.max(8, Math.round(width / aspect));
  return { left: 0, top: Math.floor((height - h) / 2), width, height: h };
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

function normalise(grey: Buffer): Float32Array {
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
