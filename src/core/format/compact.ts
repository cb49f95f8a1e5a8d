import type { Diagnostic } from '../diagnostic.js';
import { safeText } from './color.js';
import type { Formatter } from './context.js';

/** One line a finding: `path:line:col: severity message [rule]`. */
export function compactLines(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map(
      (d) =>
        `${safeText(d.file)}:${d.range.start.line + 1}:${d.range.start.col + 1}: ${d.severity} ${safeText(d.message)} [${d.rule}]\n`,
    )
    .join('');
}

export const compact: Formatter = (diagnostics) => compactLines(diagnostics);
