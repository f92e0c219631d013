// The text of a PDF's pages, in reading order, with pdf.js (Mozilla's PDF reader; its legacy build
// runs on Node), on the thread that calls it (pdf-text.ts runs it in a worker thread it can stop).
// pdf.js is large (≈200 ms to load), so it is imported only when a PDF is read, and run with nothing
// that reaches outside the file: no worker of its own (its worker code runs here), no eval of the
// file's fonts, no font files fetched, no network, no XFA forms.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** One line of text as the page shows it, and where: its baseline and height (PDF units). */
export interface PdfTextLine {
  text: string;
  x: number;
  y: number;
  height: number;
}

/** A page's text lines, and its annotations: comments' (sticky notes') and form fields' text, links' addresses. */
export interface PdfTextPage {
  lines: PdfTextLine[];
  notes: string[];
  links: string[];
}

export interface PdfText {
  pages: PdfTextPage[];
  /** How many pages the document has, as pdf.js reads it. */
  pageCount: number;
  /** Pages past the cap, not read. */
  unreadPages: number;
}

export interface TextLimits {
  pages: number;
  /** Milliseconds for the whole document. */
  time: number;
  /**
   * The pages the file's own page tree lists: when pdf.js counts others, the file is damaged and its
   * pages are not read (200,000 entries of one page took pdf.js 50 seconds to walk, to no end).
   */
  expectedPages?: number;
}

/** Why pdf.js could not read the file, in words for the person who gave it. */
export class PdfTextError extends Error {
  constructor(
    message: string,
    readonly reason: 'password' | 'damaged' | 'time',
  ) {
    super(message);
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | undefined;

async function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // Its worker code, loaded here: pdf.js then runs it on this thread instead of starting a worker.
    // @ts-expect-error -- pdf.js ships no types for its worker module (it exports WorkerMessageHandler)
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    process.on('unhandledRejection', ignorePdfJsRejection);
    // On loading, pdf.js makes a DOMMatrix for drawing, which the audit never does: taken from its
    // optional canvas package when that loads, and without it (installed without optional
    // dependencies, a platform it has no build for) pdf.js would not load at all. A plain stand-in
    // does instead: text is read without it.
    const global = globalThis as { DOMMatrix?: unknown };
    global.DOMMatrix ??= class DOMMatrixStandIn {
      a = 1;
      b = 0;
      c = 0;
      d = 1;
      e = 0;
      f = 0;
    };
    // pdf.js also warns when its canvas package is missing: those words are not the audit's.
    const warn = console.warn;
    console.warn = () => {};
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
    }
  })();
  return loaded;
}

/**
 * pdf.js can leave a promise of its own rejected and unhandled after a damaged file was read (a page
 * it skipped, found again when the document is closed): that is not the audit's failure, and it must
 * not end the run with a stack trace. Any other unhandled rejection ends it as before.
 */
function ignorePdfJsRejection(reason: unknown): void {
  if (reason instanceof Error && /[\\/]pdfjs-dist[\\/]/.test(reason.stack ?? '')) return;
  throw reason;
}

/** The folder of pdf.js's character maps (for Chinese, Japanese, Korean fonts): read from disk, never fetched. */
function cMapFolder(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return pathToFileURL(path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + path.sep).href;
  } catch {
    return undefined;
  }
}

/** Reads the text here; the time limit is checked between pages (pdf.js cannot be stopped inside one). */
export async function readTextHere(bytes: Uint8Array, limits: TextLimits): Promise<PdfText> {
  const pdfjs = await loadPdfJs();
  const deadline = Date.now() + limits.time;
  const cMapUrl = cMapFolder();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js takes the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useWasm: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    verbosity: 0,
    ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
  });
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfTextError(`reading its text took more than ${limits.time / 1000} seconds, so it was not read`, 'time')), limits.time);
    timer.unref();
  });
  timeUp.catch(() => {}); // raced below; never left unhandled between two pages

  try {
    const document = await Promise.race([task.promise, timeUp]).catch((error: unknown) => {
      throw asTextError(error);
    });
    if (limits.expectedPages !== undefined && document.numPages !== limits.expectedPages) {
      return { pages: [], pageCount: document.numPages, unreadPages: document.numPages };
    }
    const count = Math.min(document.numPages, limits.pages);
    const pages: PdfTextPage[] = [];
    for (let number = 1; number <= count; number++) {
      if (Date.now() > deadline) await timeUp;
      const read = async () => {
        const page = await document.getPage(number);
        const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
        const annotations = (await page.getAnnotations({ intent: 'display' })) as Annotation[];
        page.cleanup();
        return { lines: linesOf(content.items as TextItem[]), ...annotationText(annotations) };
      };
      pages.push(await Promise.race([read(), timeUp]).catch((error: unknown) => {
        throw asTextError(error);
      }));
    }
    return { pages, pageCount: document.numPages, unreadPages: document.numPages - count };
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => {});
  }
}

function asTextError(error: unknown): PdfTextError {
  if (error instanceof PdfTextError) return error;
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'PasswordException') return new PdfTextError('it is password-protected: export the newsletter again without a password and audit that', 'password');
  const message = error instanceof Error ? error.message : String(error);
  return new PdfTextError(`it is damaged or not a PDF (${message}): export it again from the program that made it and audit that`, 'damaged');
}

interface Annotation {
  subtype?: string;
  contentsObj?: { str?: string };
  fieldValue?: unknown;
  url?: string;
  unsafeUrl?: string;
}

/** What a page's annotations say: a comment's or a form field's text, a link's address. */
function annotationText(annotations: Annotation[]): Pick<PdfTextPage, 'notes' | 'links'> {
  const notes: string[] = [];
  const links: string[] = [];
  for (const annotation of annotations) {
    const note = annotation.contentsObj?.str?.trim();
    if (note) notes.push(note);
    const values = Array.isArray(annotation.fieldValue) ? annotation.fieldValue : [annotation.fieldValue];
    for (const value of values) if (typeof value === 'string' && value.trim() && value !== 'Off') notes.push(value.trim());
    const url = annotation.unsafeUrl ?? annotation.url;
    if (typeof url === 'string') links.push(url);
  }
  return { notes, links };
}

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/** Text items joined into lines: a new line where pdf.js marks one or where the text moves to another baseline. */
function linesOf(items: TextItem[]): PdfTextLine[] {
  const lines: PdfTextLine[] = [];
  let current: PdfTextLine | undefined;
  let lastEnd = 0;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const [, , , scaleY = 0, x = 0, y = 0] = item.transform ?? [];
    const height = Math.abs(item.height || scaleY) || 1;
    if (current && item.str !== '' && Math.abs(y - current.y) > height / 2) {
      lines.push(current);
      current = undefined;
    }
    if (item.str !== '') {
      if (!current) current = { text: '', x, y, height };
      // Words placed apart with no space between them: a gap wider than a fifth of the text's height.
      else if (x - lastEnd > height * 0.2 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.height = Math.max(current.height, height);
      lastEnd = x + (item.width ?? 0);
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() })).filter((line) => line.text !== '');
}
