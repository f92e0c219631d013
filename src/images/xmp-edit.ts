// Removes location and people properties from an XMP packet without changing its length: the
// removed text is overwritten with spaces (XMP packets are padded with whitespace anyway), so the
// packet can be patched in place in any container.
import { PERSON_KEYWORD } from './xmp.js';

const LOCATION: Record<string, RegExp> = {
  'http://ns.adobe.com/exif/1.0/': /GPS\w+/,
  'http://ns.adobe.com/photoshop/1.0/': /City|State|Country/,
  'http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/': /Location|CountryCode/,
  'http://iptc.org/std/Iptc4xmpExt/2008-02-29/': /LocationShown|LocationCreated/,
  'http://www.dji.com/drone-dji/1.0/': /Gps\w*|GPS\w*|\w*Latitude|\w*Longitude|\w*Altitude/,
};
const PEOPLE: Record<string, RegExp> = {
  'http://www.metadataworkinggroup.com/schemas/regions/': /Regions/,
  'http://ns.microsoft.com/photo/1.2/': /RegionInfo/,
  'http://iptc.org/std/Iptc4xmpExt/2008-02-29/': /PersonInImage(?:WDetails)?/,
};

export interface XmpEdit {
  packet: Buffer;
  removed: string[];
}

/** A copy of `packet` with the chosen properties blanked, and what was removed. */
export function blankXmp(packet: Buffer, options: { location: boolean; people: boolean }): XmpEdit {
  let text = packet.toString('latin1');
  const removed = new Set<string>();
  const prefixes = new Map<string, string[]>();
  for (const match of text.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']+)["']/g)) {
    const list = prefixes.get(match[2]!) ?? [];
    list.push(match[1]!);
    prefixes.set(match[2]!, list);
  }
  const targets = [...(options.location ? Object.entries(LOCATION) : []), ...(options.people ? Object.entries(PEOPLE) : [])];
  // A position in any other namespace is a position too (ExifTool reports GPSLatitude wherever it is).
  if (options.location) for (const uri of prefixes.keys()) if (!(uri in LOCATION)) targets.push([uri, /GPS\w+/]);
  for (const [uri, names] of targets) {
    for (const prefix of prefixes.get(uri) ?? []) {
      const p = escape(prefix);
      const n = `(${names.source})`;
      const patterns = [
        new RegExp(`<${p}:${n}\\b[^>]*?/>`, 'g'),
        new RegExp(`<${p}:${n}\\b(?:[^>]*?[^/])?>[\\s\\S]*?</${p}:\\1\\s*>`, 'g'),
        new RegExp(`\\s${p}:${n}\\s*=\\s*(?:"[^"]*"|'[^']*')`, 'g'),
      ];
      for (const pattern of patterns) {
        text = text.replace(pattern, (whole: string, name: string) => {
          removed.add(`XMP ${prefix}:${name}`);
          return whole.replace(/[^\r\n]/g, ' ');
        });
      }
    }
  }
  // A person filed as a keyword ("People|Amelia Smith" in Lightroom, digiKam or Windows): that item
  // only, the other keywords stay.
  if (options.people) {
    text = text.replace(/<rdf:li\b[^>]*>([^<]*)<\/rdf:li\s*>/g, (whole: string, item: string) => {
      if (!PERSON_KEYWORD.test(item)) return whole;
      removed.add('XMP people keywords');
      return whole.replace(/[^\r\n]/g, ' ');
    });
  }
  return { packet: Buffer.from(text, 'latin1'), removed: [...removed] };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
