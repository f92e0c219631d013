// The XML parts of Office files (Word documents, Excel workbooks), read with htmlparser2 in XML mode:
// a streaming parser that never expands a DOCTYPE's entities. Its element stack costs time in
// proportion to the depth at every tag, so a file nested absurdly deep (real documents nest a few
// dozen levels) is refused before parsing, found by a linear scan of its tags.
import { Parser } from 'htmlparser2';

export const MAX_XML_DEPTH = 2000;

/** Too deep to read: the message says how deep. */
export class XmlTooDeep extends Error {}

export function parseXml(xml: string, handlers: ConstructorParameters<typeof Parser>[0]): void {
  if (!xml) return;
  const depth = xml.length > MAX_XML_DEPTH * 4 ? xmlDepth(xml) : 0;
  if (depth > MAX_XML_DEPTH) throw new XmlTooDeep(`its XML nests ${depth} elements deep, more than the ${MAX_XML_DEPTH} the auditor reads`);
  const parser = new Parser(handlers, { xmlMode: true, decodeEntities: true });
  parser.write(xml);
  parser.end();
}

/** How deep the elements nest, from the tags alone (comments, declarations and self-closing tags add nothing). */
export function xmlDepth(xml: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of xml.matchAll(/<(\/?)[A-Za-z_][^<>]*?(\/?)>/g)) {
    if (match[2]) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}
