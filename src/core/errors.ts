/**
 * The few failures that are not findings. Each carries the exit code the CLI
 * maps it to; everything else that escapes is an internal error.
 */
export class PerfcoordError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Wrong flags or arguments. */
export class UsageError extends PerfcoordError {}

/** A project file that cannot be found, read or used. */
export class ConfigError extends PerfcoordError {}

/** A file that cannot be read or written. */
export class IoError extends PerfcoordError {}

/** Something the user asked for does not exist (who-owns with no match). */
export class NotFoundError extends PerfcoordError {
  constructor(message: string) {
    super(message, 1);
  }
}
