// Which files get their picture decoded to compare with the embedded preview (thumbnail.ts):
// camera originals are trusted from their structure, anything that looks edited is compared.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkPreview, pictureOnly, previewSignals } from '../../src/images/thumbnail.js';
import { GPS_EXIF, insertSegment, jpeg, scene, xmpPacket } from './build.js';

const original = (width: number, height: number) => ({ width, height, pixelWidth: width, pixelHeight: height, modifyDate: '2026:06:12 10:15:00', originalDate: '2026:06:12 10:15:00' });

describe('previewSignals', () => {
  it('trusts camera and phone originals, whichever way up: frames in multiples of 8 and the phone sizes that are not', () => {
    for (const [width, height] of [[4032, 3024], [6000, 4000], [5184, 3456], [4048, 3036], [3036, 4048], [4000, 2252], [4032, 2268], [4080, 3060]] as const) {
      expect(previewSignals(original(width, height)), `${width}×${height}`).toEqual([]);
    }
  });

  it('compares a frame no camera writes (a crop by hand: 2164×1626), a size EXIF does not record, a later modify date, no capture date, an edit history', () => {
    expect(previewSignals(original(2164, 1626))).toEqual(['a frame size (2164×1626) cameras do not write']);
    expect(previewSignals({ ...original(4032, 3024), pixelWidth: 4000 })[0]).toMatch(/EXIF says 4000×3024/);
    expect(previewSignals({ ...original(4032, 3024), modifyDate: '2026:06:13 09:00:00' })).toEqual(['modified after capture']);
    expect(previewSignals({ ...original(4032, 3024), originalDate: undefined })[0]).toMatch(/no capture date/);
    expect(previewSignals({ ...original(4032, 3024), xmpEdited: true })).toEqual(['an edit history in XMP']);
  });
});

describe('pictureOnly (what the preview comparison hands the decoder)', () => {
  const pixels = (input: Buffer) => sharp(input, { failOn: 'none', ignoreIcc: true }).raw().toBuffer();

  it('drops EXIF, XMP, ICC, IPTC and comments, and the picture decodes to the same pixels', async () => {
    const full = await (await scene(240, 160)).jpeg().withExif(GPS_EXIF).withXmp(xmpPacket('<dc:title>x</dc:title>')).withIccProfile('p3').toBuffer();
    const withComment = insertSegment(full, 0xfe, Buffer.from('a comment'));
    const bare = pictureOnly(withComment);
    expect(bare.length).toBeLessThan(withComment.length);
    expect(bare.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(bare.includes(Buffer.from('a comment'))).toBe(false);
    expect((await pixels(bare)).equals(await pixels(withComment))).toBe(true);
    const copy = Buffer.from(withComment);
    expect(pictureOnly(copy, true).equals(bare)).toBe(true); // the same bytes, moved down inside the buffer
  });

  it('keeps the Adobe marker a CMYK JPEG needs (same pixels), and leaves alone what it cannot walk', async () => {
    const cmyk = await (await scene(64, 48)).toColourspace('cmyk').jpeg().withExif(GPS_EXIF).toBuffer();
    expect((await pixels(pictureOnly(cmyk))).equals(await pixels(cmyk))).toBe(true);
    const plain = await jpeg();
    const cut = plain.subarray(0, 30); // ends inside its segments
    expect(pictureOnly(cut)).toBe(cut);
    const padded = Buffer.concat([plain.subarray(0, 2), Buffer.from([0xff, 0xff]), plain.subarray(2)]); // fill bytes before a marker
    expect(pictureOnly(padded)).toBe(padded);
  });
});

describe('checkPreview on a dark camera original', () => {
  // A night or concert photo: the picture is nearly black, so where a letterboxed preview's bars end
  // cannot be seen; the bars themselves are still pure black. Sensor noise keeps a dark picture above that.
  const dark = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 0, g: 0, b: 0 }, noise: { type: 'gaussian', mean: 9, sigma: 3 } } });
  const NOT_DECODED = /not compared pixel by pixel/;

  it('trusts a 3:2 photo whose 4:3 preview is letterboxed with black bars, without decoding the photo', async () => {
    const picture = await dark(480, 320).png().toBuffer();
    const main = await sharp(picture).jpeg({ quality: 90 }).toBuffer();
    const preview = await sharp(picture)
      .resize(160, 107, { fit: 'fill' })
      .extend({ top: 6, bottom: 7, background: { r: 0, g: 0, b: 0 } })
      .jpeg({ quality: 80 })
      .toBuffer();
    const verdict = await checkPreview(main, preview, original(480, 320));
    expect(verdict?.differs).toBe(false);
    expect(verdict?.detail).toMatch(NOT_DECODED);
  });

  it('compares a dark photo cropped to another shape whose preview shows the whole frame (no bars): the dark picture is no bar', async () => {
    const whole = await dark(480, 360).png().toBuffer();
    const main = await sharp(whole).extract({ left: 0, top: 44, width: 480, height: 272 }).jpeg({ quality: 90 }).toBuffer();
    const preview = await sharp(whole).resize(160, 120, { fit: 'fill' }).jpeg({ quality: 80 }).toBuffer();
    const verdict = await checkPreview(main, preview, original(480, 272));
    expect(verdict?.detail).not.toMatch(NOT_DECODED);
  });
});
