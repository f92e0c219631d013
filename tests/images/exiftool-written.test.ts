// Images whose metadata ExifTool wrote (tests/fixtures/exiftool-written, made by make.mjs there):
// every place a third-party writer puts a position, a place name, a person or an owner, in every
// format — found by the reader, and gone from a cleaned copy whose pixels are unchanged.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readImageMetadata } from '../../src/images/read.js';
import { stripMetadata } from '../../src/images/strip.js';
import type { ImageMetadata } from '../../src/images/types.js';
import expected from '../fixtures/exiftool-written/expected.json' with { type: 'json' };

const folder = fileURLToPath(new URL('../fixtures/exiftool-written/', import.meta.url));
const out = mkdtempSync(path.join(os.tmpdir(), 'post-audit-exiftool-written-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const FOUND_IN: Record<string, (m: ImageMetadata) => unknown[]> = {
  'image/gps': (m) => m.gps,
  'image/location-names': (m) => m.locationNames,
  'image/people-tags': (m) => m.people,
  'image/owner-details': (m) => m.owner,
  'image/copyright': (m) => m.copyright,
};
const files = Object.entries(expected.files as Record<string, string>);
const VIDEO = /\.(mp4|mov)$/;

describe(`metadata written by ${expected.writtenBy}`, () => {
  it.each(files)('%s: found (%s)', async (name, rule) => {
    const m = await readImageMetadata(path.join(folder, name));
    expect(m.error).toBeUndefined();
    expect(FOUND_IN[rule]!(m).length, `${rule} in ${name}`).toBeGreaterThan(0);
  });

  it.each(files.filter(([name]) => !name.startsWith('sidecar-')))('%s: a cleaned copy keeps nothing of where or who, and every pixel', async (name) => {
    const input = path.join(folder, name);
    const before = createHash('sha256').update(readFileSync(input)).digest('hex');
    const output = path.join(out, name);
    const result = await stripMetadata(input, output, { location: true, people: true });
    expect(result.written, result.message).toBe(true);
    expect(createHash('sha256').update(readFileSync(input)).digest('hex')).toBe(before);
    const m = await readImageMetadata(output, { sidecars: [] });
    expect(m.error).toBeUndefined();
    expect([m.gps, m.locationNames, m.people]).toEqual([[], [], []]);
    if (!VIDEO.test(name)) {
      const [a, b] = await Promise.all([sharp(input).raw().toBuffer(), sharp(output).raw().toBuffer()]);
      expect(a.equals(b)).toBe(true);
    }
  });
});
