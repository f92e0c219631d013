// Adobe Photoshop PSD/PSB: a 26-byte header, the colour-mode data, then the image resources —
// the same "8BIM" blocks a JPEG's APP13 holds: IPTC (0x0404), EXIF (0x0422, a TIFF structure) and
// XMP (0x0424). Layers and pixels follow and hold no metadata the auditor looks for.
import { CorruptFile, subView, type ByteView } from './bytes.js';
import { emptyBlocks, type Blocks } from './blocks.js';
import { PHOTOSHOP_RESOURCE, photoshopResources, type PhotoshopResource } from './iptc.js';

export interface PsdStructure {
  width: number;
  height: number;
  /** Where the resources' offsets count from (the first "8BIM"), and the resources. */
  resourcesAt: number;
  resources: PhotoshopResource[];
}

export function psdStructure(view: ByteView): PsdStructure {
  if (view.size < 34) throw new CorruptFile('the Photoshop file is cut short before its image resources');
  const header = view.get(0, 26);
  const version = header.readUInt16BE(4);
  if (version !== 1 && version !== 2) throw new CorruptFile(`the Photoshop file has an unknown version (${version})`);
  const colourModeLength = view.get(26, 4).readUInt32BE(0);
  const lengthAt = 30 + colourModeLength;
  const resourcesLength = view.get(lengthAt, 4).readUInt32BE(0);
  const resourcesAt = lengthAt + 4;
  const section = view.get(resourcesAt, resourcesLength);
  const resources = photoshopResources(section);
  const parsed = resources.length ? resources.at(-1)!.end : 0;
  // Resources that stop short of the section's end (not padding): the rest cannot be walked.
  if (section.subarray(parsed).some((b) => b !== 0)) throw new CorruptFile('the Photoshop image resources cannot be walked to their end');
  return { width: header.readUInt32BE(18), height: header.readUInt32BE(14), resourcesAt, resources };
}

export function readPsdBlocks(view: ByteView): Blocks {
  const blocks = emptyBlocks();
  const psd = psdStructure(view);
  blocks.width = psd.width;
  blocks.height = psd.height;
  for (const resource of psd.resources) {
    const at = psd.resourcesAt + resource.dataAt;
    if (resource.id === PHOTOSHOP_RESOURCE.exif || resource.id === PHOTOSHOP_RESOURCE.exif3) blocks.exif.push({ view: subView(view, at, resource.dataLength, 'its EXIF resource'), base: 0 });
    else if (resource.id === PHOTOSHOP_RESOURCE.xmp) blocks.xmp.push(view.get(at, resource.dataLength));
    else if (resource.id === PHOTOSHOP_RESOURCE.iptc) {
      const iptc = view.get(at, resource.dataLength);
      blocks.iptc = blocks.iptc ? Buffer.concat([blocks.iptc, iptc]) : iptc;
    }
  }
  return blocks;
}
