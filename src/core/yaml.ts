// The `yaml` package, imported lazily (most runs never need it) and once: each import of a
// CommonJS module re-wraps its exports. In the bundle its functions sit on the default export,
// under vitest on the module itself; every caller goes through here so both work.
export type YamlModule = typeof import('yaml');

let yamlModule: Promise<YamlModule> | undefined;

export function loadYaml(): Promise<YamlModule> {
  yamlModule ??= import('yaml').then((mod: YamlModule & { default?: YamlModule }) => (typeof mod.parseDocument === 'function' ? mod : mod.default!));
  return yamlModule;
}

/** Deeper than this, in brackets or in columns of indentation, YAML is not parsed (see `yamlTooDeep`). */
export const MAX_YAML_FLOW_DEPTH = 100;
export const MAX_YAML_INDENT = 200;

/**
 * Why this YAML is too deeply nested to be given to the parser, or undefined. The `yaml` package
 * recurses once per level: about a thousand '[' or '- ' overflowed the stack (reported as an error),
 * and the next parse in the same process then died in V8 itself ("RegExpCompiler Allocation failed",
 * exit 134, a native stack trace) — two posts with such front matter in one folder. An upper bound,
 * without parsing: brackets outside quotes and comments, and each line's indentation with its
 * leading "- ", "? " and ": " indicators.
 */
export function yamlTooDeep(text: string): string | undefined {
  let flow = 0;
  let deepest = 0;
  let quote = '';
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (i === lineStart) {
      const lead = /^[ \t]*(?:[-?:][ \t]+)*/.exec(text.slice(i, i + MAX_YAML_INDENT + 2))![0];
      if (lead.length > MAX_YAML_INDENT) return `nested more than ${MAX_YAML_INDENT} columns deep`;
    }
    if (c === '\n') {
      lineStart = i + 1;
      if (quote === "'" || quote === '"') continue;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
    } else if (c === '[' || c === '{') {
      if (++flow > deepest) deepest = flow;
      if (deepest > MAX_YAML_FLOW_DEPTH) return `nested more than ${MAX_YAML_FLOW_DEPTH} brackets deep`;
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return undefined;
}

/**
 * `yaml.parse`, with a key repeated in a mapping found by a set rather than by the parser, which
 * compares each key with every one before it: a config of 200,000 keys (2 MB) took minutes.
 * Errors as `yaml.parse` throws them ("Map keys must be unique" for a repeated key).
 */
export function parseYaml(yaml: YamlModule, text: string): unknown {
  const doc = yaml.parseDocument(text, { uniqueKeys: false, logLevel: 'error' });
  if (doc.errors.length > 0) throw doc.errors[0]!;
  yaml.visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!yaml.isScalar(key)) continue;
        if (seen.has(key.value)) throw new Error(`Map keys must be unique ("${String(key.value).slice(0, 80)}" is repeated)`);
        seen.add(key.value);
      }
    },
  });
  return doc.toJS();
}
