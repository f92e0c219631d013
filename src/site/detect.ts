// Static-site generators (Hugo, Jekyll/Hexo, Astro, Eleventy): found by their config file, walking up
// from a post. A site serves "/images/trip.jpg" from a folder such as static/ or public/; the site tells
// us which folders to look in, so a post's site-absolute links resolve to the files on disk.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { readOrdinaryFile } from '../core/files.js';
import { maxSettingsBytes } from '../core/limits.js';

export type SiteKind = 'hugo' | 'jekyll' | 'astro' | 'eleventy';

export interface Site {
  kind: SiteKind;
  /** The folder holding the generator's config file. */
  root: string;
  /** The config file that identified it. */
  configFile: string;
  /** Folders a site-absolute path ("/x/y.jpg" → "<folder>/x/y.jpg") is looked up in, in order. */
  staticDirs: string[];
  /** URL prefixes mapped to folders ("/img" → src/assets/img), e.g. from Eleventy passthrough copies. */
  prefixes: { prefix: string; dir: string }[];
  /** The site's base path ("/school-site" when served from a sub-folder), stripped before lookup. */
  basePath?: string;
  /** Host names the site is published at (from baseURL / url / site): links to them are local files. */
  hosts: string[];
}

const MARKERS: { kind: SiteKind; files: string[] }[] = [
  { kind: 'hugo', files: ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config/_default/hugo.toml', 'config/_default/config.toml'] },
  { kind: 'astro', files: ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs'] },
  { kind: 'eleventy', files: ['.eleventy.js', '.eleventy.cjs', '.eleventy.mjs', 'eleventy.config.js', 'eleventy.config.mjs', 'eleventy.config.cjs', 'eleventy.config.ts'] },
  { kind: 'jekyll', files: ['_config.yml', '_config.yaml', '_config.toml'] },
];

const cache = new Map<string, Site | undefined>();

/** The site a post belongs to: the nearest folder from `fromDir` up to `stopAt` (inclusive) with a site config. */
export function detectSite(fromDir: string, stopAt: string): Site | undefined {
  const key = `${fromDir}\u0000${stopAt}`;
  if (cache.has(key)) return cache.get(key);
  let found: Site | undefined;
  let dir = path.resolve(fromDir);
  const stop = path.resolve(stopAt);
  for (;;) {
    found = siteAt(dir);
    if (found) break;
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir || path.relative(stop, dir).startsWith('..')) break;
    dir = parent;
  }
  cache.set(key, found);
  return found;
}

export function siteAt(dir: string): Site | undefined {
  for (const { kind, files } of MARKERS) {
    for (const file of files) {
      const configFile = path.join(dir, file);
      if (isFile(configFile)) return describeSite(kind, dir, configFile);
    }
  }
  // Hugo's YAML config has a generic name: count it only beside Hugo's content/ folder.
  for (const name of ['config.yaml', 'config.yml']) {
    const configFile = path.join(dir, name);
    if (isFile(configFile) && isDirectory(path.join(dir, 'content'))) return describeSite('hugo', dir, configFile);
  }
  return undefined;
}

function describeSite(kind: SiteKind, root: string, configFile: string): Site {
  const config = readText(configFile);
  const at = (...parts: string[]) => path.join(root, ...parts);
  const site: Site = { kind, root, configFile, staticDirs: [], prefixes: [], hosts: [] };
  const addHost = (url: string | undefined) => {
    const host = hostOf(url);
    if (host) site.hosts.push(host);
  };
  switch (kind) {
    case 'hugo': {
      const staticDir = tomlOrYamlValue(config, 'staticDir');
      const contentDir = tomlOrYamlValue(config, 'contentDir');
      const assetDir = tomlOrYamlValue(config, 'assetDir');
      site.staticDirs.push(at(staticDir ?? 'static'), at(assetDir ?? 'assets'), at(contentDir ?? 'content'));
      for (const theme of themeNames(config)) site.staticDirs.push(at('themes', theme, 'static'), at('themes', theme, 'assets'));
      const baseURL = tomlOrYamlValue(config, 'baseURL') ?? tomlOrYamlValue(config, 'baseurl');
      const base = basePathOf(baseURL);
      if (base) site.basePath = base;
      addHost(baseURL);
      break;
    }
    case 'jekyll': {
      // Jekyll copies every file not starting with "_" to the site, so the root itself is served;
      // Hexo (also _config.yml) serves source/.
      const source = tomlOrYamlValue(config, 'source');
      site.staticDirs.push(source ? at(source) : root, at('source'), at('assets'));
      const base = basePathOf(tomlOrYamlValue(config, 'baseurl'));
      if (base) site.basePath = base;
      addHost(tomlOrYamlValue(config, 'url'));
      break;
    }
    case 'astro': {
      site.staticDirs.push(at('public'), at('src', 'assets'), at('src'));
      const base = /\bbase\s*:\s*['"`]([^'"`]+)['"`]/.exec(config)?.[1];
      const basePath = basePathOf(base);
      if (basePath) site.basePath = basePath;
      addHost(/\bsite\s*:\s*['"`]([^'"`]+)['"`]/.exec(config)?.[1]);
      break;
    }
    case 'eleventy': {
      for (const [, from, to] of config.matchAll(/addPassthroughCopy\(\s*\{\s*['"`]([^'"`]+)['"`]\s*:\s*['"`]([^'"`]+)['"`]/g)) {
        site.prefixes.push({ prefix: `/${to!.replace(/^\.?\/+|\/+$/g, '')}`, dir: at(from!) });
      }
      for (const [, dir] of config.matchAll(/addPassthroughCopy\(\s*['"`]([^'"`*]+)['"`]/g)) {
        const clean = dir!.replace(/^\.?\/+|\/+$/g, '');
        // "src/img" is served as "/img" when src is the input folder, and as "/src/img" otherwise.
        site.prefixes.push({ prefix: `/${clean.split('/').slice(1).join('/') || clean}`, dir: at(clean) });
      }
      const input = /\binput\s*:\s*['"`]([^'"`]+)['"`]/.exec(config)?.[1];
      site.staticDirs.push(...(input ? [at(input)] : []), root, at('src'), at('public'), at('static'));
      break;
    }
  }
  site.staticDirs = [...new Set(site.staticDirs)].filter(isDirectory);
  return site;
}

/**
 * Where a site-absolute path ("/images/trip.jpg") may be on disk, most likely first. `urlPath` starts with "/".
 */
export function siteCandidates(site: Site, urlPath: string): string[] {
  const paths = [urlPath];
  if (site.basePath && (urlPath === site.basePath || urlPath.startsWith(`${site.basePath}/`))) {
    paths.unshift(urlPath.slice(site.basePath.length) || '/');
  }
  const candidates: string[] = [];
  for (const url of paths) {
    for (const { prefix, dir } of [...site.prefixes].sort((a, b) => b.prefix.length - a.prefix.length)) {
      if (url.startsWith(`${prefix}/`)) candidates.push(path.join(dir, url.slice(prefix.length + 1)));
    }
    const relative = url.replace(/^\/+/, '');
    for (const dir of site.staticDirs) candidates.push(path.join(dir, relative));
  }
  return [...new Set(candidates)];
}

/** A value of a top-level key in TOML (`key = "v"`) or YAML (`key: v`), without parsing the whole file. */
function tomlOrYamlValue(config: string, key: string): string | undefined {
  const pattern = new RegExp(`^${key}\\s*[:=]\\s*['"]?([^'"\\n#]*?)['"]?\\s*(?:#.*)?$`, 'mi');
  const value = pattern.exec(config)?.[1]?.trim();
  return value ? value : undefined;
}

function themeNames(config: string): string[] {
  const match = /^theme\s*[:=]\s*(.+)$/im.exec(config)?.[1] ?? '';
  return [...match.matchAll(/['"]?([\w.-]+)['"]?/g)].map((m) => m[1]!).filter((name) => name !== '[' && name !== ']');
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** The site-absolute path of a link to the site's own published address ("https://school.sch.uk/i/a.jpg" → "/i/a.jpg"). */
export function ownPath(site: Site, url: string): string | undefined {
  try {
    const parsed = new URL(url.startsWith('//') ? `https:${url}` : url);
    if (!/^https?:$/.test(parsed.protocol)) return undefined;
    if (!site.hosts.includes(parsed.hostname.replace(/^www\./, '').toLowerCase())) return undefined;
    return decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
}

function basePathOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let pathname = url;
  try {
    pathname = new URL(url).pathname;
  } catch {
    // a bare path such as "/school-site"
  }
  const clean = `/${pathname.replace(/^\/+|\/+$/g, '')}`;
  return clean === '/' ? undefined : clean;
}

function readText(file: string): string {
  try {
    return readOrdinaryFile(file, maxSettingsBytes()).toString('utf8');
  } catch {
    return '';
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}
