/**
 * A cheap upper bound on how deeply a YAML text nests, computed before js-yaml
 * or the complete parser sees it: both recurse per level, and a document
 * nested about a thousand deep can abort Node with an uncatchable error. The
 * bound counts block indentation levels, compact "- " / "? " entries, implicit
 * mappings and open flow brackets; block scalars and quoted text are skipped.
 * The line reader goes first, giving up past the depth allowed, and a text it
 * reads comes with a tighter bound of its own (parse-plain.ts).
 */
import type { LoadRuleId } from '../rule-ids.js';

export const DEFAULT_MAX_DEPTH = 64;

export interface DepthExceeded {
  /** Offset of the first character past the allowed depth. */
  offset: number;
  depth: number;
  /**
   * Set instead when a line goes on with more than MAX_JUNK characters after a quoted value
   * (`a: "x"[[[[…`): the parser reports each of them, at a cost no file deserves.
   */
  junk?: number;
}

/** Characters after a quoted value on its line where YAML allows none; past this a file is not parsed. */
export const MAX_JUNK = 1000;

/** The finding for what findExcessiveNesting found. */
export function nestingProblem(found: DepthExceeded, maxDepth: number): { rule: LoadRuleId; message: string } {
  return found.junk !== undefined
    ? {
        rule: 'yaml-syntax',
        message: `more than ${MAX_JUNK} characters follow a quoted value on this line, where YAML allows only ":" or a comment; perfcoord did not read this file further (remove them, or quote the whole value)`,
      }
    : {
        rule: 'yaml-depth',
        message: `nesting deeper than ${maxDepth} levels; perfcoord documents need far fewer (--max-depth)`,
      };
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

export function findExcessiveNesting(text: string, maxDepth = DEFAULT_MAX_DEPTH): DepthExceeded | undefined {
  // Most files cannot come near the limit, which searches for a few characters show at a
  // fraction of a scan's cost.
  if (depthBound(text) <= maxDepth) return undefined;
  return scanNesting(text, maxDepth);
}

/** The scan itself, without the shortcut (exported for tests that hold the two to agreement). */
export function scanNesting(text: string, maxDepth: number): DepthExceeded | undefined {
  const found = scan(text, maxDepth, true);
  if (found !== 'open-quote') return found;
  // A quote that never closes hid the rest of the text: scan it again, taking quotes as
  // ordinary characters (an over-estimate, which is the safe side of a bound).
  const again = scan(text, maxDepth, false);
  return again === 'open-quote' ? undefined : again;
}

/** "-" or "?" where it can start a compact entry (the scan counts no other). */
const ENTRY_INDICATOR = /[-?](?=[ \t\r\n]|$)/g;

/**
 * An upper bound of any depth scan() can reach, or Infinity when a line is long enough to
 * hold too much after a quoted value. On a line, the scan's depth is at most its indentation
 * levels (no more than the widest indentation plus one), plus one for a key, plus one for each
 * entry indicator, plus the flow collections open, which are no more than the brackets of the
 * whole text.
 */
export function depthBound(text: string): number {
  let brackets = 0;
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) brackets++;
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) brackets++;
  let widestIndent = 0;
  let mostEntries = 0;
  const n = text.length;
  ENTRY_INDICATOR.lastIndex = 0;
  let entry = ENTRY_INDICATOR.exec(text);
  for (let start = 0; start <= n;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    if (end - start > MAX_JUNK) return Infinity;
    let i = start;
    while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
    if (i - start > widestIndent) widestIndent = i - start;
    let entries = 0;
    while (entry && entry.index < end) {
      entries++;
      entry = ENTRY_INDICATOR.exec(text);
    }
    if (entries > mostEntries) mostEntries = entries;
    start = end + 1;
  }
  return brackets + widestIndent + 1 + 1 + mostEntries;
}

function scan(text: string, maxDepth: number, quotes: boolean): DepthExceeded | undefined | 'open-quote' {
  const indents: number[] = [];
  let flow = 0;
  let quote = 0; // 0, or the quote character code while inside a flow-context quoted scalar
  let blockScalarIndent = -1; // inside a block scalar: lines indented more than this belong to it
  let plainOpen = false; // the line before ended in a plain scalar (in block context)
  let plainIndent = 0; // the indentation of that line
  const n = text.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = n;
    let i = lineStart;
    while (i < lineEnd && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
    const indent = i - lineStart;
    const blank = i >= lineEnd || text.charCodeAt(i) === CR || (text.charCodeAt(i) === 35 && quote === 0);
    if (blockScalarIndent >= 0) {
      if (blank || indent > blockScalarIndent) {
        lineStart = lineEnd + 1;
        continue;
      }
      blockScalarIndent = -1;
    }
    if (blank && quote === 0) {
      lineStart = lineEnd + 1;
      continue;
    }
    let depth = flow;
    if (quote === 0 && flow === 0) {
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) > indent) indents.pop();
      if (indents.length === 0 || (indents[indents.length - 1] ?? 0) < indent) indents.push(indent);
      depth = indents.length;
    }
    // A line more indented than a plain scalar that ended the line before continues that
    // scalar: a quote at its start is text, not the start of a quoted scalar.
    let nodeStart: boolean = !(plainOpen && quote === 0 && flow === 0 && indent > plainIndent);
    let keyCounted = false;
    let afterQuote = false;
    let junk = 0;
    let junkAt = 0;
    plainOpen = false;
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) {
          if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
          else {
            quote = 0;
            nodeStart = false;
            afterQuote = true;
          }
        } else if (c === 92 && quote === 34) i++;
        continue;
      }
      if (c === SPACE || c === TAB || c === CR) {
        continue;
      }
      if (c === 35 /* # */ && (i === lineStart || isSpace(text.charCodeAt(i - 1)))) break;
      if (afterQuote) {
        // After a quoted value only ":" or, in a flow collection, "," "]" "}" may follow.
        if (c === 58 || (flow > 0 && (c === 44 || c === 93 || c === 125))) afterQuote = false;
        else {
          if (junk === 0) junkAt = i;
          if (++junk > MAX_JUNK) return { offset: junkAt, depth, junk };
        }
      }
      if (quotes && nodeStart && (c === 34 || c === 39)) {
        quote = c;
        continue;
      }
      // A tag or an anchor comes before its node: a node may still begin after it.
      if (nodeStart && (c === 33 /* ! */ || c === 38) /* & */) {
        // The name ends at a space, or in a flow collection at a flow indicator ("[&a[[").
        while (
          i + 1 < lineEnd &&
          !isSpace(text.charCodeAt(i + 1)) &&
          !(flow > 0 && isFlowIndicator(text.charCodeAt(i + 1)))
        )
          i++;
        continue;
      }
      if ((c === 45 /* - */ || c === 63) /* ? */ && flow === 0 && nodeStart && isSpaceOrEnd(text.charCodeAt(i + 1))) {
        depth++;
      } else if (c === 58 /* : */ && isSpaceOrEnd(text.charCodeAt(i + 1))) {
        if (flow === 0 && !keyCounted) {
          depth++;
          keyCounted = true;
        }
        nodeStart = true;
      } else if (c === 91 /* [ */ || c === 123 /* { */) {
        if (nodeStart || flow > 0) {
          flow++;
          depth++;
          nodeStart = true;
        }
      } else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) {
        flow--;
        depth--;
        nodeStart = false;
      } else if (c === 44 /* , */ && flow > 0) {
        nodeStart = true;
      } else if ((c === 124 /* | */ || c === 62) /* > */ && nodeStart && flow === 0) {
        blockScalarIndent = indent;
        break;
      } else {
        if (flow === 0 && nodeStart) plainOpen = true;
        nodeStart = false;
      }
      if (depth > maxDepth) return { offset: i, depth };
    }
    plainOpen = plainOpen && !nodeStart && quote === 0;
    if (plainOpen) plainIndent = indent;
    if (depth > maxDepth) return { offset: lineStart + indent, depth };
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  return quote !== 0 ? 'open-quote' : undefined;
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB;
}

function isSpaceOrEnd(c: number): boolean {
  return Number.isNaN(c) || c === SPACE || c === TAB || c === LF || c === CR;
}

function isFlowIndicator(c: number): boolean {
  return c === 91 || c === 93 || c === 123 || c === 125 || c === 44;
}
