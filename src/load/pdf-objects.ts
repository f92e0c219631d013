// The objects of a PDF file, read directly from its bytes: enough to find the photos it holds and the
// pages that show them, which a text extractor does not give (it hands out decoded pixels, and a
// photo's EXIF — its GPS — is only in the JPEG bytes as they are stored).
// Every object is found by scanning for "N G obj" (so a damaged cross-reference table does not hide
// one), the objects packed in object streams included; a later definition replaces an earlier one, as
// an incremental update does. Bounded: nesting depth, what object streams unpack to, the walk of the
// page tree.
import { Unzlib } from 'fflate';

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export class PdfString {
  constructor(readonly bytes: string) {}
}
export type PdfDict = Map<string, PdfValue>;
export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;

export interface PdfStream {
  dict: PdfDict;
  /** The stream's data as stored (still encoded by its filters). */
  data: Buffer;
}

export interface PdfObject {
  value: PdfValue;
  stream?: PdfStream;
}

/** Why a PDF's structure could not be read: the message is for the person who gave the file. */
export class PdfStructureError extends Error {}

const MAX_DEPTH = 64;
/** The page tree's depth: real files have a few levels. */
const MAX_TREE_DEPTH = 64;

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number) => c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

class Keyword {
  constructor(readonly word: string) {}
}

class SyntaxProblem extends Error {}

/** A tokenizer and value parser over a PDF's bytes. */
class Lexer {
  constructor(
    private readonly bytes: Buffer,
    public at: number,
    private readonly end = bytes.length,
  ) {}

  skipWhite(): void {
    const b = this.bytes;
    while (this.at < this.end) {
      const c = b[this.at]!;
      if (isWhite(c)) this.at++;
      else if (c === 0x25) {
        while (this.at < this.end && b[this.at] !== 0x0a && b[this.at] !== 0x0d) this.at++;
      } else break;
    }
  }

  value(depth = 0): PdfValue | Keyword {
    if (depth > MAX_DEPTH) throw new SyntaxProblem('nested too deep');
    this.skipWhite();
    const b = this.bytes;
    if (this.at >= this.end) throw new SyntaxProblem('ends early');
    const c = b[this.at]!;
    if (c === 0x3c && b[this.at + 1] === 0x3c) {
      this.at += 2;
      const dict: PdfDict = new Map();
      for (;;) {
        this.skipWhite();
        if (this.at >= this.end) throw new SyntaxProblem('dictionary not closed');
        if (b[this.at] === 0x3e && b[this.at + 1] === 0x3e) {
          this.at += 2;
          return dict;
        }
        const key = this.value(depth + 1);
        if (!(key instanceof PdfName)) throw new SyntaxProblem('a dictionary key is not a name');
        const value = this.value(depth + 1);
        if (value instanceof Keyword) throw new SyntaxProblem(`unexpected ${value.word}`);
        dict.set(key.name, value);
      }
    }
    if (c === 0x3c) return this.hexString();
    if (c === 0x28) return this.literalString();
    if (c === 0x5b) {
      this.at++;
      const array: PdfValue[] = [];
      for (;;) {
        this.skipWhite();
        if (this.at >= this.end) throw new SyntaxProblem('array not closed');
        if (b[this.at] === 0x5d) {
          this.at++;
          return array;
        }
        const value = this.value(depth + 1);
        if (value instanceof Keyword) {
          if (value.word === 'R' && array.length >= 2) {
            const gen = array.pop();
            const num = array.pop();
            if (typeof num === 'number' && typeof gen === 'number') {
              array.push(new PdfRef(num, gen));
              continue;
            }
          }
          throw new SyntaxProblem(`unexpected ${value.word}`);
        }
        array.push(value);
      }
    }
    if (c === 0x2f) {
      this.at++;
      const start = this.at;
      while (this.at < this.end && !isWhite(b[this.at]!) && !isDelimiter(b[this.at]!)) this.at++;
      return new PdfName(b.toString('latin1', start, this.at).replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    }
    if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
      const number = this.number();
      // "12 0 R": an indirect reference.
      const save = this.at;
      if (Number.isInteger(number) && number >= 0) {
        this.skipWhite();
        if (isDigit(b[this.at] ?? 0)) {
          const genStart = this.at;
          while (this.at < this.end && isDigit(b[this.at]!)) this.at++;
          const gen = Number(b.toString('latin1', genStart, this.at));
          this.skipWhite();
          if (b[this.at] === 0x52 && (this.at + 1 >= this.end || isWhite(b[this.at + 1]!) || isDelimiter(b[this.at + 1]!))) {
            this.at++;
            return new PdfRef(number, gen);
          }
        }
      }
      this.at = save;
      return number;
    }
    if (isDelimiter(c)) throw new SyntaxProblem(`unexpected "${String.fromCharCode(c)}"`);
    const start = this.at;
    while (this.at < this.end && !isWhite(b[this.at]!) && !isDelimiter(b[this.at]!)) this.at++;
    const word = b.toString('latin1', start, this.at);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new Keyword(word);
  }

  private number(): number {
    const b = this.bytes;
    const start = this.at;
    this.at++;
    while (this.at < this.end && (isDigit(b[this.at]!) || b[this.at] === 0x2e)) this.at++;
    const value = Number(b.toString('latin1', start, this.at));
    return Number.isFinite(value) ? value : 0;
  }

  private hexString(): PdfString {
    const close = this.bytes.indexOf(0x3e, this.at);
    if (close === -1 || close >= this.end) {
      this.at = this.end;
      throw new SyntaxProblem('string not closed');
    }
    const hex = this.bytes.toString('latin1', this.at + 1, close).replace(/[^0-9a-f]/gi, '');
    this.at = close + 1;
    return new PdfString(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1'));
  }

  /** A string in parentheses (balanced ones inside it, escapes skipped): kept as written, as nothing here reads strings. */
  private literalString(): PdfString {
    const b = this.bytes;
    let depth = 0;
    let i = this.at + 1;
    for (; i < this.end; i++) {
      const c = b[i];
      if (c === 0x5c) i++;
      else if (c === 0x28) depth++;
      else if (c === 0x29) {
        if (depth === 0) break;
        depth--;
      }
    }
    if (i >= this.end) {
      this.at = this.end;
      throw new SyntaxProblem('string not closed');
    }
    const text = b.toString('latin1', this.at + 1, i);
    this.at = i + 1;
    return new PdfString(text);
  }
}

/** The file's objects by number, and its trailer's entries (merged over its updates). */
export interface PdfFile {
  objects: Map<number, PdfObject>;
  trailer: PdfDict;
}

/** What the object streams of one file may unpack to together. */
export interface ReadLimits {
  inflatedBytes: number;
}

/**
 * The bytes the reader may look at, a few times the file's size: a damaged or hostile file (every
 * object an unclosed string running to the end, a "stream" with no end) would otherwise be read again
 * from each object in it, in time that grows with the square of its size.
 */
class Work {
  private left: number;

  constructor(bytes: number) {
    this.left = 16 * bytes + 16 * 1024 * 1024;
  }

  spend(bytes: number): void {
    this.left -= Math.max(1, bytes);
    if (this.left < 0) throw new PdfStructureError('it is damaged (its objects cannot be told apart), so it was not read: export it again from the program that made it and audit that');
  }
}

export function readPdfObjects(bytes: Buffer, limits: ReadLimits): PdfFile {
  const objects = new Map<number, PdfObject>();
  const trailer: PdfDict = new Map();
  const work = new Work(bytes.length);
  let inflated = 0;
  let at = 0;
  for (;;) {
    const found = bytes.indexOf('obj', at, 'latin1');
    if (found === -1) break;
    at = found + 3;
    const header = objectHeader(bytes, found);
    if (!header || (found + 3 < bytes.length && !isWhite(bytes[found + 3]!) && !isDelimiter(bytes[found + 3]!))) continue;
    const lexer = new Lexer(bytes, found + 3);
    let value: PdfValue | Keyword;
    try {
      value = lexer.value();
    } catch {
      continue;
    } finally {
      work.spend(lexer.at - found);
    }
    if (value instanceof Keyword) continue;
    const object: PdfObject = { value };
    if (value instanceof Map) {
      lexer.skipWhite();
      if (bytes.toString('latin1', lexer.at, lexer.at + 6) === 'stream') {
        const stream = streamAt(bytes, lexer.at + 6, value);
        work.spend((stream?.next ?? bytes.length) - lexer.at);
        if (stream) {
          object.stream = { dict: value, data: stream.data };
          at = stream.next;
        }
      }
      if (isName(value.get('Type'), 'XRef')) mergeTrailer(trailer, value);
    }
    objects.set(header.num, object);
    if (object.stream && isName(object.value instanceof Map ? object.value.get('Type') : undefined, 'ObjStm')) {
      inflated += unpackObjectStream(object.stream, objects, limits.inflatedBytes - inflated, work);
    }
  }
  // Classic trailers, in file order: a later update's entries replace an earlier one's.
  for (let t = bytes.indexOf('trailer', 0, 'latin1'); t !== -1; t = bytes.indexOf('trailer', t + 7, 'latin1')) {
    const lexer = new Lexer(bytes, t + 7);
    try {
      const value = lexer.value();
      if (value instanceof Map) mergeTrailer(trailer, value);
    } catch {
      // a damaged trailer: the objects found still count
    } finally {
      work.spend(lexer.at - t);
    }
  }
  return { objects, trailer };
}

function mergeTrailer(trailer: PdfDict, dict: PdfDict): void {
  for (const key of ['Root', 'Encrypt', 'Info']) {
    const value = dict.get(key);
    if (value !== undefined) trailer.set(key, value);
  }
}

/** "12 0" before "obj" at `at`, with white space between. */
function objectHeader(bytes: Buffer, at: number): { num: number; gen: number } | undefined {
  let i = at - 1;
  const digitsBack = () => {
    const end = i + 1;
    while (i >= 0 && isDigit(bytes[i]!)) i--;
    return end - (i + 1) > 0 && end - (i + 1) <= 10 ? Number(bytes.toString('latin1', i + 1, end)) : undefined;
  };
  const whiteBack = () => {
    const end = i;
    while (i >= 0 && isWhite(bytes[i]!)) i--;
    return end !== i;
  };
  whiteBack();
  const gen = digitsBack();
  if (gen === undefined || !whiteBack()) return undefined;
  const num = digitsBack();
  if (num === undefined) return undefined;
  if (i >= 0 && !isWhite(bytes[i]!) && !isDelimiter(bytes[i]!)) return undefined;
  return { num, gen };
}

/** A stream's data after its "stream" keyword: by its /Length when that lands on "endstream", else up to "endstream". */
function streamAt(bytes: Buffer, afterKeyword: number, dict: PdfDict): { data: Buffer; next: number } | undefined {
  let start = afterKeyword;
  if (bytes[start] === 0x0d) start++;
  if (bytes[start] === 0x0a) start++;
  const length = dict.get('Length');
  if (typeof length === 'number' && Number.isInteger(length) && length >= 0 && start + length <= bytes.length) {
    let end = start + length;
    while (end < bytes.length && isWhite(bytes[end]!)) end++;
    if (bytes.toString('latin1', end, end + 9) === 'endstream') return { data: bytes.subarray(start, start + length), next: end + 9 };
  }
  const end = bytes.indexOf('endstream', start, 'latin1');
  if (end === -1) return undefined;
  let dataEnd = end;
  if (bytes[dataEnd - 1] === 0x0a) dataEnd--;
  if (bytes[dataEnd - 1] === 0x0d) dataEnd--;
  return { data: bytes.subarray(start, Math.max(start, dataEnd)), next: end + 9 };
}

/** The objects packed in an object stream; how many bytes it unpacked to. */
function unpackObjectStream(stream: PdfStream, objects: Map<number, PdfObject>, budget: number, work: Work): number {
  const filters = filtersOf(stream.dict);
  let data: Buffer;
  if (filters.length === 0) data = stream.data;
  else if (filters.length === 1 && filters[0] === 'FlateDecode') {
    const out = inflate(stream.data, Math.max(0, budget));
    if (out === undefined) throw new PdfStructureError('its object streams unpack to more than the limit for a post (a damaged file or a decompression bomb), so it was not read');
    data = out;
  } else return 0;
  const count = stream.dict.get('N');
  const first = stream.dict.get('First');
  if (typeof count !== 'number' || typeof first !== 'number' || first < 0 || first > data.length) return data.length;
  const header = new Lexer(data, 0, first);
  const entries: [number, number][] = [];
  try {
    for (let i = 0; i < count && i < 1_000_000; i++) {
      const num = header.value();
      const offset = header.value();
      if (typeof num !== 'number' || typeof offset !== 'number') break;
      entries.push([num, offset]);
    }
  } catch {
    // a short header: the objects read so far count
  }
  work.spend(header.at);
  for (const [num, offset] of entries) {
    const lexer = new Lexer(data, first + offset);
    try {
      const value = lexer.value();
      if (!(value instanceof Keyword)) objects.set(num, { value });
    } catch {
      // one unreadable object does not hide the others
    } finally {
      work.spend(lexer.at - first - offset);
    }
  }
  return data.length;
}

/** Inflates zlib data, or undefined when it would unpack to more than `cap` bytes; a damaged tail gives what came before it. */
export function inflate(data: Uint8Array, cap: number): Buffer | undefined {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const unzlib = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > cap) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && !over; at += 16 * 1024) unzlib.push(data.subarray(at, at + 16 * 1024), at + 16 * 1024 >= data.length);
  } catch {
    // what was inflated before the damage is kept
  }
  return over ? undefined : Buffer.concat(chunks);
}

export function isName(value: PdfValue | undefined, name: string): boolean {
  return value instanceof PdfName && value.name === name;
}

/** A stream's filters, in the order they apply: "DCTDecode", ["FlateDecode", "DCTDecode"] … */
export function filtersOf(dict: PdfDict): string[] {
  const filter = dict.get('Filter');
  if (filter instanceof PdfName) return [filter.name];
  if (Array.isArray(filter)) return filter.filter((f): f is PdfName => f instanceof PdfName).map((f) => f.name);
  return [];
}

/** Follows references (a chain of them, not a loop) to the value. */
export function resolve(file: PdfFile, value: PdfValue | undefined): PdfValue | undefined {
  for (let hops = 0; value instanceof PdfRef && hops < 32; hops++) value = file.objects.get(value.num)?.value;
  return value instanceof PdfRef ? undefined : value;
}

export function dictOf(file: PdfFile, value: PdfValue | undefined): PdfDict | undefined {
  const resolved = resolve(file, value);
  return resolved instanceof Map ? resolved : undefined;
}

export interface PdfPage {
  dict: PdfDict;
  /** What it draws with, inherited from the page tree. */
  resources: PdfDict | undefined;
}

/** The pages in order. */
export function pagesOf(file: PdfFile): PdfPage[] {
  const pages: PdfPage[] = [];
  const root = dictOf(file, file.trailer.get('Root')) ?? lastCatalog(file);
  const seen = new Set<PdfDict>();
  const walk = (node: PdfDict | undefined, inherited: PdfDict | undefined, depth: number) => {
    if (!node || seen.has(node) || depth > MAX_TREE_DEPTH) return;
    seen.add(node);
    const resources = dictOf(file, node.get('Resources')) ?? inherited;
    const kids = resolve(file, node.get('Kids'));
    if (Array.isArray(kids) && !isName(node.get('Type'), 'Page')) {
      for (const kid of kids) walk(dictOf(file, kid), resources, depth + 1);
    } else pages.push({ dict: node, resources });
  };
  walk(dictOf(file, root?.get('Pages')), undefined, 0);
  return pages;
}

function lastCatalog(file: PdfFile): PdfDict | undefined {
  let found: PdfDict | undefined;
  for (const object of file.objects.values()) if (object.value instanceof Map && isName(object.value.get('Type'), 'Catalog')) found = object.value;
  return found;
}

/** A PDF text string (UTF-16 with a byte-order mark, or PDFDocEncoding), control characters out; none if empty. */
export function pdfTextString(value: PdfValue | undefined): string | undefined {
  if (!(value instanceof PdfString)) return undefined;
  const bytes = Buffer.from(value.bytes, 'latin1');
  const text = bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2, bytes.length - (bytes.length % 2)).swap16().toString('utf16le') : value.bytes;
  const clean = text.replace(/[\0-\x1f]+/g, ' ').trim();
  return clean === '' ? undefined : clean;
}
