import type { Rule } from '../../core/types.js';
import type { ImageMetadata } from '../../images/types.js';
import type { ConfigFile } from '../../config/schema.js';
import { imageLocation } from './where.js';

type Device = NonNullable<ConfigFile['devices']>[number];

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A serial number as typed from the camera body and as the camera wrote it differ only in
 * presentation: spaces, Nikon's "NO=" prefix, and the leading zeros ExifTool prints for Canon's
 * numeric serials ("0560018150" for 560018150). Nothing else is dropped, so a different serial
 * never matches.
 */
export function serialKey(serial: string): string {
  const compact = serial.toLowerCase().replace(/\s+/g, '').replace(/^no=/, '');
  return /^\d+$/.test(compact) ? compact.replace(/^0+(?=\d)/, '') : compact;
}

const sameSerial = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && serialKey(a) !== '' && serialKey(a) === serialKey(b);

const FIELDS = ['make', 'model', 'serial', 'owner'] as const;

function matches(d: Device, device: ImageMetadata['device'], field: (typeof FIELDS)[number]): boolean {
  return field === 'serial' ? sameSerial(d.serial, device.serial) : same(d[field], device[field]);
}

/** A listed device matches when every field it gives matches the photo. */
export function isOwnedDevice(device: ImageMetadata['device'], owned: Device[]): boolean {
  return owned.some((d) => {
    const fields = FIELDS.filter((k) => d[k] !== undefined);
    return fields.length > 0 && fields.every((k) => matches(d, device, k));
  });
}

/**
 * A listed device with a serial number whose other fields all match a photo that records no serial:
 * it may well be the school's camera, but that cannot be shown from the photo.
 */
function unprovenDevice(device: ImageMetadata['device'], owned: Device[]): Device | undefined {
  if (device.serial !== undefined) return undefined;
  return owned.find((d) => {
    const others = FIELDS.filter((k) => k !== 'serial' && d[k] !== undefined);
    return d.serial !== undefined && others.length > 0 && others.every((k) => matches(d, device, k));
  });
}

export const device: Rule = {
  meta: {
    id: 'image/device',
    description: 'A photo taken on a device that is not on the school\'s list of owned cameras (by serial, model or owner).',
    severity: 'warning',
    inputs: ['images'],
    docs: {
      details:
        'Policies ask staff to photograph pupils on school devices, not personal phones. The camera make, model, serial number (EXIF BodySerialNumber, XMP, or the Canon, Nikon, Olympus, Panasonic, Motorola and Sigma maker notes; spaces, a "NO=" prefix and leading zeros of a numeric serial are ignored) and owner in the photo are compared with `devices` in the config. Without a `devices` list this rule stays silent: it cannot know which cameras are the school\'s.',
      fires: ['a photo from an "Apple iPhone 15" when the config lists only a "Canon EOS 250D"'],
      passes: ['a photo from the listed Canon', 'any photo when the config has no devices list', 'a photo with no camera fields (a screenshot or an edited export)'],
      fix: 'Take pupils\' photos on a school device, or add the device to `devices` in the config if the school owns it.',
    },
  },
  check(ctx) {
    const owned = ctx.config.devices;
    if (!owned || owned.length === 0) return;
    for (const attachment of ctx.post.attachments) {
      const camera = attachment.metadata?.device;
      if (!camera || (!camera.make && !camera.model && !camera.serial && !camera.owner)) continue;
      if (isOwnedDevice(camera, owned)) continue;
      const described = [camera.make, camera.model].filter(Boolean).join(' ') || 'an unnamed camera';
      const serial = camera.serial ? `, serial ${camera.serial}` : '';
      const unproven = unprovenDevice(camera, owned);
      ctx.report({
        message: unproven
          ? `The ${attachment.medium} was taken on ${described}, but it records no serial number the auditor can read, so it cannot be matched to the school's device with serial ${unproven.serial}`
          : `The ${attachment.medium} was taken on ${described}${serial}, which is not one of the school's devices`,
        ...imageLocation(attachment, camera.serial ? 'SerialNumber' : 'Model'),
        suggestion: unproven
          ? 'Check that the photo came from the school\'s camera; if the school owns this model without a known serial, list it in `devices` without `serial`.'
          : 'Use a school device, or add this one to `devices` in the config if the school owns it.',
      });
    }
  },
};
