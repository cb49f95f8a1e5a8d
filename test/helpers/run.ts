import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED = path.join(ROOT, 'examples/seed');
export const MINIMAL = path.join(ROOT, 'examples/minimal');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs perfcoord in-process, as `perfcoord ...args` in `cwd`, with no terminal and no colour. */
export async function runCli(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
    stdin: Object.assign(new PassThrough(), { isTTY: false }),
    cwd,
    env: { ...env },
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
