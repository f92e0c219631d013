import type { Rule } from '../../core/types.js';
import type { ImageMetadata } from '../../images/types.js';
import type { ConfigFile } from '../../config/schema.js';
import { imageLocation } from './where.js';

type Device = NonNullable<ConfigFile['devices']>[number];

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/** A listed device matches when every field it gives matches the photo. */
export function isOwnedDevice(device: ImageMetadata['device'], owned: Device[]): boolean {
  return owned.some((d) => {
    const fields = (['make', 'model', 'serial', 'owner'] as const).filter((k) => d[k] !== undefined);
    return fields.length > 0 && fields.every((k) => same(d[k], device[k]));
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
        'Policies ask staff to photograph pupils on school devices, not personal phones. The camera make, model, serial number (EXIF BodySerialNumber, XMP, or the Nikon, Olympus and Panasonic maker notes) and owner in the photo are compared with `devices` in the config. Without a `devices` list this rule stays silent: it cannot know which cameras are the school\'s.',
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
      ctx.report({
        message: `The ${attachment.medium} was taken on ${described}${serial}, which is not one of the school's devices`,
        ...imageLocation(attachment, camera.serial ? 'SerialNumber' : 'Model'),
        suggestion: 'Use a school device, or add this one to `devices` in the config if the school owns it.',
      });
    }
  },
};
