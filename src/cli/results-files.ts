/** Reading the result files `gate check` is given: any path (CI writes them anywhere), regular files only. */
import { closeSync, fstatSync, openSync, constants } from 'node:fs';
import path from 'node:path';
import { IoError } from '../core/errors.js';
import { readWhole } from '../core/load/read.js';
import { readResults } from '../core/gate/results/detect.js';
import type { ResultSet } from '../core/gate/results/types.js';

/** Lighthouse reports with screenshots run to tens of MB; far above that is not a result file. */
const MAX_RESULT_SIZE = 256 * 1024 * 1024;

function readText(file: string, shown: string): string {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a named pipe opens at once and is refused below, instead of waiting for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new IoError(`cannot read the results file ${shown}: not a regular file`);
    if (stat.size > MAX_RESULT_SIZE) throw new IoError(`cannot read the results file ${shown}: above 256 MB`);
    return readWhole(fd, stat.size).toString('utf8');
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
