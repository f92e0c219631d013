// Sizes past which a file is reported instead of inspected, so one hostile or mistaken file cannot
// exhaust memory or stall a run. Each can be lowered (or raised) with an environment variable,
// e.g. POST_AUDIT_MAX_POST_MB=5.

function fromEnv(name: string, fallback: number, unit: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value * unit : fallback;
}

const MB = 1024 * 1024;

/** A post (Markdown, HTML, text) larger than this is not read: 50 MB is far past any real post. */
export function maxPostBytes(): number {
  return fromEnv('POST_AUDIT_MAX_POST_MB', 50 * MB, MB);
}

/** A still image larger than this is not decoded (videos are walked, not decoded, and have no cap). */
export function maxImageBytes(): number {
  return fromEnv('POST_AUDIT_MAX_IMAGE_MB', 256 * MB, MB);
}

/** Declared pixels past this mark a decompression bomb (sharp's own default limit, 16383²). */
export function maxImagePixels(): number {
  return fromEnv('POST_AUDIT_MAX_MEGAPIXELS', 0x3fff * 0x3fff, 1_000_000);
}

/** A PDF's pages past this are not read (a newsletter has a few dozen at most). */
export function maxPdfPages(): number {
  return fromEnv('POST_AUDIT_MAX_PDF_PAGES', 1000, 1);
}

/** Seconds a PDF's text may take to read; past them the PDF is reported, not read (a hostile file must not stall a run). */
export function maxPdfSeconds(): number {
  return fromEnv('POST_AUDIT_MAX_PDF_SECONDS', 60, 1);
}

/** Memory the PDF reader (pdf.js, in a worker thread) may use; past it the PDF is reported, not read. */
export function maxPdfMegabytes(): number {
  return fromEnv('POST_AUDIT_MAX_PDF_MB', 2048, 1);
}

/** Findings of one rule in one file past this are counted in one further finding, not listed one by one. */
export function maxFindingsPerRule(): number {
  return Math.floor(fromEnv('POST_AUDIT_MAX_FINDINGS_PER_RULE', 1000, 1));
}

/** A config, policy pack or baseline past this is not read (each is a few kilobytes). */
export function maxSettingsBytes(): number {
  return 16 * MB;
}

/** A consent record past this is not read (a large trust's is a megabyte or two). */
export function maxConsentBytes(): number {
  return fromEnv('POST_AUDIT_MAX_CONSENT_MB', 100 * MB, MB);
}

/** An XMP sidecar past this is not read (one with an edit history is a few hundred kilobytes). */
export function maxSidecarBytes(): number {
  return 32 * MB;
}

export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}
