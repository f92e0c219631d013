// The `yaml` package, imported lazily (most runs never need it) and once: each import of a
// CommonJS module re-wraps its exports. In the bundle its functions sit on the default export,
// under vitest on the module itself; every caller goes through here so both work.
export type YamlModule = typeof import('yaml');

let yamlModule: Promise<YamlModule> | undefined;

export function loadYaml(): Promise<YamlModule> {
  yamlModule ??= import('yaml').then((mod: YamlModule & { default?: YamlModule }) => (typeof mod.parseDocument === 'function' ? mod : mod.default!));
  return yamlModule;
}
