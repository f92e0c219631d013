// The XML parts of Office files (Word documents, Excel workbooks), read with htmlparser2 in XML mode:
// a streaming parser that never expands a DOCTYPE's entities. Its element stack costs time in
// proportion to the depth at every tag, so a file nested absurdly deep (real documents nest a few
// dozen levels) is refused as soon as the parser gets that deep.
import { Parser } from 'htmlparser2';

export const MAX_XML_DEPTH = 2000;

/** XML the auditor will not read (nested too deep, entities declared): the message says why. */
export class XmlRefused extends Error {}
/** Too deep to read: the message says so. */
export class XmlTooDeep extends XmlRefused {}

type Handlers = Partial<Pick<NonNullable<ConstructorParameters<typeof Parser>[0]>, 'onopentag' | 'onclosetag' | 'ontext'>>;

export { xmlText } from './decode.js';

/**
 * The prefix a reader expects for each namespace it reads, by the namespace's URI ('' for none). XML
 * lets a writer bind any prefix: Word and Excel open a document whose body is `<x:document
 * xmlns:x="…wordprocessingml…">` or in the default namespace, and read by its prefixes alone, such a
 * document passed with none of its text read.
 */
export type Namespaces = Readonly<Record<string, string>>;

/** The relationship parts of Office files (_rels/*.rels) and the relationship attributes (r:id). */
export const OFFICE_RELATIONSHIPS: Namespaces = {
  'http://schemas.openxmlformats.org/package/2006/relationships': '',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
};

export function parseXml(xml: string, handlers: Handlers, namespaces?: Namespaces): void {
  if (!xml) return;
  let depth = 0;
  const names = namespaces && new NameMapper(namespaces);
  const parser = new Parser(
    {
      onopentag(name, attributes, implied) {
        if (++depth > MAX_XML_DEPTH) throw new XmlTooDeep(`its XML nests more than ${MAX_XML_DEPTH} elements deep, deeper than any real document, so it was not read`);
        if (names) ({ name, attributes } = names.open(name, attributes));
        handlers.onopentag?.(name, attributes, implied);
      },
      onclosetag(name, implied) {
        depth--;
        if (names) name = names.close(name);
        handlers.onclosetag?.(name, implied);
      },
      // Entities are never expanded, so text written as one (`<!ENTITY a "07700 900123">` … `&a;`)
      // would go unchecked: a part that declares any is refused. Office never writes a DOCTYPE.
      onprocessinginstruction(name, data) {
        if (/^!(?:doctype|entity)$/i.test(name) && /<?!ENTITY\b/i.test(data)) throw new XmlRefused('its XML declares entities (<!ENTITY), which the auditor does not expand, so text written as one could not be checked');
      },
      ...(handlers.ontext ? { ontext: handlers.ontext } : {}),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

/** Renames elements and attributes to the prefixes a reader expects, following the xmlns declarations in scope. */
class NameMapper {
  /** For each open element: prefix → the expected prefix ('' for none) of what it is bound to, in scope there. */
  private readonly scopes: Map<string, string | undefined>[] = [new Map()];
  private readonly names: string[] = [];

  constructor(private readonly namespaces: Namespaces) {}

  open(name: string, attributes: Record<string, string>): { name: string; attributes: Record<string, string> } {
    let scope = this.scopes.at(-1)!;
    for (const key in attributes) {
      if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
      if (scope === this.scopes.at(-1)) scope = new Map(scope);
      scope.set(key === 'xmlns' ? '' : key.slice(6), this.namespaces[attributes[key]!]);
    }
    this.scopes.push(scope);
    const renamed: Record<string, string> = {};
    for (const key in attributes) renamed[key.includes(':') ? this.rename(key, scope) : key] = attributes[key]!;
    const mapped = this.rename(name, scope);
    this.names.push(mapped);
    return { name: mapped, attributes: renamed };
  }

  close(name: string): string {
    this.scopes.pop();
    return this.names.pop() ?? name;
  }

  private rename(qualified: string, scope: Map<string, string | undefined>): string {
    const colon = qualified.indexOf(':');
    const prefix = colon < 0 ? '' : qualified.slice(0, colon);
    if (prefix === 'xml' || prefix === 'xmlns' || !scope.has(prefix)) return qualified;
    const expected = scope.get(prefix);
    if (expected === undefined) return qualified;
    const local = qualified.slice(colon + 1);
    return expected ? `${expected}:${local}` : local;
  }
}
