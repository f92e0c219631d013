// Mutation tests over the real photos in ../shared/fixtures/images: flipped bytes, cuts at segment
// boundaries and at random points, and two files spliced together. For every mutant the reader and
// the image rules must answer (never throw), and a file that could not be parsed must never come
// out "clean".
//
// "Could not be parsed", honestly: sharp cannot decode its pixels (failOn 'error') AND our reader
// found no metadata in it. Such a file must carry `error` (→ image/unreadable). A cut JPEG whose
// metadata block survived may still be read; a mutant sharp still decodes may be clean.
import { readFileSync, readdirSync, statSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPost } from '../../src/core/engine.js';
import { readImageMetadata } from '../../src/images/read.js';
import { bufferView } from '../../src/images/bytes.js';
import { jpegSegments } from '../../src/images/jpeg.js';
import { pngChunks } from '../../src/images/png.js';
import { loadSharp } from '../../src/images/thumbnail.js';
import type { ImageMetadata } from '../../src/images/types.js';
import { LexiconStore } from '../../src/lexicons/store.js';
import { imagePost } from '../../src/load/post.js';
import { DEFAULT_POLICY, loadPolicy } from '../../src/policies/loader.js';
import { imageRules, rules as allRules } from '../../src/rules/index.js';
import { hasSharedFixtures, sharedPath, sharedSkipReason } from '../helpers/shared.js';
import { SEED, int, noHang, prng, withSeed } from './seed.js';

const MUTANTS = process.env.MUTANTS ? Number(process.env.MUTANTS) : 150;
const IMAGE = /\.(jpe?g|png|tiff?|webp|gif|heic|heif|avif)$/i;
const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-mutants-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function listImages(root: string, out: string[] = []): string[] {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) listImages(full, out);
    else if (IMAGE.test(entry.name) && statSync(full).size <= 1_500_000) out.push(full);
  }
  return out.sort();
}

/** Offsets where the file's structure changes: JPEG segments, PNG chunks. */
function boundaries(bytes: Buffer): number[] {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSegments(bufferView(bytes)).flatMap((s) => [s.at, s.dataAt, s.dataAt + s.dataLength]);
    if (bytes[0] === 0x89 && bytes[1] === 0x50) return pngChunks(bufferView(bytes)).flatMap((c) => [c.at, c.dataAt, c.dataAt + c.length]);
  } catch {
    /* an already-broken source has no clean boundaries */
  }
  return [];
}

interface Mutant {
  name: string;
  ext: string;
  bytes: Buffer;
}

function mutate(random: () => number, sources: { file: string; bytes: Buffer }[]): Mutant {
  const source = sources[int(random, sources.length)]!;
  const { bytes } = source;
  const ext = path.extname(source.file).toLowerCase();
  const base = path.basename(source.file);
  const kind = int(random, 4);
  if (kind === 0) {
    const copy = Buffer.from(bytes);
    const flips = 1 + int(random, 8);
    // Most metadata sits in the first 64 KB: aim most flips there.
    for (let f = 0; f < flips; f++) {
      const at = int(random, Math.min(copy.length, random() < 0.8 ? 65536 : copy.length));
      copy[at] = copy[at]! ^ (1 + int(random, 255));
    }
    return { name: `${base} with ${flips} flipped byte(s)`, ext, bytes: copy };
  }
  if (kind === 1) {
    const cuts = boundaries(bytes).filter((b) => b > 0 && b < bytes.length);
    if (cuts.length > 0) {
      const at = cuts[int(random, cuts.length)]!;
      return { name: `${base} cut at segment boundary ${at}`, ext, bytes: bytes.subarray(0, at) };
    }
  }
  if (kind <= 2) {
    const at = int(random, bytes.length);
    return { name: `${base} cut at byte ${at}`, ext, bytes: bytes.subarray(0, at) };
  }
  const other = sources[int(random, sources.length)]!;
  const a = int(random, bytes.length);
  const b = int(random, other.bytes.length);
  return { name: `${base}[0,${a}) + ${path.basename(other.file)}[${b},…)`, ext, bytes: Buffer.concat([bytes.subarray(0, a), other.bytes.subarray(b)]) };
}

function foundNothing(m: ImageMetadata): boolean {
  return (
    m.gps.length === 0 &&
    m.locationNames.length === 0 &&
    m.people.length === 0 &&
    m.owner.length === 0 &&
    m.copyright.length === 0 &&
    Object.keys(m.device).length === 0 &&
    !m.thumbnail
  );
}

describe.skipIf(!hasSharedFixtures)(`mutated real photos (seed ${SEED}, ${MUTANTS} mutants)`, () => {
  it('never crash, and never pass as clean a file that could not be parsed', async () => {
    const sharp = await loadSharp();
    const decodes = (input: string | Buffer) => sharp(input, { failOn: 'error' }).raw().toBuffer().then(() => true, () => false);
    const candidates = listImages(sharedPath('images'));
    // Sources sharp can decode (so "sharp cannot decode the mutant" means the mutation broke it).
    const sources: { file: string; bytes: Buffer }[] = [];
    for (const file of candidates) if (await decodes(file)) sources.push({ file, bytes: readFileSync(file) });
    expect(sources.length).toBeGreaterThan(20);

    const pack = await loadPolicy(DEFAULT_POLICY, process.cwd());
    const lexicons = new LexiconStore();
    const ruleIds = new Set(allRules.map((r) => r.meta.id));
    const random = prng(SEED);
    const failures: string[] = [];
    for (let n = 0; n < MUTANTS; n++) {
      const mutant = mutate(random, sources);
      const file = path.join(dir, `mutant-${n}${mutant.ext}`);
      writeFileSync(file, mutant.bytes);
      const what = `mutant ${n}: ${mutant.name}`;
      let metadata: ImageMetadata;
      try {
        metadata = await noHang(readImageMetadata(file), what);
      } catch (error) {
        failures.push(withSeed(`${what}: the reader threw ${(error as Error).message}`, SEED));
        continue;
      }
      const post = imagePost(file, path.basename(file));
      post.attachments[0]!.metadata = metadata;
      const pending = await checkPost(post, { config: { root: dir }, consent: undefined, lexicons, rules: imageRules, ruleIds, pack, redact: false });
      const ids = pending.map((p) => p.finding.ruleId);
      if (ids.some((id) => id === 'image/unreadable') !== Boolean(metadata.error)) {
        failures.push(withSeed(`${what}: error "${metadata.error}" but findings ${ids.join(', ')}`, SEED));
      }
      if (pending.some((p) => /could not finish/.test(p.finding.message))) failures.push(withSeed(`${what}: a rule crashed`, SEED));
      if (!metadata.error && foundNothing(metadata) && !(await decodes(file))) {
        failures.push(withSeed(`${what}: reported clean, but sharp cannot decode it and no metadata was found`, SEED));
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
