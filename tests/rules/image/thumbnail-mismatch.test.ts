import sharp from 'sharp';
import { thumbnailMismatch } from '../../../src/rules/image/thumbnail-mismatch.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { jpeg, jpegWithPreview, scene } from '../../images/build.js';

// The original: a wide scene. The published image: the left half only (a child cropped out), or a
// heavily blurred copy — while the preview still shows the original.
const stripes = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160">${Array.from({ length: 4 }, (_, i) => `<rect x="${i * 40}" width="20" height="160" fill="#111"/>`).join('')}</svg>`,
);
const original = await (await scene(480, 360)).composite([{ input: stripes, left: 280, top: 60 }]).png().toBuffer();
const cropped = sharp(original).extract({ left: 0, top: 0, width: 240, height: 180 }).resize(480, 360);
// Blur the "face" area only, as an editor's blur tool would.
const face = await sharp(original).extract({ left: 280, top: 60, width: 160, height: 160 }).blur(30).toBuffer();
const blurred = sharp(original).composite([{ input: face, left: 280, top: 60 }]);
const matching = await jpegWithPreview(sharp(original), sharp(original));

ruleTester(thumbnailMismatch, {
  valid: [
    { name: 'a preview made from the image itself', post: '![Trip](photos/a.jpg)\n', files: { 'photos/a.jpg': matching } },
    { name: 'no embedded preview', post: '![Trip](photos/a.jpg)\n', files: { 'photos/a.jpg': await jpeg() } },
  ],
  invalid: [
    { name: 'cropped, preview of the uncropped original', post: '![Trip](photos/b.jpg)\n', files: { 'photos/b.jpg': await jpegWithPreview(cropped, sharp(original)) }, errors: [{ message: /preview/ }] },
    { name: 'blurred, preview of the sharp original', post: '![Trip](photos/c.jpg)\n', files: { 'photos/c.jpg': await jpegWithPreview(blurred, sharp(original)) }, errors: [{ message: /preview/ }] },
  ],
});
