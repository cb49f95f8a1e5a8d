import { CommanderError } from 'commander';
import { PerfcoordError } from '../core/errors.js';
import type { Io } from './io.js';
import { buildProgram } from './program.js';
import { safeText } from '../core/format/safe-text.js';
import { setWriterIdentity } from '../core/write/temp-files.js';

/** Whether a process runs: signal 0 tests without sending anything (EPERM: it runs as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Temporary files name the run that writes them, so that only leftovers of finished runs are removed.
setWriterIdentity({ pid: process.pid, started: Math.round(performance.timeOrigin), isRunning });

/**
 * Runs perfcoord with `argv` (the arguments after the program name) and
 * returns the exit code: 0 clean, 1 findings, 2 usage, configuration, I/O or
 * internal error. The one place failures are caught.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander has printed its message (help, version, or a usage error).
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    // Help shown because a command was incomplete ("perfcoord render") is a usage error.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof PerfcoordError) {
    io.stderr.write(`perfcoord: ${safeText(error.message)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`perfcoord: internal error: ${safeText(message)}\n`);
  if (io.env.PERFCOORD_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write('Run again with PERFCOORD_DEBUG=1 for details, and report it with the input that caused it.\n');
  return 2;
}
