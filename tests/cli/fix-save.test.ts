// `--fix` saves a post as it found it: its encoding and byte-order mark, its permissions, through a link
// to the real file, never over a read-only post or an earlier backup; and every link to a cleaned photo
// is updated. Found by hand (hard2): each of these was lost or wrong before.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { savePost } from '../../src/cli/fix/save.js';
import { readImageMetadata } from '../../src/images/read.js';
import { decodeText } from '../../src/load/decode.js';
import { examplesDir, runCli } from '../helpers/cli.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-fix-save-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const SOURCE = 'Café · Teddy Pemberton won.\r\nNext line.\n';
const FIXED = 'Café · Teddy won.\r\nNext line.\n';

describe('savePost', () => {
  const encodings: [string, (text: string) => Buffer][] = [
    ['UTF-8', (t) => Buffer.from(t, 'utf8')],
    ['UTF-8 with a BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])],
    ['UTF-16LE with a BOM', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16BE with a BOM', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
    ['UTF-16LE without a BOM', (t) => Buffer.from(t, 'utf16le')],
    ['Windows-1252', (t) => Buffer.from(t, 'latin1')], // é and · are the same byte in both
  ];
  for (const [name, encode] of encodings) {
    it(`keeps a ${name} post in its encoding, the old bytes in .bak`, () => {
      const dir = tempDir();
      const file = path.join(dir, 'post.md');
      writeFileSync(file, encode(SOURCE));
      expect(decodeText(readFileSync(file)).text).toBe(SOURCE);
      const outcome = savePost(file, SOURCE, FIXED, dir);
      expect(outcome).toMatchObject({ saved: true, backup: `${file}.bak` });
      expect(readFileSync(file).equals(encode(FIXED))).toBe(true);
      expect(readFileSync(`${file}.bak`).equals(encode(SOURCE))).toBe(true);
    });
  }

  it('refuses a fix a Windows-1252 post cannot hold, and leaves it as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'post.md');
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]); // "Café\n"
    writeFileSync(file, bytes);
    const outcome = savePost(file, 'Café\n', 'Café 🙂\n', dir);
    expect(outcome.saved).toBe(false);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('never overwrites an earlier backup: the next is .bak.2', () => {
    const dir = tempDir();
    const file = path.join(dir, 'post.md');
    writeFileSync(`${file}.bak`, 'the original before the first fix\n');
    writeFileSync(file, SOURCE);
    expect(savePost(file, SOURCE, FIXED, dir)).toMatchObject({ saved: true, backup: `${file}.bak.2` });
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('the original before the first fix\n');
    expect(readFileSync(`${file}.bak.2`, 'utf8')).toBe(SOURCE);
  });

  it('keeps the post\'s permissions, and leaves a read-only post alone', () => {
    const dir = tempDir();
    const file = path.join(dir, 'post.md');
    writeFileSync(file, SOURCE);
    chmodSync(file, 0o640);
    expect(savePost(file, SOURCE, FIXED, dir).saved).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    chmodSync(file, 0o444);
    const outcome = savePost(file, FIXED, 'something else\n', dir);
    expect(outcome).toMatchObject({ saved: false, reason: expect.stringMatching(/read-only/) });
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it('writes through a link to the real post, and refuses a link out of the project', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'drafts'));
    mkdirSync(path.join(root, 'posts'));
    writeFileSync(path.join(root, 'drafts', 'trip.md'), SOURCE);
    symlinkSync('../drafts/trip.md', path.join(root, 'posts', 'trip.md'));
    expect(savePost(path.join(root, 'posts', 'trip.md'), SOURCE, FIXED, root)).toMatchObject({ saved: true });
    expect(readFileSync(path.join(root, 'drafts', 'trip.md'), 'utf8')).toBe(FIXED);
    expect(statSync(path.join(root, 'drafts', 'trip.md.bak')).isFile()).toBe(true);

    const elsewhere = tempDir();
    writeFileSync(path.join(elsewhere, 'outside.md'), SOURCE);
    symlinkSync(path.join(elsewhere, 'outside.md'), path.join(root, 'posts', 'out.md'));
    expect(savePost(path.join(root, 'posts', 'out.md'), SOURCE, FIXED, root)).toMatchObject({ saved: false, reason: expect.stringMatching(/outside the project/) });
    expect(readFileSync(path.join(elsewhere, 'outside.md'), 'utf8')).toBe(SOURCE);
  });

  it('a post in a folder reached through a link is written and named where it was named', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'real'));
    symlinkSync(path.join(root, 'real'), path.join(root, 'alias'));
    const file = path.join(root, 'alias', 'post.md');
    writeFileSync(file, SOURCE);
    expect(savePost(file, SOURCE, FIXED, path.join(root, 'alias'))).toEqual({ saved: true, file, backup: `${file}.bak` });
    expect(readFileSync(path.join(root, 'real', 'post.md'), 'utf8')).toBe(FIXED);
  });

  it('does not save over a post that changed since it was read', () => {
    const dir = tempDir();
    const file = path.join(dir, 'post.md');
    writeFileSync(file, 'edited meanwhile\n');
    expect(savePost(file, SOURCE, FIXED, dir)).toMatchObject({ saved: false, reason: expect.stringMatching(/changed/) });
    expect(readFileSync(file, 'utf8')).toBe('edited meanwhile\n');
  });
});

describe('audit post.md --fix (no terminal)', () => {
  it('relinks every reference to a photo it cleans, not only the first', () => {
    const dir = tempDir();
    cpSync(examplesDir, dir, { recursive: true });
    const post = path.join(dir, 'posts', '2026-07-03-residential-trip.md');
    writeFileSync(post, `${readFileSync(post, 'utf8')}\nAgain: ![again](../photos/trip-beach.jpg) and <img src="../photos/./trip-beach.jpg">\n`);
    const result = runCli(['posts/2026-07-03-residential-trip.md', '--fix'], { cwd: dir });
    expect(result.stdout).toContain('linked the post to it (3 places)');
    const after = readFileSync(post, 'utf8');
    expect(after).not.toMatch(/trip-beach\.jpg/);
    expect(after.match(/trip-beach\.clean\.jpg/g)).toHaveLength(3);
  });

  it('saves a pasted picture (data: URL) beside the post without its location, pixels unchanged, and links every place that held it', async () => {
    const dir = tempDir();
    const photo = readFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'));
    const url = `data:image/jpeg;base64,${photo.toString('base64')}`;
    // As Google Docs exports it: a reference, its definition at the end; and the same picture inline.
    writeFileSync(path.join(dir, 'trip.md'), `---\napproved_by: Mrs Patel\n---\n\nBeach day!\n\n![][image1]\n\nAgain: ![beach](${url})\n\n[image1]: <${url}>\n`);
    writeFileSync(path.join(dir, 'trip-picture-1.jpg'), 'already here');
    const result = runCli(['trip.md', '--fix'], { cwd: dir });
    expect(result.stdout).toContain('line 7: saved the pasted picture as trip-picture-2.jpg without the location and linked the post to it');
    expect(result.status).toBe(0);
    const after = readFileSync(path.join(dir, 'trip.md'), 'utf8');
    expect(after).not.toContain('data:');
    expect(after).toContain('Again: ![beach](trip-picture-2.jpg)');
    expect(after).toContain('[image1]: <trip-picture-2.jpg>');
    expect(readFileSync(path.join(dir, 'trip-picture-1.jpg'), 'utf8')).toBe('already here');
    const saved = path.join(dir, 'trip-picture-2.jpg');
    expect((await readImageMetadata(saved)).gps).toEqual([]);
    const [a, b] = await Promise.all([sharp(photo).raw().toBuffer(), sharp(saved).raw().toBuffer()]);
    expect(b.equals(a)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('pasted'))).toEqual([]);
  });

  it('says a read-only post was not changed, and claims no fix in it', () => {
    const dir = tempDir();
    cpSync(examplesDir, dir, { recursive: true });
    const post = path.join(dir, 'posts', '2026-07-03-residential-trip.md');
    const before = readFileSync(post);
    chmodSync(post, 0o444);
    const result = runCli(['posts/2026-07-03-residential-trip.md', '--fix'], { cwd: dir });
    expect(result.stdout).toMatch(/not fixed: posts\/2026-07-03-residential-trip\.md was not changed, because it is read-only/);
    expect(result.stdout).not.toMatch(/replaced a full name/);
    expect(result.status).toBe(1);
    expect(readFileSync(post).equals(before)).toBe(true);
  });

  it('shows a control character in a photo\'s name as an escape, never sends it to the terminal', () => {
    const dir = tempDir();
    cpSync(examplesDir, dir, { recursive: true });
    const post = path.join(dir, 'posts', '2026-07-03-residential-trip.md');
    cpSync(path.join(dir, 'photos', 'trip-beach.jpg'), path.join(dir, 'photos', 'trip\u001b[2Jbeach.jpg'));
    writeFileSync(post, readFileSync(post, 'utf8').replace('../photos/trip-beach.jpg', '../photos/trip%1B%5B2Jbeach.jpg'));
    const result = runCli(['posts/2026-07-03-residential-trip.md', '--fix'], { cwd: dir });
    expect(result.stdout).toContain('photos/trip\\x1b[2Jbeach.jpg: wrote photos/trip\\x1b[2Jbeach.clean.jpg without the location');
    expect(result.stdout).not.toContain('\u001b');
    expect(existsSync(path.join(dir, 'photos', 'trip\u001b[2Jbeach.clean.jpg'))).toBe(true);
  });
});
