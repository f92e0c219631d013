// Hugo's TOML front matter ("+++" lines): settings, attachments and prose read as YAML's are, with
// positions in the file; broken or unclosed TOML is a problem the audit reports, never a silent pass.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineIndex, sourceOffset } from '../../src/core/position.js';
import { loadPost } from '../../src/load/post.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-toml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(name: string, text: string) {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return loadPost(file, { root: dir });
}

const HUGO = `+++
title = "Sports day at Harbourside"
date = 2026-06-12T09:00:00Z
draft = false
approved_by = "Mrs Patel"
channel = "website"
images = ["photos/relay.jpg", "photos/tug.jpg"]
description = "Well done to Amelia and the Year 4 relay team"
tags = ["sport", "year 4"]

[params]
  hero = "photos/hero.jpg"
  subtitle_id = "abc123"
+++

Year 4 loved sports day!
`;

describe('TOML front matter', () => {
  it('reads the settings, dates included, like YAML front matter', async () => {
    const post = await load('hugo.md', HUGO);
    expect(post.problems).toEqual([]);
    expect(post.frontMatter).toMatchObject({ approved_by: 'Mrs Patel', channel: 'website', date: '2026-06-12' });
  });

  it('takes the photos under media keys and under any other key as attachments', async () => {
    const post = await load('hugo.md', HUGO);
    expect(post.attachments.map((a) => a.ref).sort()).toEqual(['photos/hero.jpg', 'photos/relay.jpg', 'photos/tug.jpg']);
  });

  it('reads the prose fields with their line and column; settings and identifiers are not prose', async () => {
    const post = await load('hugo.md', HUGO);
    const prose = post.segments.filter((s) => s.kind === 'front-matter');
    expect(prose.map((s) => s.text)).toEqual(['Sports day at Harbourside', 'Well done to Amelia and the Year 4 relay team', 'sport', 'year 4']);
    const description = prose[1]!;
    expect(new LineIndex(post.source).position(sourceOffset(description, description.text.indexOf('Amelia')))).toEqual({ line: 8, column: 29 });
    // The body is read as before, after the closing "+++".
    expect(post.segments.some((s) => s.text === 'Year 4 loved sports day!')).toBe(true);
    expect(post.segments.some((s) => s.text.includes('+++') || s.text.includes('approved_by'))).toBe(false);
  });

  it('a value written with escapes is read whole, its findings placed where it starts and spanning nothing', async () => {
    const post = await load('escaped.md', '+++\ntitle = "Well done \\"Amelia Smith\\" of Year 4"\n+++\n\nHi\n');
    const title = post.segments.find((s) => s.kind === 'front-matter')!;
    expect(title.text).toBe('Well done "Amelia Smith" of Year 4');
    const index = new LineIndex(post.source);
    const from = index.position(sourceOffset(title, title.text.indexOf('Amelia')));
    const to = index.position(sourceOffset(title, title.text.indexOf('Amelia') + 'Amelia Smith'.length));
    expect(from).toEqual({ line: 2, column: 10 });
    expect(to).toEqual(from);
  });

  it("a theme's nested prose fields (subtitle, summary …) are read as prose, in TOML and YAML alike", async () => {
    const toml = await load('nested.md', '+++\n[params]\n  subtitle = "Ruby in Year 3 has an EHCP"\n  summary_id = "x1"\n+++\n\nHi\n');
    expect(toml.segments.filter((s) => s.kind === 'front-matter').map((s) => s.text)).toEqual(['Ruby in Year 3 has an EHCP']);
    const yaml = await load('nested-yaml.md', '---\nparams:\n  summary: Ruby in Year 3 has an EHCP\n  layout_id: x1\n---\n\nHi\n');
    expect(yaml.segments.filter((s) => s.kind === 'front-matter').map((s) => s.text)).toEqual(['Ruby in Year 3 has an EHCP']);
  });

  it('reports TOML that does not parse, at its line', async () => {
    const post = await load('bad.md', '+++\ntitle = "Sports day\napproved_by = "Mrs Patel"\n+++\n\nHello\n');
    expect(post.problems).toHaveLength(1);
    expect(post.problems[0]!.message).toMatch(/^the front matter is not valid TOML \(/);
    expect(new LineIndex(post.source).position(post.problems[0]!.offset).line).toBe(2);
    expect(post.frontMatter.approved_by).toBeUndefined();
  });

  it('reports front matter opened with "+++" and never closed', async () => {
    const post = await load('open.md', '+++\ntitle = "Sports day"\n\nHello\n');
    expect(post.problems.map((p) => p.message)).toEqual(['the front matter starting on line 1 is never closed with a "+++" line']);
  });

  it('keeps a photo named under a key such as "__proto__" (not dropped, and no object is changed)', async () => {
    const post = await load('proto.md', '+++\n__proto__ = "photos/trip.jpg"\n[constructor]\nprototype = "x"\n+++\n\nHi\n');
    expect(post.problems).toEqual([]);
    expect(post.attachments.map((a) => a.ref)).toEqual(['photos/trip.jpg']);
    expect(({} as Record<string, unknown>).prototype).toBeUndefined();
  });

  it('refuses inline tables nested past the limit as invalid, without overflowing the stack', async () => {
    const post = await load('deep.md', `+++\na = ${'['.repeat(5000)}${']'.repeat(5000)}\n+++\n\nHi\n`);
    expect(post.problems[0]!.message).toMatch(/not valid TOML/);
  });

  it('a body that merely starts with "+++ " text is not front matter', async () => {
    const post = await load('plus.md', '+++ Breaking news +++\n\nOur choir won!\n');
    expect(post.problems).toEqual([]);
    expect(post.segments[0]!.text).toBe('+++ Breaking news +++');
  });
});
