import type { Diagnostic } from '../diagnostic.js';
import { colors, safeText } from './color.js';
import type { Colors } from './color.js';
import type { Formatter } from './context.js';
import { pluralize } from './context.js';
import type { SourceText } from '../load/source.js';

const MAX_SHOWN = 160;

/**
 * Findings grouped by file, each with the source line and a caret under the
 * span, then a one-line summary.
 */
export const stylish: Formatter = (diagnostics, ctx) => {
  const c = colors(ctx.color);
  const out: string[] = [];
  let current: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== current) {
      if (current !== undefined) out.push('');
      current = d.file;
      out.push(c.underline(safeText(d.file)));
    }
    const pos = `${d.range.start.line + 1}:${d.range.start.col + 1}`;
    out.push(
      `${c.dim(`${safeText(d.file)}:${pos}:`)} ${severityLabel(d, c)} ${safeText(d.message)} ${c.dim(`[${d.rule}]`)}`,
    );
    const snippet = sourceSnippet(ctx.source(d.file), d, c);
    if (snippet) out.push(...snippet);
  }
  const s = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) s[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'infos']++;
  const files = pluralize(ctx.files.length, 'file');
  const hidden = ctx.hiddenWarnings ?? 0;
  if (diagnostics.length === 0 && hidden > 0)
    return `${c.yellow('ok')} ${files} checked, no errors (${pluralize(hidden, 'warning')} not shown: --quiet)\n`;
  if (diagnostics.length === 0) return `${c.green('ok')} ${files} checked, no problems\n`;
  if (out.length > 0) out.push('');
  const parts = [pluralize(s.errors, 'error'), pluralize(s.warnings, 'warning')];
  if (hidden > 0) parts[1] = `${pluralize(hidden, 'warning')} not shown: --quiet`;
  if (s.infos > 0) parts.push(pluralize(s.infos, 'note'));
  const summary = `${pluralize(diagnostics.length, 'problem')} (${parts.join(', ')}) in ${files} checked`;
  out.push(s.errors > 0 ? c.red(summary) : c.yellow(summary));
  return out.join('\n') + '\n';
};

function severityLabel(d: Diagnostic, c: Colors): string {
  if (d.severity === 'error') return c.red('error');
  if (d.severity === 'warning') return c.yellow('warning');
  return c.blue('note');
}

/** The offending line and a `^~~~` under the span, like a compiler. */
export function sourceSnippet(source: SourceText | undefined, d: Diagnostic, c: Colors): string[] | undefined {
  if (!source) return undefined;
  const lineIndex = d.range.start.line;
  if (lineIndex >= source.lineCount) return undefined;
  const raw = source.line(lineIndex).replace(/\t/g, ' ');
  const start = Math.min(d.range.start.col, raw.length);
  const end = d.range.end.line === lineIndex ? Math.max(start, Math.min(d.range.end.col, raw.length)) : raw.length;
  // Show a window around a long line's span.
  const from = raw.length > MAX_SHOWN && start > MAX_SHOWN / 2 ? start - 40 : 0;
  const shown = raw.slice(from, from + MAX_SHOWN);
  const lead = from > 0 ? '...' : '';
  const tail = from + MAX_SHOWN < raw.length ? '...' : '';
  const text = safeText(shown);
  // Escapes widen the line; keep the caret under the same characters.
  const caretAt = lead.length + safeText(shown.slice(0, start - from)).length;
  const width = Math.max(1, safeText(shown.slice(start - from, Math.min(end, from + MAX_SHOWN) - from)).length);
  const gutter = String(lineIndex + 1).padStart(5);
  const caret = '^' + '~'.repeat(width - 1);
  return [
    `${c.dim(`${gutter} |`)} ${lead}${text}${tail}`,
    `${c.dim(`${' '.repeat(gutter.length)} |`)} ${' '.repeat(caretAt)}${d.severity === 'error' ? c.red(caret) : c.yellow(caret)}`,
  ];
}
