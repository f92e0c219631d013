// Metadata is written by whoever made the photo: every report must show it as text, never run it.
// CSV: a cell starting with = + - @ is a formula to a spreadsheet (CSV injection).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvLine, photoRow } from '../../src/images/report/rows.js';
import { emptyMetadata } from '../../src/images/types.js';
import { examplesDir, runCli } from '../helpers/cli.js';
import { readImageMetadata } from '../../src/images/read.js';
import { insertSegment, iptcApp13, jpeg, xmpPacket } from '../images/build.js';

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

describe('terminal output', () => {
  it('escape sequences and line breaks from metadata or a file name are shown, not obeyed', async () => {
    // Found by hand: an EXIF Model of "\x1b[31mRED\x1b]0;title\x07" recoloured and retitled the
    // terminal, and a photo named "x\n\n✔ PASS.jpg" printed a line that looked like the verdict.
    const folder = path.join(dir, 'terminal');
    mkdirSync(folder);
    writeFileSync(path.join(folder, '.postauditrc.json'), JSON.stringify({ devices: [{ make: 'Canon', model: 'EOS 250D' }] }));
    const model = 'EOS \x1b[2J\x1b]0;owned\x07RED';
    const name = 'trip\n\n\u2714 PASS \x1b[32m\u202egpj.jpg';
    writeFileSync(path.join(folder, name), await jpeg({ exif: { IFD0: { Make: 'Canon', Model: model } } }));
    const r = runCli([name], { cwd: folder });
    expect(r.status).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f\u202e]/);
    expect(r.stdout).toContain('EOS \\x1b[2J\\x1b]0;owned\\x07RED');
    expect(r.stdout).toContain('trip\\n\\n\u2714 PASS \\x1b[32m\\u202egpj.jpg');
    expect(r.stdout.split('\n').filter((line) => line.startsWith('\u2714'))).toHaveLength(1);
  });

  it('--format github and markdown, and the HTML photo report, show them too (they printed them raw)', async () => {
    const folder = path.join(dir, 'formats');
    mkdirSync(path.join(folder, 'photos'), { recursive: true });
    writeFileSync(path.join(folder, '.postauditrc.json'), '{}');
    const name = 'trip\x1b[2J\x1b]0;owned\x07\x08\x08.jpg';
    copyFileSync(path.join(examplesDir, 'photos', 'trip-beach.jpg'), path.join(folder, 'photos', name)); // it records a GPS position
    writeFileSync(path.join(folder, 'post.md'), `---\napproved_by: Mrs Patel\n---\n![Trip](photos/${encodeURI(name)})\n`);
    for (const format of ['github', 'markdown']) {
      const r = runCli(['post.md', '--format', format], { cwd: folder });
      expect(r.status).toBe(1);
      // eslint-disable-next-line no-control-regex
      expect(r.stdout, format).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
      expect(r.stdout, format).toContain('trip\\x1b[2J\\x1b]0;owned\\x07\\x08\\x08.jpg');
    }
    const r = runCli(['photos', 'photos', '--report', 'report.html'], { cwd: folder });
    expect(r.status).toBe(1);
    const html = readFileSync(path.join(folder, 'report.html'), 'utf8');
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(html).toContain('trip\\x1b[2J');
  });

  it('a mistake in the options is exit 2 and one line, what was typed shown, not obeyed (commander printed two lines, escapes raw, and a subcommand\'s mistake exited 1)', () => {
    for (const args of [['--\x1b[2Jtrip.md'], ['photos'], ['explain'], ['rules', '--bogus'], ['--format', 'nope\x07', 'post.md']]) {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stderr.endsWith('\n')).toBe(true);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^post-audit: error: .* \(run audit --help for usage\)$/)]);
      // eslint-disable-next-line no-control-regex
      expect(r.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    }
  });

  it('a usage error naming a file with a line break or an escape is still one line', () => {
    const r = runCli(['no such\npost\x1b[2J.md']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no such\\npost\\x1b[2J.md');
  });
});

describe('XMP property names every object has', () => {
  // exifr stores a property under its prefix and name by assignment: "<__proto__:Sublocation>" gave every
  // object in the process a Sublocation (the next photo's place, a City alone, was reported as "Nowhere"
  // and Leeds), and "<constructor:keysX>" set a property of Object itself.
  const place = '<Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li rdf:parseType="Resource"><Iptc4xmpExt:City>Leeds</Iptc4xmpExt:City></rdf:li></rdf:Bag></Iptc4xmpExt:LocationShown>';
  it('a property named __proto__ stays in its photo: the next photo is read as if it had not been met', async () => {
    const hostile = await jpeg({ xmp: xmpPacket('<__proto__:Sublocation>Nowhere</__proto__:Sublocation>') });
    const next = await jpeg({ xmp: xmpPacket(place) });
    try {
      const first = await readImageMetadata(hostile);
      expect(first.error).toBeUndefined();
      expect(({} as Record<string, unknown>).Sublocation).toBeUndefined();
      const second = await readImageMetadata(next);
      expect(second.locationNames.map((l) => l.value)).toEqual(['Leeds']);
    } finally {
      delete (Object.prototype as Record<string, unknown>).Sublocation;
    }
  });
  it('a prefix named constructor sets nothing on Object, and a place name holding the word is read as written', async () => {
    const hostile = await jpeg({ xmp: xmpPacket('<constructor:keysX>boom</constructor:keysX><photoshop:City>The constructor yard</photoshop:City>') });
    try {
      const read = await readImageMetadata(hostile);
      expect((Object as unknown as Record<string, unknown>).keysX).toBeUndefined();
      expect(read.locationNames.map((l) => l.value)).toEqual(['The constructor yard']);
    } finally {
      delete (Object as unknown as Record<string, unknown>).keysX;
    }
  });
});
