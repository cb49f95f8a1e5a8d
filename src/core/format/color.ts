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

// safeText lives in a module of its own, so that the CLI's start-up does not load chalk.
export { safeText } from './safe-text.js';
