// Hugo page bundles' resources named by pattern in front matter: each photo the pattern matches beside
// the post is an attachment; a pattern that matches none stays, to be reported as not found.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPost } from '../../src/load/post.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-patterns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bundle(name: string, frontMatter: string, files: string[]): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const file of files) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), 'x');
  }
  writeFileSync(path.join(folder, 'index.md'), `---\n${frontMatter}\n---\n\nWhat a day!\n`);
  return path.join(folder, 'index.md');
}

describe('media patterns in front matter', () => {
  it('a resources pattern stands for each photo it matches in the bundle, in order; other files are not photos', async () => {
    const post = await loadPost(bundle('sports', 'resources:\n  - src: "images/*.jpg"\n    title: Sports day', ['images/b.jpg', 'images/a.jpg', 'images/notes.txt', 'c.jpg']), { root: dir });
    expect(post.attachments.map((a) => a.ref)).toEqual(['images/a.jpg', 'images/b.jpg']);
    expect(post.attachments.every((a) => a.status === 'ok')).toBe(true);
  });

  it('a pattern that matches nothing is kept, and reported as not found', async () => {
    const post = await loadPost(bundle('empty', 'resources:\n  - src: "gallery/*.jpg"', ['images/a.jpg']), { root: dir });
    expect(post.attachments.map((a) => [a.ref, a.status])).toEqual([['gallery/*.jpg', 'missing']]);
  });

  it('URLs and site-absolute paths are not patterns', async () => {
    const post = await loadPost(bundle('urls', 'images:\n  - "https://example.org/a*.jpg"\n  - "/img/b?.jpg"', []), { root: dir });
    expect(post.attachments.map((a) => a.ref)).toEqual(['https://example.org/a*.jpg', '/img/b?.jpg']);
  });
});
