/** Everything a command may touch of the outside world, so tests can hand in their own. */
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface InStream {
  isTTY?: boolean;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream & NodeJS.ReadableStream;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The clock (JUnit timestamps, durations); fixed in tests. */
  now: () => Date;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
  };
}

/** Colour only on a terminal, never with NO_COLOR or TERM=dumb; FORCE_COLOR wins. */
export function colorEnabled(stream: OutStream, env: Io['env']): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
