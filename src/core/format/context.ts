import type { Diagnostic } from '../diagnostic.js';
import type { SourceText } from '../load/source.js';
import type { RuleInfo } from '../validate/catalog.js';

export interface FormatContext {
  /** The folder paths are relative to. */
  cwd: string;
  /** Every checked file (display paths), in order. */
  files: readonly string[];
  /** The text of a file, for showing source lines. */
  source(file: string): SourceText | undefined;
  color: boolean;
  version: string;
  now: Date;
  /** The rule catalog, for formats that describe the rules they report (SARIF); others may get none. */
  rules: readonly RuleInfo[];
  /** Findings left out by --quiet, so that a summary does not call the project clean. */
  hiddenWarnings?: number;
}

export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;

export function pluralize(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
