// A post's images are read a few at a time. All were started at once: a Word document of 65,000
// embedded entries took a 64 KB head buffer for each at the same moment (24 s, gigabytes of garbage;
// hostile32). The reader is replaced by a stand-in that counts the reads under way.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { emptyMetadata } from '../../src/images/types.js';
import { tempFolder } from '../helpers/temp-folder.js';

const state = vi.hoisted(() => ({ running: 0, most: 0, reads: 0 }));

vi.mock('../../src/images/read.js', async (original) => {
  const actual = await original<typeof import('../../src/images/read.js')>();
  return {
    ...actual,
    readImageMetadata: async () => {
      state.running++;
      state.reads++;
      state.most = Math.max(state.most, state.running);
      await new Promise((resolve) => setTimeout(resolve, 2));
      state.running--;
      return emptyMetadata('jpeg');
    },
  };
});

const { runAudit } = await import('../../src/core/engine.js');

describe("a post's images", () => {
  it('are read at most 16 at a time, each once', async () => {
    const { dir, put } = tempFolder('hostile32-at-once');
    put('.postauditrc.json', '{}');
    for (let i = 0; i < 200; i++) put(`p/${i}.jpg`, 'x');
    put('post.md', `${Array.from({ length: 200 }, (_, i) => `![p](p/${i}.jpg)`).join('\n')}\n`);
    await runAudit({ inputs: [path.join(dir, 'post.md')], redact: false, cwd: dir });
    expect(state.reads).toBe(200);
    expect(state.most).toBeLessThanOrEqual(16);
  });
});
