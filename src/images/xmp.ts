// XMP packets → what they give away. exifr parses the RDF; we pick properties by namespace URI
// (prefixes vary between writers).
import { xmlEncoding, xmlText } from '../load/decode.js';
import { addValue, type ImageMetadata, type MetadataValue } from './types.js';
import { escapeRegExp } from '../core/regex.js';
import { pushAll } from '../core/arrays.js';
import { CorruptFile } from './bytes.js';

type Exifr = { sidecar(input: Buffer, options: Record<string, unknown>, type: string): Promise<unknown> };
let exifrPromise: Promise<Exifr> | undefined;
export function loadExifr(): Promise<Exifr> {
  exifrPromise ??= import('exifr').then((m) => {
    // The ESM build exports `sidecar` by name only; the CommonJS build also on the default object.
    const named = m as unknown as Partial<Exifr> & { default?: Partial<Exifr> };
    const sidecar = named.sidecar ?? named.default?.sidecar;
    if (!sidecar) throw new Error('the XMP parser (exifr) is missing its sidecar reader');
    return { sidecar } as Exifr;
  });
  return exifrPromise;
}

const NS = {
  exif: 'http://ns.adobe.com/exif/1.0/',
  exifEX: 'http://cipa.jp/exif/1.0/',
  aux: 'http://ns.adobe.com/exif/1.0/aux/',
  tiff: 'http://ns.adobe.com/tiff/1.0/',
  dc: 'http://purl.org/dc/elements/1.1/',
  photoshop: 'http://ns.adobe.com/photoshop/1.0/',
  Iptc4xmpCore: 'http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/',
  Iptc4xmpExt: 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/',
  'mwg-rs': 'http://www.metadataworkinggroup.com/schemas/regions/',
  MP: 'http://ns.microsoft.com/photo/1.2/',
  xmpRights: 'http://ns.adobe.com/xap/1.0/rights/',
  'drone-dji': 'http://www.dji.com/drone-dji/1.0/',
  plus: 'http://ns.useplus.org/ldf/xmp/1.0/',
  lr: 'http://ns.adobe.com/lightroom/1.0/',
  digiKam: 'http://www.digikam.org/ns/1.0/',
  MicrosoftPhoto: 'http://ns.microsoft.com/photo/1.0/',
  mediapro: 'http://ns.iview-multimedia.com/mediapro/1.0/',
  expressionmedia: 'http://ns.microsoft.com/expressionmedia/1.0/',
  GettyImagesGIFT: 'http://xmp.gettyimages.com/gift/1.0/',
} as const;
type Prefix = keyof typeof NS;

/**
 * Property names worth parsing for: a packet with none of them is skipped without parsing. A word
 * counts anywhere in a small packet (searched as bytes, no string decoding); in a packet over 64 KB
 * only inside the names of its elements and attributes.
 */
const INTERESTING = [
  'GPSLatitude', 'GPSLongitude', 'Latitude', 'City', 'State', 'Country', 'Location', 'Region', 'PersonInImage',
  'PersonDisplayName', 'creator', 'rights', 'Artist', 'Copyright', 'SerialNumber', 'Owner', 'Make', 'Model', 'By-line',
  'CreatorContactInfo', 'Credit', 'ImageCreator', 'hierarchicalSubject', 'TagsList', 'LastKeywordXMP', 'People', 'ImageRegion', 'Personality', 'GPSAreaInformation',
].map((word) => Buffer.from(word, 'latin1'));

const INTERESTING_NAME = new RegExp(INTERESTING.map((w) => escapeRegExp(w.toString('latin1'))).join('|'));
/** With captions asked for (ReadOptions.captions), these too: a photo's title, description, keywords. */
const CAPTION_WORDS = ['description', 'title', 'subject', 'Headline', 'AltTextAccessibility', 'ExtDescrAccessibility'].map((word) => Buffer.from(word, 'latin1'));
const CAPTION_NAME = new RegExp(CAPTION_WORDS.map((w) => escapeRegExp(w.toString('latin1'))).join('|'));
/**
 * A depth map or preview stored in base64 makes a packet of megabytes. Searching all of it for
 * the words above took 9 ms a photo (Google Camera's portrait photos); base64 holds no ":" or "<",
 * so the names are found by jumping from one of those to the next.
 */
const ONE_PASS_BYTES = 64 * 1024;

export function xmpMightMatter(packet: Buffer, captions = false): boolean {
  if (packet.length > ONE_PASS_BYTES) return someName(packet, (_prefix, local) => INTERESTING_NAME.test(local) || (captions && CAPTION_NAME.test(local)));
  for (const word of INTERESTING) if (packet.includes(word)) return true;
  if (captions) for (const word of CAPTION_WORDS) if (packet.includes(word)) return true;
  return false;
}

const EDIT_MARKS = ['xmpMM:History', 'crs:'].map((word) => Buffer.from(word, 'latin1'));

/** The packet records an edit history (Photoshop, Lightroom) or raw-converter settings. */
export function xmpEdited(packet: Buffer): boolean {
  if (packet.length > ONE_PASS_BYTES) return someName(packet, (prefix, local) => prefix.endsWith('crs') || (prefix.endsWith('xmpMM') && local.startsWith('History')));
  for (const word of EDIT_MARKS) if (packet.includes(word)) return true;
  return false;
}

const COLON = 0x3a;
const LESS_THAN = 0x3c;
/** ASCII letters, digits, "-", "." and "_": the characters of the XML names XMP writers use. */
const NAME_BYTE = new Uint8Array(256);
for (let b = 0; b < 256; b++) NAME_BYTE[b] = /[A-Za-z0-9._-]/.test(String.fromCharCode(b)) ? 1 : 0;

/**
 * Whether `test` holds for a name in the packet: each "prefix:local" (the prefix is what precedes
 * the colon) and each unprefixed element name after "<" (prefix "").
 */
function someName(packet: Buffer, test: (prefix: string, local: string) => boolean): boolean {
  for (let at = packet.indexOf(COLON); at !== -1; at = packet.indexOf(COLON, at + 1)) {
    let start = at;
    while (start > 0 && NAME_BYTE[packet[start - 1]!]) start--;
    let end = at + 1;
    while (end < packet.length && NAME_BYTE[packet[end]!]) end++;
    if (end > at + 1 && test(packet.toString('latin1', start, at), packet.toString('latin1', at + 1, end))) return true;
  }
  for (let at = packet.indexOf(LESS_THAN); at !== -1; at = packet.indexOf(LESS_THAN, at + 1)) {
    let start = at + 1;
    if (packet[start] === 0x2f) start++; // "</"
    let end = start;
    while (end < packet.length && NAME_BYTE[packet[end]!]) end++;
    if (end > start && packet[end] !== COLON && test('', packet.toString('latin1', start, end))) return true;
  }
  return false;
}

type Tree = Record<string, unknown>;

/**
 * An XMP packet in UTF-8: one written in UTF-16 or UTF-32 (the XMP specification allows them; a
 * sidecar saved by a Windows tool can be) is re-encoded, a UTF-8 one given back as it is.
 */
export function xmpAsUtf8(packet: Buffer): Buffer {
  return xmlEncoding(packet).encoding === 'utf-8' ? packet : Buffer.from(xmlText(packet), 'utf8');
}

/** exifr's pattern for an rdf:Description element (XmlTag.findAll in exifr/src/segment-parsers/xmp.mjs). */
const EXIFR_DESCRIPTION = /<(rdf):(Description)(#\d+)?((\s+?[\w\d-:]+=("[^"]*"|'[^']*'))*\s*)(\/>|>([\s\S]*?)<\/\1:\2\3>)/m;

/** Names every object has (Object.prototype's): "__proto__", "constructor", "toString" … */
const INHERITED = /__proto__|__defineGetter__|__defineSetter__|__lookupGetter__|__lookupSetter__|constructor|hasOwnProperty|isPrototypeOf|propertyIsEnumerable|toLocaleString|toString|valueOf/;
/** An element's name ("<ns:name", "</ns:name") or an attribute's ("ns:name="), prefix and local part. */
const XML_NAME = /(<\/?|\s)([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?(?=(\s*=)|[\s>/])/g;

/**
 * exifr stores each property under its prefix and name by assignment: a packet naming one
 * "<__proto__:Sublocation>" gave every object in the process a Sublocation (the next photo's place was
 * reported as the hostile one's), and "<constructor:keysX>" set a property of Object itself. Such names
 * get a "_" before exifr sees them, so each stays a property of its own photo's tree.
 */
function withOwnNames(packet: Buffer): Buffer {
  const text = packet.toString('utf8');
  if (!INHERITED.test(text)) return packet;
  const own = (name: string | undefined) => (name !== undefined && name in Object.prototype ? `${name}_` : name);
  const renamed = text.replace(XML_NAME, (whole, before: string, prefix: string, local: string | undefined, attribute: string | undefined) => {
    if (before !== '<' && before !== '</' && attribute === undefined) return whole; // a word of text, not a name
    if (!(prefix in Object.prototype) && !(local !== undefined && local in Object.prototype)) return whole;
    return `${before}${own(prefix)}${local === undefined ? '' : `:${own(local)}`}`;
  });
  return renamed === text ? packet : Buffer.from(renamed, 'utf8');
}

/**
 * A packet (in UTF-8) with a document type declaration: its entities (`<!ENTITY i "&h;&h;…">`,
 * `SYSTEM "file:///…"`) are never expanded, so a property written as one (`<exif:GPSLatitude>&i;`)
 * cannot be read, and the photo passed on what was left. Refused, before any parse.
 */
export function assertNoDoctype(packet: Buffer, what = 'its XMP'): void {
  if (packet.includes('<!DOCTYPE') || packet.includes('<!ENTITY')) {
    throw new CorruptFile(`${what} declares a document type or entities, which the auditor does not expand, so what its properties say cannot be read`);
  }
}

/** Packets above this are checked for depth first (an edit history is a few hundred kilobytes). */
const DEPTH_CHECKED_BYTES = 1024 * 1024;
/** Deeper than any real packet (as for Office XML, load/xml.ts). */
export const MAX_XMP_DEPTH = 2000;

/**
 * The XMP parser searches each element's content for its end tag again at every level, so a 32 MB
 * sidecar nested 880,000 deep took 56 s before it ran out of stack. Counted in one pass over the
 * bytes: `<name` opens, `</` and `/>` close; comments, processing instructions and CDATA do neither.
 */
function assertShallow(packet: Buffer): void {
  let depth = 0;
  for (let at = packet.indexOf(LT); at !== -1; at = packet.indexOf(LT, at + 1)) {
    const next = packet[at + 1];
    if (next === SLASH) depth--;
    else if (next !== QUESTION && next !== BANG) {
      const end = packet.indexOf(GT, at + 1);
      if (end === -1) break;
      if (packet[end - 1] !== SLASH && ++depth > MAX_XMP_DEPTH) throw new CorruptFile(`its XMP nests more than ${MAX_XMP_DEPTH} elements deep, deeper than any real packet, so it was not read`);
      at = end;
    }
  }
}
const [LT, GT, SLASH, QUESTION, BANG] = [0x3c, 0x3e, 0x2f, 0x3f, 0x21];

/** Parses a packet in any encoding `xmpAsUtf8` reads (for a UTF-8 one, that is a look at its first bytes). */
export async function parseXmp(raw: Buffer): Promise<Tree> {
  const packet = withOwnNames(xmpAsUtf8(raw));
  if (packet.length > DEPTH_CHECKED_BYTES) assertShallow(packet);
  const exifr = await loadExifr();
  const parsed = (await exifr.sidecar(packet, { xmp: { parse: true, multiSegment: true } }, 'xmp')) as Tree | undefined;
  if (!parsed || typeof parsed !== 'object') {
    if (holdsNothing(packet)) return { xmlns: {} };
    throw new Error('the XMP packet could not be parsed');
  }
  // exifr reads the properties of each rdf:Description its pattern finds; finding none in a packet
  // that has one (a damaged closing tag, an attribute name it does not expect: 'xmlns:Iptc4xmpýxt')
  // it reads the whole packet as one description, and nothing it says lands where it is looked for.
  const text = packet.toString('utf8');
  if (text.includes('<rdf:Description') && !EXIFR_DESCRIPTION.test(text)) throw new Error('the XMP packet is damaged: none of its descriptions could be read');
  // exifr lists only the namespaces declared on rdf:Description; ones declared on rdf:RDF or
  // x:xmpmeta under a prefix of the writer's own ("dd:creator" for dc) are found here.
  const declared = (parsed.xmlns ?? {}) as Record<string, string>;
  for (const [, prefix, uri] of text.matchAll(/xmlns:([A-Za-z_][\w.-]*)\s*=\s*["']([^"']*)["']/g)) {
    if (!(prefix! in declared)) declared[prefix!] = uri!;
  }
  parsed.xmlns = declared;
  return parsed;
}

/**
 * A packet whose descriptions hold no property, as a cleaned sidecar's can once its face regions are
 * blanked (its namespaces declared on x:xmpmeta): exifr gives no tree for it, yet nothing is unread.
 */
function holdsNothing(packet: Buffer): boolean {
  const rest = packet
    .toString('utf8')
    .replace(/<!--[\s\S]*?-->|<\?(xpacket|xml)\b[^>]*\?>/g, '')
    .replace(/<\/?x:xmpmeta\b[^>]*>/g, '')
    .replace(/<\/?rdf:RDF\b[^>]*>/g, '')
    .replace(/<rdf:Description(\s+(xmlns(:[\w.-]+)?|rdf:about)\s*=\s*("[^"]*"|'[^']*'))*\s*\/?>/g, '')
    .replace(/<\/rdf:Description>/g, '');
  return rest.trim() === '';
}

/** Adds what a parsed XMP tree reveals to `metadata`; `origin` is "XMP" or "XMP sidecar". */
export function collectXmp(tree: Tree, metadata: ImageMetadata, origin: string): void {
  const xmlns = (tree.xmlns ?? {}) as Record<string, string>;
  // The first prefix declared for each namespace URI.
  const prefixes = new Map<unknown, string>();
  for (const [prefix, uri] of Object.entries(xmlns)) if (!prefixes.has(uri)) prefixes.set(uri, prefix);
  const ns = (prefix: Prefix): Tree | undefined => {
    const declared = prefixes.get(NS[prefix]);
    const value = tree[declared ?? prefix];
    return value && typeof value === 'object' ? (value as Tree) : undefined;
  };
  const add = (list: MetadataValue[], field: string, value: unknown) => {
    for (const text of texts(value)) addValue(list, `${origin} ${field}`, text);
  };

  // A position in any namespace counts (ExifTool reports GPSLatitude/GPSLongitude wherever they
  // are); DJI drones write drone-dji:GpsLatitude/GpsLongitude (some firmware "GpsLongtitude"), or Latitude/Longitude.
  const djiPrefix = prefixes.get(NS['drone-dji']) ?? 'drone-dji';
  for (const [prefix, value] of Object.entries(tree)) {
    if (prefix === 'xmlns' || !value || typeof value !== 'object' || Array.isArray(value)) continue;
    const block = value as Tree;
    const dji = prefix === djiPrefix;
    const name = xmlns[prefix] === NS.exif ? 'exif' : dji ? 'drone-dji' : prefix;
    // The camera's position, or else the destination's (the place photographed: ExifTool prints it too).
    const lat = xmpDegrees(block.GPSLatitude ?? (dji ? (block.GpsLatitude ?? block.Latitude) : undefined));
    const lon = xmpDegrees(block.GPSLongitude ?? (dji ? (block.GpsLongitude ?? block.GpsLongtitude ?? block.Longitude) : undefined));
    const destLat = xmpDegrees(block.GPSDestLatitude);
    const destLon = xmpDegrees(block.GPSDestLongitude);
    if (lat !== undefined && lon !== undefined) metadata.gps.push({ latitude: lat, longitude: lon, source: origin, field: `${name}:GPSLatitude` });
    else if (destLat !== undefined && destLon !== undefined) metadata.gps.push({ latitude: destLat, longitude: destLon, source: origin, field: `${name}:GPSDestLatitude` });
  }

  add(metadata.locationNames, 'exif:GPSAreaInformation', ns('exif')?.GPSAreaInformation);
  const photoshop = ns('photoshop');
  if (photoshop) for (const key of ['City', 'State', 'Country'] as const) add(metadata.locationNames, `photoshop:${key}`, photoshop[key]);
  const core = ns('Iptc4xmpCore');
  if (core) {
    add(metadata.locationNames, 'Iptc4xmpCore:Location', core.Location);
    // The photographer's e-mail, phone and postal address.
    add(metadata.owner, 'Iptc4xmpCore:CreatorContactInfo', namesIn(core.CreatorContactInfo, CONTACT_FIELDS));
  }
  if (photoshop) add(metadata.copyright, 'photoshop:Credit', photoshop.Credit);
  const plus = ns('plus');
  if (plus) {
    add(metadata.owner, 'plus:ImageCreator', namesIn(plus.ImageCreator, ['ImageCreatorName']));
    add(metadata.copyright, 'plus:CopyrightOwner', namesIn(plus.CopyrightOwner, ['CopyrightOwnerName']));
  }
  const ext = ns('Iptc4xmpExt');
  if (ext) {
    for (const key of ['LocationShown', 'LocationCreated'] as const) add(metadata.locationNames, `Iptc4xmpExt:${key}`, placeParts(ext[key]));
    add(metadata.people, 'Iptc4xmpExt:PersonInImage', ext.PersonInImage);
    add(metadata.people, 'Iptc4xmpExt:PersonInImageWDetails', namesIn(ext.PersonInImageWDetails, ['PersonName']));
    add(metadata.people, 'Iptc4xmpExt:ImageRegion', imageRegionPeople(ext.ImageRegion));
  }
  // Media Pro's (iView, Phase One) and Expression Media's lists of the people in the picture, and
  // Getty Images' named personalities (ExifTool: XMP-expressionmedia:People, XMP-getty:Personality).
  add(metadata.people, 'mediapro:People', ns('mediapro')?.People);
  add(metadata.people, 'expressionmedia:People', ns('expressionmedia')?.People);
  add(metadata.people, 'GettyImagesGIFT:Personality', ns('GettyImagesGIFT')?.Personality);
  // Face regions: the XMP parser flattens nested rdf:Description structures unevenly (a region
  // written as attributes ends up directly under its namespace), so names are looked for anywhere
  // in the namespace, and Microsoft's PersonDisplayName anywhere in the packet.
  // Keyword trees where Lightroom, digiKam and Windows file a tagged person: "People|Amelia Smith".
  for (const [prefix, key] of [['lr', 'hierarchicalSubject'], ['digiKam', 'TagsList'], ['MicrosoftPhoto', 'LastKeywordXMP']] as const) {
    const tree = ns(prefix);
    if (tree) add(metadata.people, `${prefix}:${key}`, texts(tree[key]).map(personKeyword).filter((name) => name !== undefined));
  }
  const regions = ns('mwg-rs');
  if (regions) add(metadata.people, 'mwg-rs:Regions', namesIn(regions, ['Name']));
  add(metadata.people, 'MP:RegionInfo', namesIn(tree, ['PersonDisplayName']));

  const dc = ns('dc');
  if (dc) {
    add(metadata.owner, 'dc:creator', dc.creator);
    add(metadata.copyright, 'dc:rights', dc.rights);
  }
  if (metadata.captions) {
    for (const key of ['title', 'description', 'subject'] as const) add(metadata.captions, `dc:${key}`, dc?.[key]);
    add(metadata.captions, 'photoshop:Headline', photoshop?.Headline);
    for (const key of ['AltTextAccessibility', 'ExtDescrAccessibility'] as const) add(metadata.captions, `Iptc4xmpCore:${key}`, core?.[key]);
  }
  const tiff = ns('tiff');
  if (tiff) {
    add(metadata.owner, 'tiff:Artist', tiff.Artist);
    add(metadata.copyright, 'tiff:Copyright', tiff.Copyright);
    if (!metadata.device.make) metadata.device.make = texts(tiff.Make)[0];
    if (!metadata.device.model) metadata.device.model = texts(tiff.Model)[0];
  }
  const aux = ns('aux');
  const exifEX = ns('exifEX');
  const serial = texts(aux?.SerialNumber)[0] ?? texts(exifEX?.BodySerialNumber)[0];
  if (serial && !metadata.device.serial) metadata.device.serial = serial;
  const owner = texts(aux?.OwnerName)[0] ?? texts(exifEX?.CameraOwnerName)[0];
  if (owner) {
    add(metadata.owner, aux?.OwnerName !== undefined ? 'aux:OwnerName' : 'exifEX:CameraOwnerName', owner);
    metadata.device.owner ??= owner;
  }
  const rights = ns('xmpRights');
  if (rights) add(metadata.owner, 'xmpRights:Owner', rights.Owner);
  for (const key of Object.keys(metadata.device) as (keyof ImageMetadata['device'])[]) if (metadata.device[key] === undefined) delete metadata.device[key];
}

/** Every non-empty text in a value (strings, numbers, arrays, lang-alt objects, structures). */
export function texts(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') {
    const text = xmlValue(value).trim();
    return text && !/^(unknown|none)$/i.test(text) ? [text] : [];
  }
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value === 'object') {
    const object = value as Tree;
    if ('value' in object) return texts(object.value);
    return Object.entries(object)
      .filter(([key]) => key !== 'lang' && key !== 'parseType')
      .flatMap(([, v]) => texts(v));
  }
  return [];
}

/**
 * The XMP parser leaves XML's escapes in text: writers escape & < > " ' (ExifTool writes "O'Brien"
 * as O&#39;Brien), so a name is only the name once they are undone — in one pass, so "&amp;lt;"
 * stays the text "&lt;".
 */
function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi, (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return XML_ENTITIES[name.toLowerCase()]!;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A property's text as XML means it: escapes undone, and CDATA sections (left whole by the parser) unwrapped. */
function xmlValue(text: string): string {
  if (!text.includes('<![CDATA[')) return unescapeXml(text);
  return text
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : unescapeXml(part)))
    .join('');
}

/** The person in a keyword filed under People (or Persons, Faces): "People|Amelia Smith" → "Amelia Smith". */
export const PERSON_KEYWORD = /^\s*(?:people|persons?|faces?)\s*[|/]\s*(?:[^|/]*[|/]\s*)*([^|/]+?)\s*$/i;
function personKeyword(keyword: string): string | undefined {
  return PERSON_KEYWORD.exec(keyword)?.[1];
}

/** IPTC Core's creator contact fields. */
const CONTACT_FIELDS = ['CiEmailWork', 'CiTelWork', 'CiUrlWork', 'CiAdrExtadr', 'CiAdrCity', 'CiAdrRegion', 'CiAdrPcode', 'CiAdrCtry'];

/** The place-name parts of a LocationShown/LocationCreated structure (codes left out). */
function placeParts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(placeParts);
  if (!value || typeof value !== 'object') return value;
  const s = value as Tree;
  // A place given only by its coordinates is still a place.
  const position = s.GPSLatitude !== undefined && s.GPSLongitude !== undefined ? `${texts(s.GPSLatitude)[0] ?? ''} ${texts(s.GPSLongitude)[0] ?? ''}` : undefined;
  return [s.Sublocation, s.City, s.ProvinceState, s.CountryName, s.WorldRegion, s.LocationName, position];
}

/** Values of the given keys anywhere inside a structure (face regions nest them in lists). */
/**
 * The names of IPTC image regions (2019) that show a person: those whose content type is a person
 * or face ("…/imageregiontype/human"), or that say nothing of what they show. A region typed as
 * something else ("…/imageregiontype/animal", a product, a text) is not someone's name.
 */
function imageRegionPeople(value: unknown): string[] {
  const regions = (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((region): region is Tree => !!region && typeof region === 'object');
  const names: string[] = [];
  for (const region of regions) {
    const types = texts(region.rCtype).concat(texts(region.rRole));
    if (types.length > 0 && !types.some((type) => /human|person|face|people/i.test(type))) continue;
    pushAll(names, texts(region.Name));
  }
  return names;
}

function namesIn(value: unknown, keys: string[], out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) if (v && typeof v === 'object') namesIn(v, keys, out);
    return out;
  }
  if (!value || typeof value !== 'object') return out;
  const object = value as Tree;
  for (const key of Object.keys(object)) {
    const child = object[key];
    if (keys.includes(key)) pushAll(out, texts(child));
    else if (child && typeof child === 'object') namesIn(child, keys, out);
  }
  return out;
}

/**
 * XMP GPS coordinates: "23,55.194960N", "23,55,11.69N" or a decimal number — and, as ExifTool reads
 * them (ToDegrees), degrees, minutes and seconds as the first three numbers in any other text
 * ("54 deg 30' 0.00\" N"), south and west told by a minus or the letter. The text is XML's: escapes
 * ("54&#44;30.0N") and CDATA undone. Read strictly, each of those passed while ExifTool printed it.
 */
export function xmpDegrees(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  // A value written as a structure: <exif:GPSLatitude><rdf:Description><rdf:value>…
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Tree;
    return xmpDegrees('value' in object ? object.value : object.Description);
  }
  if (typeof value !== 'string') return undefined;
  const text = xmlValue(value);
  if (/\b(?:inf|undef)\b/i.test(text)) return undefined;
  const numbers = [...text.matchAll(/[+-]?(?=\.?\d)\d*(?:\.\d*)?(?:e[+-]?\d+)?/gi)].slice(0, 3).map((m) => m[0]);
  if (numbers.length === 0) return undefined;
  const [d, m = '0', sec = '0'] = numbers.map(Number);
  const degrees = Math.abs(d!) + Number(m) / 60 + Number(sec) / 3600;
  const negative = numbers[0]!.startsWith('-') || /[SW]/i.test(text);
  return Number.isFinite(degrees) ? (negative ? -degrees : degrees) : undefined;
}
