// Removes location and people properties from an XMP packet without changing its length: the
// removed text is overwritten with spaces (XMP packets are padded with whitespace anyway), so the
// packet can be patched in place in any container.
import { xmlEncoding } from '../load/decode.js';
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
  'http://iptc.org/std/Iptc4xmpExt/2008-02-29/': /PersonInImage(?:WDetails)?|ImageRegion/,
  'http://ns.iview-multimedia.com/mediapro/1.0/': /People/,
  'http://ns.microsoft.com/expressionmedia/1.0/': /People/,
  'http://xmp.gettyimages.com/gift/1.0/': /Personality/,
};

export interface XmpEdit {
  packet: Buffer;
  removed: string[];
}

/** A copy of `packet` with the chosen properties blanked, and what was removed. */
export function blankXmp(packet: Buffer, options: { location: boolean; people: boolean }): XmpEdit {
  const units = codeUnits(packet);
  let text = units.text;
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
  return { packet: removed.size ? units.encode(text) : packet, removed: [...removed] };
}

/**
 * The packet as one character per code unit of its encoding (a byte of UTF-8, two bytes of UTF-16,
 * four of UTF-32 — the XMP specification allows all three), so that blanking a character blanks
 * exactly its bytes; `encode` writes such a text back at the packet's length.
 */
function codeUnits(packet: Buffer): { text: string; encode(text: string): Buffer } {
  const { encoding } = xmlEncoding(packet);
  if (encoding === 'utf-8') return { text: packet.toString('latin1'), encode: (text) => Buffer.from(text, 'latin1') };
  const size = encoding.startsWith('utf-16') ? 2 : 4;
  const little = encoding.endsWith('le');
  const count = Math.floor(packet.length / size);
  const units: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = i * size;
    units.push(size === 2 ? (little ? packet.readUInt16LE(at) : packet.readUInt16BE(at)) : little ? packet.readUInt32LE(at) : packet.readUInt32BE(at));
  }
  // A UTF-32 unit beyond one JavaScript character stands as U+FFFD; it is written back as it was unless blanked.
  const text = units.map((u) => (u <= 0xffff ? String.fromCharCode(u) : '\uFFFD')).join('');
  return {
    text,
    encode(edited) {
      const out = Buffer.from(packet);
      for (let i = 0; i < count; i++) {
        if (edited[i] === text[i]) continue;
        const unit = edited.charCodeAt(i);
        const at = i * size;
        if (size === 2 && little) out.writeUInt16LE(unit, at);
        else if (size === 2) out.writeUInt16BE(unit, at);
        else if (little) out.writeUInt32LE(unit, at);
        else out.writeUInt32BE(unit, at);
      }
      return out;
    },
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
