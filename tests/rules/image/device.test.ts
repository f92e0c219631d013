import { describe, expect, it } from 'vitest';
import { device, isOwnedDevice, serialKey } from '../../../src/rules/image/device.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { jpeg, makerNoteSerialExif, withSegments } from '../../images/build.js';

const iphone = await jpeg({ exif: { IFD0: { Make: 'Apple', Model: 'iPhone 15' } } });
const canon = await jpeg({ exif: { IFD0: { Make: 'Canon', Model: 'Canon EOS 250D' } } });
const devices = [{ make: 'Canon', model: 'Canon EOS 250D' }];
// Canon keeps the body's serial in its maker note as a number; ExifTool prints it with ten digits (0560018150).
const canonWithSerial = withSegments(await jpeg(), [0xe1, makerNoteSerialExif('canon', '560018150', 'Canon EOS 250D')]);
// The D70 writes "NO= 20025585" followed by spaces.
const nikonD70 = withSegments(await jpeg(), [0xe1, makerNoteSerialExif('nikon-old', 'NO= 20025585        ', 'NIKON D70')]);

ruleTester(device, {
  valid: [
    { name: 'the school\'s listed camera', post: '![Match](photos/a.jpg)\n', files: { 'photos/a.jpg': canon }, config: { devices } },
    { name: 'no devices list in the config: the rule stays silent', post: '![Match](photos/a.jpg)\n', files: { 'photos/a.jpg': iphone } },
    { name: 'a photo with no camera fields', post: '![Match](photos/a.jpg)\n', files: { 'photos/a.jpg': await jpeg() }, config: { devices } },
    {
      name: 'a Canon serial typed from the body without the leading zero ExifTool prints',
      post: '![Match](photos/a.jpg)\n',
      files: { 'photos/a.jpg': canonWithSerial },
      config: { devices: [{ make: 'Canon', serial: '560018150' }] },
    },
    {
      name: 'a Nikon serial typed without the "NO=" prefix and spaces the camera writes',
      post: '![Match](photos/a.jpg)\n',
      files: { 'photos/a.jpg': nikonD70 },
      config: { devices: [{ serial: '20025585' }] },
    },
  ],
  invalid: [
    { name: 'a personal phone', post: '![Match](photos/b.jpg)\n', files: { 'photos/b.jpg': iphone }, config: { devices }, errors: [{ message: /Apple iPhone 15/ }] },
    {
      name: 'the same model with another serial',
      post: '![Match](photos/b.jpg)\n',
      files: { 'photos/b.jpg': canonWithSerial },
      config: { devices: [{ make: 'Canon', serial: '560018151' }] },
      errors: [{ message: /serial 0560018150, which is not one of the school's devices/ }],
    },
    {
      name: 'the listed make and model, but the photo records no serial to match the listed one',
      post: '![Match](photos/b.jpg)\n',
      files: { 'photos/b.jpg': canon },
      config: { devices: [{ make: 'Canon', model: 'Canon EOS 250D', serial: '560018150' }] },
      errors: [{ message: /Canon Canon EOS 250D, but it records no serial number the auditor can read, so it cannot be matched to the school's device with serial 560018150/ }],
    },
  ],
});

describe('serial numbers differ only in presentation, never in substance', () => {
  it('spaces, a "NO=" prefix and the leading zeros of a number are ignored', () => {
    expect(serialKey('NO= 20025585        ')).toBe(serialKey('20025585'));
    expect(serialKey('0560018150')).toBe(serialKey('560018150'));
    expect(serialKey(' nx0a 3s00 75 ')).toBe(serialKey('NX0A3S0075'));
    expect(serialKey('000')).toBe('0');
  });

  it('a different serial never matches', () => {
    const owned = (serial: string) => isOwnedDevice({ make: 'Canon', serial: '0560018150' }, [{ serial }]);
    expect(owned('560018150')).toBe(true);
    for (const other of ['56001815', '5600181500', '1560018150', '560018150X', '', '   ']) expect(owned(other), other).toBe(false);
    // Leading zeros count when the serial is not a plain number: S000407190102 is not S407190102.
    expect(isOwnedDevice({ serial: 'S000407190102' }, [{ serial: 'S407190102' }])).toBe(false);
    expect(isOwnedDevice({ serial: 'NO= 20025585' }, [{ serial: 'NO= 2002558' }])).toBe(false);
  });
});
