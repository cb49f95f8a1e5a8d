/**
 * Where a finding's highlighted span ends, from the text alone: the token that
 * starts at `start` (a key, a quoted or plain scalar, a flow collection), or
 * the rest of the line for a block collection. Both parser paths give only
 * where things start; ends are computed here, so they agree by construction.
 * Spans never cross a line break.
 */
export type SpanKind = 'key' | 'scalar' | 'collection';

const SPACE = 32;
const TAB = 9;
const CR = 13;

export function spanEnd(text: string, start: number, kind: SpanKind): number {
  const lineEnd = endOfLine(text, start);
  if (start >= lineEnd) return start;
  const c = text.charCodeAt(start);
  if (c === 34 || c === 39) return Math.min(lineEnd, closeQuote(text, start, lineEnd));
  if (c === 91 || c === 123) return closeBracket(text, start, lineEnd);
  if (kind === 'collection' || c === 124 || c === 62) return trimEnd(text, start, withoutComment(text, start, lineEnd));
  return plainEnd(text, start, lineEnd, inFlow(text, start));
}

function endOfLine(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  let end = nl === -1 ? text.length : nl;
  if (end > at && text.charCodeAt(end - 1) === CR) end--;
  return end;
}

function closeQuote(text: string, start: number, lineEnd: number): number {
  const q = text.charCodeAt(start);
  for (let i = start + 1; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (q === 34 && c === 92) i++;
    else if (c === q) {
      if (q === 39 && text.charCodeAt(i + 1) === 39) i++;
      else return i + 1;
    }
  }
  return lineEnd;
}

function closeBracket(text: string, start: number, lineEnd: number): number {
  let depth = 0;
  for (let i = start; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) i = closeQuote(text, i, lineEnd) - 1;
    else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return trimEnd(text, start, withoutComment(text, start, lineEnd));
}

/** Whether `at` lies inside a flow collection opened earlier on its line. */
function inFlow(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let depth = 0;
  for (let i = lineStart; i < at; i++) {
    const c = text.charCodeAt(i);
    if ((c === 34 || c === 39) && (i === lineStart || /[\s[{,:]/.test(text.charAt(i - 1))))
      i = closeQuote(text, i, at) - 1;
    else if (c === 91 || c === 123) depth++;
    else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return depth > 0;
}

function plainEnd(text: string, start: number, lineEnd: number, flow: boolean): number {
  let i = start;
  for (; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < lineEnd ? text.charCodeAt(i + 1) : SPACE;
    if (c === 35 /* # */ && i > start && isBlank(text.charCodeAt(i - 1))) break;
    if (c === 58 /* : */ && (isBlank(next) || (flow && (next === 44 || next === 93 || next === 125)))) break;
    if (flow && (c === 44 || c === 93 || c === 125)) break;
  }
  return trimEnd(text, start, i);
}

function withoutComment(text: string, start: number, lineEnd: number): number {
  for (let i = start + 1; i < lineEnd; i++) {
    if (text.charCodeAt(i) === 35 && isBlank(text.charCodeAt(i - 1))) return i;
  }
  return lineEnd;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isBlank(text.charCodeAt(e - 1))) e--;
  return e;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}
