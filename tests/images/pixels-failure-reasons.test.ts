// The pixel check decodes with no other decode under way: libvips keeps one error message for the
// whole process, and a cut JPEG decoded beside an AVIF was reported with the AVIF's reason and full
// path ("bad seek to 2591"), one scan in six of 2,000 shared photos. sharp is replaced here by a
// stand-in that counts the decodes under way and, like libvips, gives a failure beside another decode
// the other one's message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({ running: 0, most: 0, alone: 0 }));

vi.mock('sharp', () => {
  const fake = () => ({
    raw: () => ({
      toBuffer: async () => {
        state.running++;
        state.most = Math.max(state.most, state.running);
        let beside = state.running > 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        beside ||= state.running > 1;
        state.running--;
        if (!beside) state.alone++;
        throw new Error(beside ? 'VipsForeignLoad: bad seek to 2591 in /home/someone/other.avif' : 'VipsPngLoad: libpng read error');
      },
    }),
  });
  fake.concurrency = () => 1;
  return { default: fake };
});

const { readImageMetadata } = await import('../../src/images/read.js');

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-pixels-reasons-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A PNG with no metadata (its signature and a header chunk are enough to be read as one). */
function barePng(): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(8, 8);
  ihdr.writeUInt32BE(8, 12);
  ihdr[16] = 8;
  ihdr[17] = 2;
  const iend = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, iend]);
}

describe('the pixel check', () => {
  it('decodes one photo at a time, so each failure is reported with its own reason', async () => {
    const files = Array.from({ length: 6 }, (_, i) => {
      const file = path.join(dir, `bare-${i}.png`);
      writeFileSync(file, barePng());
      return file;
    });
    const read = await Promise.all(files.map((file) => readImageMetadata(file)));
    for (const metadata of read) expect(metadata.error).toMatch(/cannot be decoded \(VipsPngLoad: libpng read error\)/);
    expect(state.alone).toBe(files.length);
    expect(state.most).toBe(1);
  });
});
