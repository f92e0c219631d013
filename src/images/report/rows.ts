// One compact row per photo for the batch reports (CSV, JSON lines, HTML): no metadata is kept
// beyond what the row shows, so memory stays flat over thousands of photos.
import type { Finding } from '../../core/types.js';
import { printable } from '../../report/printable.js';
import type { ImageMetadata } from '../types.js';

export interface PhotoRow {
  path: string;
  gps?: string;
  locationNames: string[];
  people: string[];
  device?: string;
  findings: { ruleId: string; severity: string; message: string }[];
  /** A small JPEG as a data: URI, for the HTML report only. */
  thumbnail?: string;
}

export function photoRow(displayPath: string, metadata: ImageMetadata, findings: Finding[]): PhotoRow {
  const position = metadata.gps[0];
  const row: PhotoRow = {
    path: displayPath,
    locationNames: [...new Set(metadata.locationNames.map((l) => l.value))],
    people: [...new Set(metadata.people.map((p) => p.value))],
    findings: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message })),
  };
  if (position) row.gps = `${position.latitude.toFixed(6)}, ${position.longitude.toFixed(6)}`;
  const device = [metadata.device.make, metadata.device.model, metadata.device.serial].filter(Boolean).join(' ');
  if (device) row.device = device;
  return row;
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * Text from a photo's metadata or name, made inert for a spreadsheet: a cell starting with = + - @
 * (or a tab or carriage return before one) is a formula to Excel and LibreOffice (CSV injection),
 * so it gets a leading apostrophe, as OWASP advises.
 */
const inert = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export const CSV_HEADER = 'path,gps,location_names,people,device,rules,messages\n';
export function csvLine(row: PhotoRow): string {
  // The position is our own numbers ("-33.856900, 151.215100"): left as it is.
  const text = [row.path, row.locationNames.join('; '), row.people.join('; '), row.device ?? '', row.findings.map((f) => f.ruleId).join(' '), row.findings.map((f) => f.message).join(' | ')].map(inert);
  return [text[0]!, row.gps ?? '', ...text.slice(1)].map(csvCell).join(',') + '\n';
}

// Control characters (an escape sequence in a photo's name or metadata) are shown as visible escapes.
const html = (text: string) => printable(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function htmlHeader(title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${html(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:6px;vertical-align:top;text-align:left}
img{max-width:120px;max-height:120px}.error{color:#a00}.warning{color:#a60}.ok{color:#070}label{display:block;margin:1em 0}</style></head><body>
<h1>${html(title)}</h1><label><input type="checkbox" id="only"> Only photos with problems</label>
<table><thead><tr><th>Photo</th><th>File</th><th>Position</th><th>Found</th></tr></thead><tbody>\n`;
}

export function htmlRow(row: PhotoRow): string {
  const problems = row.findings.length > 0;
  const found = problems
    ? `<ul>${row.findings.map((f) => `<li class="${f.severity}"><b>${html(f.ruleId)}</b>: ${html(f.message)}</li>`).join('')}</ul>`
    : '<span class="ok">nothing found</span>';
  const gps = row.gps ? `<a href="geo:${html(row.gps.replace(' ', ''))}">${html(row.gps)}</a>` : '';
  return `<tr data-problems="${problems ? 1 : 0}"><td>${row.thumbnail ? `<img alt="" src="${row.thumbnail}">` : ''}</td><td>${html(row.path)}</td><td>${gps}</td><td>${found}</td></tr>\n`;
}

export function htmlFooter(summary: string): string {
  return `</tbody></table><p>${html(summary)}</p>
<script>document.getElementById('only').addEventListener('change',function(e){for(const r of document.querySelectorAll('tbody tr'))r.hidden=e.target.checked&&r.dataset.problems==='0'});</script>
</body></html>\n`;
}
