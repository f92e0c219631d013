// Generates the example photos (the project's own images, no third-party content):
//   examples/photos/sports-day.jpg  — clean: camera fields, no location
//   examples/photos/trip-beach.jpg  — carries a GPS position, as a phone photo would
// Run: node scripts/make-example-photos.mjs
import sharp from 'sharp';
import { fileURLToPath } from 'node:url';

const out = (name) => fileURLToPath(new URL(`../examples/photos/${name}`, import.meta.url));

async function scene(colors) {
  const [sky, ground, sun] = colors;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200">
    <rect width="320" height="120" fill="${sky}"/><rect y="120" width="320" height="80" fill="${ground}"/>
    <circle cx="260" cy="45" r="24" fill="${sun}"/>
    <rect x="40" y="90" width="14" height="40" fill="#333"/><circle cx="47" cy="82" r="9" fill="#f2c9a0"/>
    <rect x="90" y="95" width="14" height="35" fill="#a33"/><circle cx="97" cy="87" r="8" fill="#8d5524"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 });
}

await (await scene(['#87ceeb', '#3a9d23', '#ffd700']))
  .withExif({ IFD0: { Make: 'Canon', Model: 'Canon EOS 250D', Software: 'post-audit example' } })
  .toFile(out('sports-day.jpg'));

await (await scene(['#9fd3f0', '#e8d29a', '#fff3a0']))
  .withExif({
    IFD0: { Make: 'Apple', Model: 'iPhone 13' },
    IFD3: {
      GPSLatitudeRef: 'N',
      GPSLatitude: '50/1 43/1 3612/100',
      GPSLongitudeRef: 'W',
      GPSLongitude: '3/1 31/1 4380/100',
    },
  })
  .toFile(out('trip-beach.jpg'));
console.log('wrote examples/photos/sports-day.jpg and examples/photos/trip-beach.jpg');
