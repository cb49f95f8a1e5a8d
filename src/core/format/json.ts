import type { Diagnostic } from '../diagnostic.js';
import type { Formatter } from './context.js';

/**
 * The JSON shape (stable; 1-based lines and columns, end exclusive):
 * { version, files, summary: { errors, warnings, infos },
 *   diagnostics: [{ file, line, col, endLine, endCol, severity, rule, message, suggestion? }] }
 */
export function toJson(d: Diagnostic) {
  return {
    file: d.file,
    line: d.range.start.line + 1,
    col: d.range.start.col + 1,
    endLine: d.range.end.line + 1,
    endCol: d.range.end.col + 1,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
  };
}

export const json: Formatter = (diagnostics, ctx) => {
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics)
    summary[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'infos']++;
  return (
    JSON.stringify({ version: ctx.version, files: ctx.files, summary, diagnostics: diagnostics.map(toJson) }, null, 2) +
    '\n'
  );
};
