/**
 * Names of the temporary files the atomic writer leaves beside a target while it writes. A name
 * says which run made it (process id and start time), so that a run removes only the leftovers
 * of runs that are gone, never the file another run is still writing.
 */

export interface WriterIdentity {
  pid: number;
  /** When the process started, in ms: with the pid, tells this run from a later one reusing the pid. */
  started: number;
  /** Whether a process with this id still runs (the CLI asks the system; the core cannot). */
  isRunning(pid: number): boolean;
}

// The core knows no process: the CLI sets the identity at start-up. Without it, every temporary
// file of another name counts as live (nothing is removed that might be in use).
let identity: WriterIdentity = { pid: 0, started: 0, isRunning: () => true };

export function setWriterIdentity(id: WriterIdentity): void {
  identity = id;
}

/** A temporary file older than this is a leftover whatever its process id says (ids are reused). */
const MAX_AGE_MS = 60 * 60 * 1000;

/** `.index.md.<pid>-<start>-<random>.tmp` beside `index.md`. */
export function tempNameFor(base: string): string {
  return `.${base}.${identity.pid}-${identity.started.toString(36)}-${randomHex(6)}.tmp`;
}

export interface TempFile {
  /** The name of the file it was to become. */
  target: string;
  pid?: number;
  started?: number;
}

const NAMED = /^\.(.+)\.(\d+)-([0-9a-z]+)-[0-9a-f]{12}\.tmp$/;
/** The names of earlier versions, without an owner. */
const ANONYMOUS = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

export function parseTempName(name: string): TempFile | undefined {
  const named = NAMED.exec(name);
  if (named) return { target: named[1] ?? '', pid: Number(named[2]), started: parseInt(named[3] ?? '0', 36) };
  const anonymous = ANONYMOUS.exec(name);
  return anonymous ? { target: anonymous[1] ?? '' } : undefined;
}

/**
 * A leftover of a run that is gone. One with this run's pid is stale too: either this run's own
 * (it has none in flight while it plans) or an earlier process's that had the same id.
 */
export function isStale(temp: TempFile, ageMs: number): boolean {
  if (temp.pid === undefined || ageMs > MAX_AGE_MS) return true;
  if (identity.pid !== 0 && temp.pid === identity.pid) return true;
  return !identity.isRunning(temp.pid);
}

/** Web Crypto is loaded on first use, so a run that writes nothing never pays for it. */
function randomHex(bytes: number): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}
