import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { isInside } from '../util/paths.js';

export interface ReadLimits {
  /** Files larger than this many bytes are refused. */
  maxFileSize: number;
}

export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

export type ReadProblemRule =
  'file-unreadable' | 'file-outside-root' | 'file-too-large' | 'file-binary' | 'file-encoding';

export interface ReadProblem {
  rule: ReadProblemRule;
  message: string;
  /** Offset into the decoded text where the problem starts (encoding errors). */
  offset?: number;
  /** The decoded text before the problem, so that a position can be shown. */
  text?: string;
}

export type ReadResult = { ok: true; text: string; realPath: string } | { ok: false; problem: ReadProblem };

/**
 * Reads a UTF-8 text file that must stay inside `root` once symlinks are
 * resolved. Never throws: every failure comes back as a problem.
 */
export function readTextFile(
  file: string,
  root: string,
  limits: ReadLimits,
  /** The real path, when the caller knows it (a folder walk that saw a regular file in a resolved folder). */
  knownRealPath?: string,
): ReadResult {
  let realPath: string;
  try {
    realPath = knownRealPath ?? realpathSync.native(file);
  } catch (error) {
    return fail('file-unreadable', describeIoError(error));
  }
  if (!isInside(root, realPath)) {
    return fail(
      'file-outside-root',
      `resolves to ${realPath}, outside the project folder ${root}; perfcoord reads only files inside it`,
    );
  }
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: the path was resolved above; a link swapped in since is refused.
    // O_NONBLOCK: opening a named pipe would wait for a writer, forever; this way it opens at
    // once and is refused below (a regular file reads as usual).
    fd = openSync(realPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return fail('file-unreadable', `is not a regular file (${fileType(stat)})`);
    if (stat.size > limits.maxFileSize) {
      let size = formatBytes(stat.size);
      let limit = formatBytes(limits.maxFileSize);
      if (size === limit) [size, limit] = [`${stat.size} bytes`, `${limits.maxFileSize} bytes`];
      return fail('file-too-large', `is ${size}, above the ${limit} limit (--max-file-size)`);
    }
    return decode(readWhole(fd, stat.size), realPath);
  } catch (error) {
    return fail('file-unreadable', describeIoError(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The `size` bytes of an open file (fewer if it shrank meanwhile). */
export function readWhole(fd: number, size: number): Buffer {
  // Not zeroed: only the bytes read are handed on.
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(buffer: Uint8Array, realPath: string): ReadResult {
  const nul = buffer.indexOf(0);
  if (nul !== -1) {
    return fail('file-binary', `holds binary data (a NUL byte at byte ${nul}); perfcoord reads UTF-8 YAML text`);
  }
  try {
    // The decoder drops a leading BOM.
    return { ok: true, text: strictDecoder.decode(buffer), realPath };
  } catch {
    const bad = firstInvalidUtf8(buffer);
    const before = Buffer.from(buffer.subarray(0, bad))
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return {
      ok: false,
      problem: {
        rule: 'file-encoding',
        message: `is not valid UTF-8: byte 0x${(buffer[bad] ?? 0).toString(16).padStart(2, '0')} at byte ${bad} cannot start or continue a character`,
        offset: before.length,
        text: before,
      },
    };
  }
}

/** The index of the first byte that breaks UTF-8, or the length when none does. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}

function fileType(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  return 'a special file';
}

function fail(rule: ReadProblemRule, message: string): ReadResult {
  return { ok: false, problem: { rule, message } };
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'is a symbolic link loop, or a link where none is allowed';
    case 'ENAMETOOLONG':
      return 'has a name too long for this system';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}
