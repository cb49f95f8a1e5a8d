import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  constants,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { IoError } from '../errors.js';

/**
 * Writes a file whole or not at all: into a new temporary file beside the
 * target (created exclusively, never following a link), then renamed over it.
 * A symbolic link at the target is refused rather than written through.
 */
export function writeFileAtomic(target: string, content: string): void {
  const dir = path.dirname(target);
  try {
    makeFolders(dir);
  } catch (error) {
    throw new IoError(`cannot create the folder ${dir}: ${(error as Error).message}`);
  }
  let stat;
  try {
    stat = lstatSync(target);
  } catch {
    stat = undefined;
  }
  if (stat?.isSymbolicLink()) throw new IoError(`${target} is a symbolic link; perfcoord does not write through links`);
  if (stat && !stat.isFile()) throw new IoError(`${target} exists and is not a regular file`);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
    const data = Buffer.from(content, 'utf8');
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw new IoError(`cannot write ${target}: ${(error as Error).message}`);
  }
}

/**
 * mkdir -p, one folder at a time: Node 20's recursive mkdirSync never returns for some paths
 * that cannot be created (under /proc), where this fails at once.
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    let stat;
    try {
      stat = lstatSync(at);
    } catch {
      stat = undefined;
    }
    if (stat) {
      if (!stat.isDirectory() && !(stat.isSymbolicLink() && isFolder(at))) throw new Error(`${at} is not a folder`);
      break;
    }
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Made meanwhile by another process: as good.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !isFolder(folder)) throw error;
    }
  }
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
