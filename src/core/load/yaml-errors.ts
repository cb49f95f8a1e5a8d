/**
 * The YAML parser's errors as perfcoord findings: rules, plain messages, and
 * positions where the fix goes (an unclosed quote where it opens).
 */
import type { Severity } from '../diagnostic.js';
import type { LoadRuleId } from '../rule-ids.js';

/** A YAML-level finding, by offsets into the text. */
export interface YamlProblem {
  rule: LoadRuleId;
  severity: Severity;
  message: string;
  start: number;
  end: number;
}

/**
 * For a quote or a flow collection still open at the end of the text, the
 * parser points at the end; the place to fix is where it opened: the last
 * quote or bracket that begins a value and is not closed on its own line.
 */
function openedAt(text: string, before: number, opener: string, closer: string): number | undefined {
  let lineEnd = before;
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    const valueStart = /^(\s*(?:-\s+)*(?:[^\s#"'][^#]*?:\s+|-\s+)?)/.exec(line)?.[1]?.length ?? 0;
    const at = line.indexOf(opener, valueStart);
    if (at === valueStart && !closedBefore(text, lineStart + at, before, opener, closer)) return lineStart + at;
    lineEnd = lineStart - 1;
  }
  return undefined;
}

/** Whether the quote or bracket at `at` is closed before `end` (brackets counted, quoted text skipped). */
function closedBefore(text: string, at: number, end: number, opener: string, closer: string): boolean {
  if (opener === '"' || opener === "'") {
    for (let i = at + 1; i < end; i++) {
      const c = text[i];
      if (opener === '"' && c === '\\') i++;
      else if (c === opener) {
        if (opener === "'" && text[i + 1] === "'") i++;
        else return true;
      }
    }
    return false;
  }
  let depth = 0;
  let quote = '';
  for (let i = at; i < end; i++) {
    const c = text[i] ?? '';
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return true;
  }
  return false;
}

export function fromYamlError(
  error: { code: string; message: string; pos: [number, number] },
  level: Severity,
  text: string,
  /** text.trimEnd().length, computed once per file by the caller: per error it made the error path quadratic. */
  contentEnd = text.trimEnd().length,
): YamlProblem {
  const [start, end] = error.pos;
  if (start >= contentEnd) {
    const quote = /missing closing (["'])quote/i.exec(error.message)?.[1];
    const bracket = /end with a? ?([\]}])/.exec(error.message)?.[1];
    const opener = quote ?? (bracket === ']' ? '[' : bracket === '}' ? '{' : undefined);
    const at = opener === undefined ? undefined : openedAt(text, start, opener, quote ?? bracket ?? '');
    if (opener !== undefined && at !== undefined) {
      const what =
        quote !== undefined
          ? `the ${quote === '"' ? 'double' : 'single'}-quoted text opened here`
          : `the flow ${opener === '[' ? 'sequence' : 'mapping'} opened here`;
      return {
        rule: 'yaml-syntax',
        severity: level,
        message: `${what} is never closed (the file ends first); add the closing ${quote ?? bracket}`,
        start: at,
        end: at + 1,
      };
    }
  }
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const lineEnd = text.indexOf('\n', start);
      const rest = text.slice(start, lineEnd === -1 ? undefined : lineEnd);
      const key = (/^("[^"]*"|'[^']*'|[^:]*?)\s*:(?:\s|$)/.exec(rest)?.[1] ?? text.slice(start, end)).trim();
      const shown =
        key.length > 0 && key.length <= 60 && !key.includes('\n') ? ` "${key.replace(/^["']|["']$/g, '')}"` : '';
      return {
        rule: 'yaml-duplicate-key',
        severity: 'error',
        message: `the key${shown} appears twice in this mapping; map keys must be unique`,
        start,
        // The caret spans the whole key.
        end: shown !== '' ? Math.max(end, start + key.length) : end,
      };
    }
    case 'TAG_RESOLVE_FAILED':
      return {
        rule: 'yaml-tag',
        severity: 'error',
        message: `${cleanMessage(error.message)}; perfcoord knows only the core tags (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq)`,
        start,
        end,
      };
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return { rule: 'yaml-alias', severity: 'error', message: cleanMessage(error.message), start, end };
    default:
      return { rule: 'yaml-syntax', severity: level, message: cleanMessage(error.message), start, end };
  }
}

export function cleanMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  const text = first.replace(/ at line \d+, column \d+:?$/, '').trim();
  return text.charAt(0).toLowerCase() + text.slice(1);
}
