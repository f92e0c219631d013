import sharp from 'sharp';
import { thumbnailMismatch } from '../../../src/rules/image/thumbnail-mismatch.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { cameraJpegWithPreview, jpeg, jpegWithPreview, scene } from '../../images/build.js';

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
// A 16:9 crop (the top of the frame cut off) of the 4:3 original: the shapes disagree, so the pixels are compared even when the
// file looks like a camera original.
const widescreen = sharp(original).extract({ left: 0, top: 90, width: 480, height: 270 }).resize(480, 272, { fit: 'fill' });

ruleTester(thumbnailMismatch, {
  valid: [
    { name: 'a preview made from the image itself', post: '![Trip](photos/a.jpg)\n', files: { 'photos/a.jpg': matching } },
    { name: 'no embedded preview', post: '![Trip](photos/a.jpg)\n', files: { 'photos/a.jpg': await jpeg() } },
    { name: 'a camera original whose preview matches', post: '![Trip](photos/a.jpg)\n', files: { 'photos/a.jpg': await cameraJpegWithPreview(sharp(original), sharp(original)) } },
    {
      // The documented limit of a batch scan: a blur that left the file looking exactly like a camera
      // original (same shape, capture and modify dates equal, no edit history) is not decoded, so not
      // caught by `audit photos` (a post's photos are all compared: see the invalid case below).
      name: 'audit photos: blurred but with no sign of an edit (not decoded: see docs/photos.md)',
      post: '![Trip](photos/a.jpg)\n',
      files: { 'photos/a.jpg': await cameraJpegWithPreview(blurred.clone(), sharp(original)) },
      batch: true,
    },
    { name: 'audit photos: a camera original whose preview matches', post: '![Trip](photos/a.jpg)\n', files: { 'photos/a.jpg': await cameraJpegWithPreview(sharp(original), sharp(original)) }, batch: true },
  ],
  invalid: [
    { name: 'cropped, preview of the uncropped original', post: '![Trip](photos/b.jpg)\n', files: { 'photos/b.jpg': await jpegWithPreview(cropped, sharp(original)) }, errors: [{ message: /preview/ }] },
    {
      name: 'blurred after capture (modify date later than the capture date), preview of the sharp original',
      post: '![Trip](photos/d.jpg)\n',
      files: { 'photos/d.jpg': await cameraJpegWithPreview(blurred.clone(), sharp(original), { modified: '2026:06:13 19:02:11' }) },
      errors: [{ message: /preview/ }],
    },
    {
      name: 'cropped to another shape on a file that otherwise looks untouched',
      post: '![Trip](photos/e.jpg)\n',
      files: { 'photos/e.jpg': await cameraJpegWithPreview(widescreen, sharp(original)) },
      errors: [{ message: /preview/ }],
    },
    {
      name: "in a post: blurred with the camera's metadata copied as it was (no sign of an edit), preview of the sharp original",
      post: '![Trip](photos/a.jpg)\n',
      files: { 'photos/a.jpg': await cameraJpegWithPreview(blurred.clone(), sharp(original)) },
      errors: [{ message: /preview/ }],
    },
    {
      name: 'audit photos: blurred after capture (modify date later), preview of the sharp original',
      post: '![Trip](photos/d.jpg)\n',
      files: { 'photos/d.jpg': await cameraJpegWithPreview(blurred.clone(), sharp(original), { modified: '2026:06:13 19:02:11' }) },
      batch: true,
      errors: [{ message: /preview/ }],
    },
    { name: 'blurred, preview of the sharp original', post: '![Trip](photos/c.jpg)\n', files: { 'photos/c.jpg': await jpegWithPreview(blurred, sharp(original)) }, errors: [{ message: /preview/ }] },
  ],
});
