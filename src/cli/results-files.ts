/** Reading the result files `gate check` is given: any path (CI writes them anywhere), regular files only. */
import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';
import path from 'node:path';
import { IoError } from '../core/errors.js';
import { readResults } from '../core/gate/results/detect.js';
import type { ResultSet } from '../core/gate/results/types.js';

/** Lighthouse reports with screenshots run to tens of MB; far above that is not a result file. */
const MAX_RESULT_SIZE = 256 * 1024 * 1024;

function readText(file: string, shown: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY);
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new IoError(`cannot read the results file ${shown}: not a regular file`);
    if (stat.size > MAX_RESULT_SIZE) throw new IoError(`cannot read the results file ${shown}: above 256 MB`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } catch (error) {
    if (error instanceof IoError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder' : (error as Error).message;
    throw new IoError(`cannot read the results file ${shown}: ${why}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readResultFiles(files: readonly string[], cwd: string): ResultSet[] {
  return files.map((file) => readResults(file, readText(path.resolve(cwd, file), file)));
}
