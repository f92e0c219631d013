// The XML parts of Office files (Word documents, Excel workbooks), read with htmlparser2 in XML mode:
// a streaming parser that never expands a DOCTYPE's entities. Its element stack costs time in
// proportion to the depth at every tag, so a file nested absurdly deep (real documents nest a few
// dozen levels) is refused as soon as the parser gets that deep.
import { Parser } from 'htmlparser2';

export const MAX_XML_DEPTH = 2000;

/** Too deep to read: the message says so. */
export class XmlTooDeep extends Error {}

type Handlers = Partial<Pick<NonNullable<ConstructorParameters<typeof Parser>[0]>, 'onopentag' | 'onclosetag' | 'ontext'>>;

export { xmlText } from './decode.js';

export function parseXml(xml: string, handlers: Handlers): void {
  if (!xml) return;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes, implied) {
        if (++depth > MAX_XML_DEPTH) throw new XmlTooDeep(`its XML nests more than ${MAX_XML_DEPTH} elements deep, deeper than any real document, so it was not read`);
        handlers.onopentag?.(name, attributes, implied);
      },
      onclosetag(name, implied) {
        depth--;
        handlers.onclosetag?.(name, implied);
      },
      ...(handlers.ontext ? { ontext: handlers.ontext } : {}),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}
