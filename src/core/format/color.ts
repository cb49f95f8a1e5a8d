import { Chalk } from 'chalk';

/** A handful of styles, switched off as a whole when colour is not wanted. */
export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

// Chalk styles (and closes nested styles correctly); whether to colour at all is decided by the
// CLI from its own environment (cli/io.ts colorEnabled), never by chalk reading process.env, so
// that the API and in-process runs stay deterministic. The palette is the 16 basic colours: level 1.
const chalk = new Chalk({ level: 1 });

export const ansi: Colors = {
  red: (s) => chalk.red(s),
  yellow: (s) => chalk.yellow(s),
  blue: (s) => chalk.blue(s),
  green: (s) => chalk.green(s),
  dim: (s) => chalk.dim(s),
  bold: (s) => chalk.bold(s),
  underline: (s) => chalk.underline(s),
};

const id = (s: string) => s;
export const plain: Colors = { red: id, yellow: id, blue: id, green: id, dim: id, bold: id, underline: id };

export function colors(enabled: boolean): Colors {
  return enabled ? ansi : plain;
}

/**
 * Text from files and findings, made safe for a terminal: control characters
 * (which could move the cursor or retitle the window) become visible escapes.
 */
export function safeText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code === 0x1b
      ? '\\e'
      : code === 0x0a
        ? '\\n'
        : code === 0x09
          ? '\\t'
          : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
