// Metadata is written by whoever made the photo: every report must show it as text, never run it.
// CSV: a cell starting with = + - @ is a formula to a spreadsheet (CSV injection).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvLine, photoRow } from '../../src/images/report/rows.js';
import { emptyMetadata } from '../../src/images/types.js';
import { runCli } from '../helpers/cli.js';
import { insertSegment, iptcApp13, jpeg } from '../images/build.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-hostile-metadata-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The cells of one CSV line (quotes handled; no line breaks inside cells here). */
function cells(line: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(?:,|$)/g;
  for (let m = re.exec(line); m && m.index < line.length; m = re.exec(line)) {
    out.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replaceAll('""', '"') : m[1]!);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

describe('CSV report', () => {
  it('cells from a photo\'s name or metadata that a spreadsheet would run as a formula start with an apostrophe', () => {
    // Found by hand: IPTC City =HYPERLINK(…) and Make @SUM(…) reached report.csv as they were.
    const metadata = emptyMetadata('jpeg');
    metadata.locationNames.push({ field: 'IPTC City', value: '=HYPERLINK("http://evil.example","Click")' });
    metadata.people.push({ field: 'XMP Iptc4xmpExt:PersonInImage', value: '+cmd|\' /C calc\'!A0' });
    metadata.device.make = '@SUM(1+1)';
    metadata.gps.push({ latitude: -33.8569, longitude: 151.2151, source: 'EXIF', field: 'GPSLatitude' });
    const line = csvLine(photoRow('-trip.jpg', metadata, [{ ruleId: 'image/gps', severity: 'error', message: '-x', location: { file: 'x' }, citations: [] }]));
    const [file, gps, places, people, device, rules, messages] = cells(line.trimEnd());
    expect(file).toBe("'-trip.jpg");
    expect(gps).toBe('-33.856900, 151.215100');
    expect(places).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(people).toBe("'+cmd|' /C calc'!A0");
    expect(device).toBe("'@SUM(1+1)");
    expect(rules).toBe('image/gps');
    expect(messages).toBe("'-x");
  });

  it('end to end: audit photos --report out.csv', async () => {
    const folder = path.join(dir, 'csv');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.jpg'), insertSegment(await jpeg(), 0xed, iptcApp13([[90, '=HYPERLINK("http://evil.example","x")']])));
    const report = path.join(dir, 'report.csv');
    const r = runCli(['photos', folder, '--report', report]);
    expect(r.status).toBe(0);
    const row = cells(readFileSync(report, 'utf8').split('\n')[1]!);
    expect(row[2]).toBe('\'=HYPERLINK("http://evil.example","x")');
  });
});
