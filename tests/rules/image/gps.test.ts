import { gps } from '../../../src/rules/image/gps.js';
import { ruleTester, type InvalidCase, type RuleCase } from '../../helpers/rule-tester.js';
import { hasSharedFixtures, sharedPath } from '../../helpers/shared.js';
import expected from '../../images/expected-metadata.json' with { type: 'json' };
import { GPS_EXIF, cammSample, gpmfSample, jpeg, mp4, nikonTags, telemetryMp4, xmpPacket } from '../../images/build.js';

const clean = await jpeg({ exif: { IFD0: { Make: 'Canon', Model: 'Canon EOS 250D' } } });
const withGps = await jpeg({ exif: GPS_EXIF });
const xmpGps = await jpeg({ xmp: xmpPacket('<exif:GPSLatitude>54,35.2N</exif:GPSLatitude><exif:GPSLongitude>3,8.4W</exif:GPSLongitude>') });
// A DJI drone's own XMP: GpsLatitude/GpsLongitude (some firmware spells it "GpsLongtitude"), as ExifTool reads them.
const dji = (longitudeName: string) =>
  jpeg({ xmp: xmpPacket(`<drone-dji:GpsLatitude xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/">+51.38110</drone-dji:GpsLatitude><drone-dji:${longitudeName} xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/">-2.35900</drone-dji:${longitudeName}>`) });
const video = mp4({ xyz: '+54.5833-003.1400/' });
const goPro = telemetryMp4('gpmd', [gpmfSample({ positions: [[54.6013, -3.1347]] })]);
const goProIndoors = telemetryMp4('gpmd', [gpmfSample({ positions: [[54.6013, -3.1347]], fix: 0 })]);
const motionOnly = telemetryMp4('camm', [cammSample(3), cammSample(3)]);

// A sample of the real photos: ExifTool's verdict (recorded in expected-metadata.json) decides.
const files = (expected as { files: Record<string, { gps: number[] | null }> }).files;
const real = Object.entries(files).filter(([name]) => /\.(jpe?g|tiff?|heic|png)$/i.test(name)).slice(0, 40);
const realValid: RuleCase[] = [];
const realInvalid: InvalidCase[] = [];
if (hasSharedFixtures) {
  for (const [name, facts] of real) {
    const ext = name.slice(name.lastIndexOf('.'));
    const testCase = { name: `real photo ${name} (ExifTool: ${facts.gps ? 'GPS' : 'no GPS'})`, target: `photo${ext}`, files: { [`photo${ext}`]: sharedPath('images', name) } };
    if (facts.gps) realInvalid.push({ ...testCase, errors: [{ message: /records where it was taken/ }] });
    else realValid.push(testCase);
  }
}

ruleTester(gps, {
  valid: [
    { name: 'a post with a clean photo', post: 'Year 4 loved their trip to the Roman baths!\n\n![Baths](photos/baths.jpg)\n', files: { 'photos/baths.jpg': clean } },
    { name: 'a post with no photos', post: 'Harvest festival donations go to the food bank on Friday.' },
    { name: 'a clean photo audited on its own', target: 'clean.jpg', files: { 'clean.jpg': clean } },
    { name: 'a GoPro clip filmed indoors: its telemetry has no satellite fix', post: '---\nmedia: [GX010042.MP4]\n---\n\nClimbing wall session!', files: { 'GX010042.MP4': goProIndoors } },
    { name: "a Nikon camera's MOV without a GPS fix: its NCTG holds the make and model only", target: 'DSCN0043.MOV', files: { 'DSCN0043.MOV': mp4({ nikon: nikonTags() }) } },
    { name: "a 360° clip whose telemetry holds motion only", target: 'tour.mp4', files: { 'tour.mp4': motionOnly } },
    { name: 'a clean photo pasted into the post as a data: URL', post: `Sports day!\n\n![Relay](data:image/jpeg;base64,${clean.toString('base64')})\n` },
    ...realValid,
  ],
  invalid: [
    {
      name: 'EXIF GPS in a photo linked from a post (located in the image, by field)',
      post: 'Day one at the lakes!\n\n![Lake](photos/lake.jpg)\n',
      files: { 'photos/lake.jpg': withGps },
      errors: [{ message: /GPS 54\.58667, -3\.14000/, field: 'GPSLatitude' }],
    },
    { name: 'XMP exif:GPSLatitude', target: 'xmp.jpg', files: { 'xmp.jpg': xmpGps }, errors: 1 },
    { name: "a DJI drone's XMP position (drone-dji:GpsLatitude, GpsLongitude)", target: 'DJI_0042.jpg', files: { 'DJI_0042.jpg': await dji('GpsLongitude') }, errors: [{ message: /GPS 51\.38110, -2\.35900/, field: 'drone-dji:GPSLatitude' }] },
    { name: 'the same, as firmware that spells it GpsLongtitude writes it', target: 'DJI_0043.jpg', files: { 'DJI_0043.jpg': await dji('GpsLongtitude') }, errors: 1 },
    {
      name: "a GoPro clip's route in its telemetry track (GPMF GPS5)",
      post: '---\nmedia: [GX010042.MP4]\n---\n\nGorge walking!',
      files: { 'GX010042.MP4': goPro },
      errors: [{ message: /video records where it was taken \(GoPro telemetry GPS 54\.60130, -3\.13470\)/, field: 'GPS5' }],
    },
    { name: "a Nikon camera's MOV: its GPS records in udta/NCDT/NCTG", post: '---\nmedia: [DSCN0042.MOV]\n---\n\nSnorkelling!', files: { 'DSCN0042.MOV': mp4({ nikon: nikonTags({ latitude: 54.5867, longitude: -3.14 }) }) }, errors: [{ message: /GPS 54\.5867\d*, -3\.14000/, field: 'Nikon NCTG' }] },
    { name: 'video location (QuickTime ©xyz)', post: '---\nmedia: [clip.mp4]\n---\n\nWatch our race!', files: { 'clip.mp4': video }, errors: [{ message: /video records where it was taken/ }] },
    {
      name: 'a photo pasted into the post as a data: URL (Google Docs\' Markdown export): located at the reference in the post',
      post: `# Lakes trip\n\nDay one!\n\n![][image1]\n\n[image1]: <data:image/jpeg;base64,${withGps.toString('base64')}>\n`,
      errors: [{ message: /GPS 54\.58667, -3\.14000/, line: 5, column: 1, field: 'GPSLatitude' }],
    },
    {
      name: 'the same picture pasted twice: a finding at each place',
      post: `![a](data:image/jpeg;base64,${withGps.toString('base64')})\n\nAgain:\n\n![b](data:image/jpeg;base64,${withGps.toString('base64')})\n`,
      errors: [{ line: 1 }, { line: 5 }],
    },
    {
      name: 'a data: URL in an HTML post, its base64 wrapped over lines',
      file: 'post.html',
      post: `<p>Day one!</p>\n<img alt="Lake" src="data:image/jpeg;base64,${withGps.toString('base64').replace(/.{76}/g, '$&\n')}">\n`,
      errors: [{ message: /GPS 54\.58667/, line: 2 }],
    },
    ...realInvalid,
  ],
});
