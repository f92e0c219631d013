// Small pieces the Word and OpenDocument reader tests share.

/** The smallest JPEG a reader recognises (SOI, a JFIF header, EOI): a picture to put inside a document. */
export const jpegBytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

/** A laid-out document's source, a paragraph a line. */
export const lines = (source: string): string[] => source.split('\n');
