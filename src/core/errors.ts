/**
 * A problem the user can fix (bad option, missing file, malformed config or consent record).
 * The CLI prints its message as one line and exits 2 — never a stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string) {
    super(message);
  }
}

export function describeError(error: unknown): string {
  // A parser's recursion run out on hostile nesting (100,000 dotted TOML keys, XMP nested thousands deep): say so in words.
  if (error instanceof RangeError && error.message.startsWith('Maximum call stack size exceeded')) return 'it is nested too deeply to read';
  if (error instanceof Error) return error.message;
  return String(error);
}

/** A short, human reason for a Node file-system error code. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      // Node reads folder listings as UTF-8: a name in another encoding (Latin-1 "caf\xe9.md" copied from an
      // old share) comes back with U+FFFD and cannot be opened by it.
      return String((error as NodeJS.ErrnoException).path ?? '').includes('\uFFFD') ? 'its name has bytes that are no UTF-8 text, so it cannot be opened by that name (rename the file)' : 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENAMETOOLONG': {
      // One name over 255 bytes fails the same way as a whole path over 4,096: say which it was.
      const names = String((error as NodeJS.ErrnoException).path ?? '').split(/[\\/]/);
      return names.some((name) => Buffer.byteLength(name) > 255)
        ? 'a name in the path is longer than the system allows (255 bytes for a file or folder name)'
        : 'the path is longer than the system allows (4,096 characters on Linux)';
    }
    case 'ENXIO':
      return 'not a regular file (a socket cannot be read)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return describeError(error);
  }
}
