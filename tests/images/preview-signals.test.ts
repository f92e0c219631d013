// Which files get their picture decoded to compare with the embedded preview (thumbnail.ts):
// camera originals are trusted from their structure, anything that looks edited is compared.
import { describe, expect, it } from 'vitest';
import { previewSignals } from '../../src/images/thumbnail.js';

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
