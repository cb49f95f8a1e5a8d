import { compareStrings } from './util/compare.js';

/** A position in a file: 0-based line, 0-based column in UTF-16 code units. */
export interface Position {
  line: number;
  col: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/**
 * A finding. Ranges are 0-based; formatters turn them into 1-based lines and
 * columns. `file` is the path as shown to people (relative to the working
 * folder, with forward slashes).
 */
export interface Diagnostic {
  file: string;
  range: Range;
  severity: Severity;
  rule: string;
  message: string;
  /** A nearby valid value, when the finding is a misspelling of one. */
  suggestion?: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.col - b.range.start.col ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  );
}

export const ZERO_RANGE: Range = { start: { line: 0, col: 0 }, end: { line: 0, col: 0 } };
