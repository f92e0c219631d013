// Records what ExifTool (the reference reader) finds in the shared real photos, so the tests can
// compare against it without ExifTool installed. Re-run after the fixtures change:
//   node tests/images/record-expected.mjs   (needs `exiftool`: apt-get install libimage-exiftool-perl)
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const images = path.resolve(here, '../../../shared/fixtures/images');
const IMAGE = /\.(jpe?g|png|tiff?|heic|heif|webp|avif|mp4|mov|m4v|3gp)$/i;

const run = spawnSync('exiftool', ['-r', '-json', '-G1', '-n', '-a', '-struct', '.'], { cwd: images, encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.error) throw new Error(`exiftool is not installed (${run.error.message})`);
const version = spawnSync('exiftool', ['-ver'], { encoding: 'utf8' }).stdout.trim();
const rows = JSON.parse(run.stdout);

const text = (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v.flatMap(text) : typeof v === 'object' ? Object.values(v).flatMap(text) : [String(v).trim()]).filter(Boolean);
const LOCATION = /^(IPTC:(City|Sub-location|Province-State|Country-PrimaryLocationName)|XMP-photoshop:(City|State|Country)|XMP-iptcCore:Location|XMP-iptcExt:Location(Shown|Created))$/;
const PEOPLE = /^(XMP-mwg-rs:RegionInfo|XMP-iptcExt:PersonInImage|XMP-MP:RegionInfoMP|XMP-MP:RegionInfo)$/;
const OWNER = /^(IFD0:Artist|XMP-dc:Creator|IPTC:By-line|IFD0:XPAuthor|ExifIFD:OwnerName|XMP-aux:OwnerName|ExifIFD:CameraOwnerName)$/;

const round = (n) => Math.round(n * 1e5) / 1e5;
const files = {};
for (const row of rows.sort((a, b) => a.SourceFile.localeCompare(b.SourceFile))) {
  const file = row.SourceFile.replace(/^\.\//, '');
  if (!IMAGE.test(file)) continue;
  const lat = row['Composite:GPSLatitude'];
  const lon = row['Composite:GPSLongitude'];
  const pick = (re, nameOnly) => {
    const values = [];
    for (const [key, value] of Object.entries(row)) {
      if (!re.test(key)) continue;
      if (nameOnly) values.push(...text(collectNames(value)));
      else values.push(...text(value).filter((v) => !/^[A-Z]{2,3}$/.test(v)));
    }
    return [...new Set(values)].sort();
  };
  files[file] = {
    gps: typeof lat === 'number' && typeof lon === 'number' ? [round(lat), round(lon)] : null,
    people: pick(PEOPLE, true),
    locationNames: pick(LOCATION, false),
    owner: pick(OWNER, false),
  };
}

function collectNames(value) {
  if (Array.isArray(value)) return value.flatMap(collectNames);
  if (value && typeof value === 'object') {
    const names = [];
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Name' || k === 'PersonDisplayName') names.push(v);
      else if (typeof v === 'object') names.push(...collectNames(v));
    }
    return names;
  }
  return typeof value === 'string' ? [value] : [];
}


writeFileSync(path.join(here, 'expected-metadata.json'), JSON.stringify({ reference: `ExifTool ${version}`, files }, null, 1) + '\n');
console.log(`recorded ${Object.keys(files).length} files with ExifTool ${version}`);
