import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  constants,
} from 'node:fs';
import path from 'node:path';
import { IoError } from '../errors.js';
import { tempNameFor } from './temp-files.js';

export interface WriteOptions {
  /**
   * The target was free when the caller looked: create it, and never replace a file that
   * appeared there since (a link from the temporary file, which fails when the name is taken).
   */
  create?: boolean;
}

/**
 * Writes a file whole or not at all: into a new temporary file beside the
 * target (created exclusively, never following a link), then renamed over it.
 * A symbolic link at the target is refused rather than written through.
 */
export function writeFileAtomic(target: string, content: string, options: WriteOptions = {}): void {
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
  if (stat && options.create) {
    if (sameContent(target, content)) return;
    throw appeared(target);
  }
  const temp = path.join(dir, tempNameFor(path.basename(target)));
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
    const data = Buffer.from(content, 'utf8');
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.create) createFrom(temp, target, content);
    else renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    if (error instanceof IoError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && fd === undefined)
      throw new IoError(
        `cannot write ${target}: its temporary file was removed while perfcoord wrote it; is another program cleaning ${dir}? Run again`,
      );
    throw new IoError(`cannot write ${target}: ${(error as Error).message}`);
  }
}

/** Links the finished temporary file to a new name; a file that took the name meanwhile stays. */
function createFrom(temp: string, target: string, content: string): void {
  try {
    linkSync(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another perfcoord run that wrote the same bytes is no conflict.
    if (!sameContent(target, content)) throw appeared(target);
  }
  unlinkSync(temp);
}

function sameContent(file: string, content: string): boolean {
  try {
    return lstatSync(file).isFile() && readFileSync(file, 'utf8') === content;
  } catch {
    return false;
  }
}

function appeared(target: string): IoError {
  return new IoError(
    `${target} appeared while perfcoord was writing (made by a person, or another perfcoord run); it was left as it is: look at it, then run again`,
  );
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
