// Fake Hugo, Jekyll, Astro and Eleventy sites: a post's site-absolute photo links must resolve to the
// files the site serves, and the photos must be inspected (the example trip photo carries GPS).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/core/engine.js';
import { detectSite, siteCandidates } from '../../src/site/detect.js';
import { examplesDir } from '../helpers/cli.js';

const gpsPhoto = path.join(examplesDir, 'photos', 'trip-beach.jpg');
const made: string[] = [];

function site(files: Record<string, string>, photos: string[]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'post-audit-site-'));
  made.push(root);
  mkdirSync(path.join(root, '.git')); // the project root
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  for (const photo of photos) {
    mkdirSync(path.dirname(path.join(root, photo)), { recursive: true });
    copyFileSync(gpsPhoto, path.join(root, photo));
  }
  return root;
}

const post = (...links: string[]) =>
  `---\ntitle: Trip\napproved_by: Mrs Patel\n---\n\nWhat a day at the coast!\n\n${links.map((l) => `![The beach](${l})`).join('\n\n')}\n`;

async function audit(root: string, postPath: string) {
  const result = await runAudit({ inputs: [path.join(root, postPath)], redact: false, cwd: root });
  return result.files.flatMap((f) => f.findings);
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('site-absolute photo links resolve in real site layouts', () => {
  it('Hugo: static/, assets/ and page bundles under content/', async () => {
    const root = site(
      {
        'hugo.toml': 'baseURL = "https://harbourside.example.sch.uk/"\ntitle = "Harbourside"\n',
        'content/news/trip.md': post('/images/trip.jpg', '/uploads/2026/beach.jpeg', '/news/day-two/bundle.jpg'),
        'content/news/day-two/index.md': post('bundle.jpg'),
      },
      ['static/images/trip.jpg', 'assets/uploads/2026/beach.jpeg', 'content/news/day-two/bundle.jpg'],
    );
    expect(detectSite(path.join(root, 'content/news'), root)?.kind).toBe('hugo');
    const findings = await audit(root, 'content/news/trip.md');
    const gpsFiles = findings.filter((f) => f.ruleId === 'image/gps').map((f) => f.location.file);
    expect(gpsFiles).toHaveLength(3);
    expect(findings.filter((f) => f.ruleId === 'image/unreadable')).toEqual([]);
  });

  it('Jekyll: the site root itself, and {{ site.baseurl }} links with a baseurl', async () => {
    const root = site(
      {
        'site/_config.yml': 'title: Harbourside\nbaseurl: "/harbourside"\n',
        'site/_posts/2026-07-03-trip.md': post('/assets/img/trip.jpg', '/harbourside/i/blog/x.jpeg', '{{site.baseurl}}/assets/img/trip.jpg'),
      },
      ['site/assets/img/trip.jpg', 'site/i/blog/x.jpeg'],
    );
    const findings = await audit(root, 'site/_posts/2026-07-03-trip.md');
    // trip.jpg is linked twice (from the site root and through the baseurl): one photo, listed once.
    expect(findings.filter((f) => f.ruleId === 'image/gps').map((f) => path.basename(f.location.file)).sort()).toEqual(['trip.jpg', 'x.jpeg']);
    expect(findings.filter((f) => f.ruleId === 'image/unreadable')).toEqual([]);
  });

  it('Jekyll: links to the site\'s own published address are its local files; other sites stay remote', async () => {
    const root = site(
      {
        '_config.yml': 'title: Harbourside\nurl: "https://www.harbourside.example.sch.uk"\n',
        '_posts/2026-07-03-trip.md': post('https://harbourside.example.sch.uk/uploads/trip.jpg', 'https://cdn.example.org/x.jpg'),
      },
      ['uploads/trip.jpg'],
    );
    const findings = await audit(root, '_posts/2026-07-03-trip.md');
    expect(findings.filter((f) => f.ruleId === 'image/gps')).toHaveLength(1);
    expect(findings.filter((f) => f.ruleId === 'image/remote')).toHaveLength(1);
  });

  it('Hugo with a YAML config beside content/', async () => {
    const root = site({ 'config.yaml': 'title: x\n', 'content/post.md': post('/images/trip.jpg') }, ['static/images/trip.jpg']);
    expect(detectSite(path.join(root, 'content'), root)?.kind).toBe('hugo');
    const findings = await audit(root, 'content/post.md');
    expect(findings.filter((f) => f.ruleId === 'image/gps')).toHaveLength(1);
  });

  it('Astro: public/ and src/assets', async () => {
    const root = site(
      {
        'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://example.org' });\n",
        'src/content/blog/trip.md': post('/images/trip.jpg', '/assets/beach.jpg'),
      },
      ['public/images/trip.jpg', 'src/assets/beach.jpg'],
    );
    const findings = await audit(root, 'src/content/blog/trip.md');
    expect(findings.filter((f) => f.ruleId === 'image/gps')).toHaveLength(2);
  });

  it('Eleventy: passthrough copies, plain and renamed', async () => {
    const root = site(
      {
        '.eleventy.js':
          'module.exports = function (config) {\n  config.addPassthroughCopy("src/img");\n  config.addPassthroughCopy({ "src/static/photos": "photos" });\n  return { dir: { input: "src" } };\n};\n',
        'src/posts/trip.md': post('/img/trip.jpg', '/photos/beach.jpg'),
      },
      ['src/img/trip.jpg', 'src/static/photos/beach.jpg'],
    );
    const found = detectSite(path.join(root, 'src/posts'), root)!;
    expect(found.kind).toBe('eleventy');
    expect(siteCandidates(found, '/photos/beach.jpg')[0]).toBe(path.join(root, 'src/static/photos/beach.jpg'));
    const findings = await audit(root, 'src/posts/trip.md');
    expect(findings.filter((f) => f.ruleId === 'image/gps')).toHaveLength(2);
  });

  it('photos placed by shortcodes and Liquid/Nunjucks tags resolve the same way', async () => {
    const tagged = (...tags: string[]) => `---\ntitle: Trip\napproved_by: Mrs Patel\n---\n\nWhat a day!\n\n${tags.join('\n\n')}\n`;
    const hugo = site(
      {
        'hugo.toml': 'baseURL = "https://harbourside.example.sch.uk/"\n',
        'content/news/trip.md': tagged('{{< figure src="/images/trip.jpg" caption="The beach" >}}', '{{< gallery >}}\n{{< img "/uploads/beach.jpeg" >}}\n{{< /gallery >}}'),
      },
      ['static/images/trip.jpg', 'assets/uploads/beach.jpeg'],
    );
    const hugoFindings = await audit(hugo, 'content/news/trip.md');
    expect(hugoFindings.filter((f) => f.ruleId === 'image/gps')).toHaveLength(2);
    expect(hugoFindings.filter((f) => f.ruleId === 'image/unreadable')).toEqual([]);

    const jekyll = site(
      {
        'site/_config.yml': 'title: Harbourside\nbaseurl: "/harbourside"\n',
        'site/_posts/2026-07-03-trip.md': tagged(
          '{% include image.html file="/assets/img/trip.jpg" alt="The beach" %}',
          '![Beach]({{ "/assets/img/beach.jpg" | relative_url }})',
          '![Sea]({{ site.baseurl }}/i/blog/x.jpeg)',
        ),
      },
      ['site/assets/img/trip.jpg', 'site/assets/img/beach.jpg', 'site/i/blog/x.jpeg'],
    );
    const jekyllFindings = await audit(jekyll, 'site/_posts/2026-07-03-trip.md');
    expect(jekyllFindings.filter((f) => f.ruleId === 'image/gps')).toHaveLength(3);
    expect(jekyllFindings.filter((f) => f.ruleId === 'image/unreadable')).toEqual([]);

    const eleventy = site(
      {
        '.eleventy.js': 'module.exports = function (config) {\n  config.addPassthroughCopy("src/img");\n  return { dir: { input: "src" } };\n};\n',
        'src/posts/trip.md': tagged('{% image "/img/trip.jpg", "The beach" %}'),
      },
      ['src/img/trip.jpg'],
    );
    expect((await audit(eleventy, 'src/posts/trip.md')).filter((f) => f.ruleId === 'image/gps')).toHaveLength(1);
  });

  it('config sitePaths still wins, and an unresolved path stays image/unreadable', async () => {
    const root = site(
      {
        'hugo.toml': 'title = "x"\n',
        '.postauditrc.json': JSON.stringify({ sitePaths: { '/media': 'uploads-archive' } }),
        'content/post.md': post('/media/trip.jpg', '/images/nowhere.jpg'),
      },
      ['uploads-archive/trip.jpg'],
    );
    const findings = await audit(root, 'content/post.md');
    expect(findings.filter((f) => f.ruleId === 'image/gps')).toHaveLength(1);
    const unreadable = findings.filter((f) => f.ruleId === 'image/unreadable');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.severity).toBe('error');
  });
});
