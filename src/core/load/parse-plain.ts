import { GIVE_UP, GiveUp, HASH, LineReader, SPACE, UNSURE, isMarker, skipSpaces, spacesEnd } from './plain-line.js';
import { resolvePlain } from './resolve-plain.js';
import type { EntryInfo, NodeInfo } from './node-info.js';
import type { ParsedDocument } from './parse-yaml.js';

/**
 * The quickest path: a reader for the block YAML that coordination files are
 * written in, line by line. Block mappings and sequences, plain and quoted
 * scalars on one line, flat flow collections on one line, and literal or
 * folded block scalars. It gives up (undefined) on anything else, and on
 * anything it is not sure of: escapes, anchors, tags, multi-line scalars,
 * duplicate keys, unusual indentation. Then js-yaml or the complete parser
 * takes the text. A property test holds it to the complete parser's data.
 * This file follows the lines; plain-line.ts reads what one line holds.
 */

class Reader extends LineReader {
  /** The current line is a "---" marker. */
  marker = false;
  private next = 0;
  /** The widest indentation of a line read, and the most sequence entries that start on one line. */
  widest = 0;
  mostEntries = 0;
  private lineEntries = 0;

  /** Moves to the next line with content: blank lines and comment lines are skipped. */
  advance(): void {
    const s = this.s;
    const n = s.length;
    let start = this.next;
    while (start < n) {
      let end = s.indexOf('\n', start);
      if (end === -1) end = n;
      const i = skipSpaces(s, start, end);
      if (i < end && s.charCodeAt(i) !== HASH) {
        this.at = i;
        this.indent = i - start;
        this.end = end;
        this.next = end + 1;
        this.marker = false;
        if (this.indent > this.widest) this.widest = this.indent;
        this.lineEntries = 0;
        if (i === start && isMarker(s, start)) {
          const after = start + 3;
          if (s.charCodeAt(start) !== 45 || (after < end && s.charCodeAt(after) !== SPACE)) throw GIVE_UP;
          if (spacesEnd(s, after, end) !== after) throw GIVE_UP;
          this.marker = true;
        }
        return;
      }
      start = end + 1;
    }
    this.at = n;
    this.end = n;
    this.next = n;
    this.indent = -1;
    this.marker = false;
  }

  atEnd(): boolean {
    return this.indent === -1;
  }

  isEntry(): boolean {
    return this.isEntryAt(this.at);
  }

  /** The node that starts on the current line, at its indentation; a scalar there is given up. */
  node(): unknown {
    return this.isEntry() ? this.sequence(this.indent) : this.mapping(this.indent);
  }

  /** A block mapping; `firstColon` ends its first key when the caller found that already. */
  mapping(indent: number, firstColon?: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const start = this.at;
    const entries = this.track ? new Map<string, EntryInfo>() : undefined;
    this.enter();
    let known = firstColon;
    while (this.indent === indent && !this.marker) {
      const keyStart = this.at;
      const colon = known ?? this.keyAt(keyStart);
      known = undefined;
      if (colon === -1) throw GIVE_UP;
      const key = this.key;
      this.set(out, key, this.valueAfter(colon + 1, indent, true));
      entries?.set(key, { keyStart, valueStart: this.info.start, node: this.info });
    }
    if (this.indent > indent && !this.marker) throw GIVE_UP;
    if (entries) this.info = { start, entries };
    this.leave();
    return out;
  }

  sequence(indent: number): unknown[] {
    const base = this.items.length;
    const start = this.at;
    const entries = this.track ? new Map<number, EntryInfo>() : undefined;
    this.enter();
    while (this.indent === indent && !this.marker && this.isEntry()) {
      if (++this.lineEntries > this.mostEntries) this.mostEntries = this.lineEntries;
      const i = skipSpaces(this.s, this.at + 1, this.end);
      const content = i < this.end && this.s.charCodeAt(i) !== HASH;
      const entry = content && this.isEntryAt(i);
      const colon = content && !entry ? this.keyAt(i) : -1;
      if (entry || colon !== -1) {
        // A mapping or a sequence that starts on the entry's line: what follows lines up with it.
        this.indent += i - this.at;
        this.at = i;
        this.items.push(entry ? this.sequence(this.indent) : this.mapping(this.indent, colon));
      } else this.items.push(this.valueAfter(i, indent, false));
      const info = this.info;
      entries?.set(this.items.length - 1 - base, { keyStart: info.start, valueStart: info.start, node: info });
    }
    if (this.indent > indent && !this.marker) throw GIVE_UP;
    if (entries) this.info = { start, entries };
    this.leave();
    return this.take(base);
  }

  /** The value after a key's ":" or an entry's "-", at `i`; leaves the reader on the next line. */
  private valueAfter(i: number, indent: number, inMapping: boolean): unknown {
    const s = this.s;
    i = skipSpaces(s, i, this.end);
    if (i >= this.end || s.charCodeAt(i) === HASH) {
      this.advance();
      if (!this.marker && this.indent > indent) return this.node();
      if (!this.marker && inMapping && this.indent === indent && this.isEntry()) return this.sequence(indent);
      this.leaf(i); // an empty value starts where the blanks after its indicator end
      return null;
    }
    const c = s.charCodeAt(i);
    if (c === 124 || c === 62 /* | > */) {
      this.leaf(i);
      return this.blockScalar(i, indent);
    }
    const value = this.inline(i);
    this.advance();
    if (this.indent > indent && !this.marker) throw GIVE_UP; // a scalar continued on the next line
    return value;
  }

  /** A scalar or a flow collection that ends on this line. */
  private inline(i: number): unknown {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === 34 || c === 39) {
      const text = this.quoted(i);
      this.finishLine(this.after);
      this.leaf(i);
      return text;
    }
    if (c === 91 /* [ */ || c === 123 /* { */) {
      const value = this.flow(i, c === 123);
      this.finishLine(this.after);
      return value;
    }
    this.leaf(i);
    return resolvePlain(this.plain(i));
  }

  /** A literal (|) or folded (>) block scalar, clipped (|, >) or stripped (|-, >-). */
  private blockScalar(i: number, indent: number): string {
    const s = this.s;
    const folded = s.charCodeAt(i) === 62;
    let j = i + 1;
    const strip = s.charCodeAt(j) === 45;
    if (strip) j++;
    this.finishLine(j);
    const lines: string[] = [];
    let trailingEmpty = 0;
    let contentIndent = -1;
    let start = this.end + 1;
    const n = s.length;
    while (start < n) {
      let end = s.indexOf('\n', start);
      if (end === -1) end = n;
      const k = skipSpaces(s, start, end);
      if (k === end) {
        // Lines of spaces alone are where the indentation rules are subtle: left to the others.
        if (end > start || contentIndent === -1) throw GIVE_UP;
        trailingEmpty++;
        start = end + 1;
        continue;
      }
      const lineIndent = k - start;
      if (contentIndent === -1) {
        if (lineIndent <= indent) throw GIVE_UP; // an empty block scalar
        contentIndent = lineIndent;
      }
      if (lineIndent < contentIndent) break;
      if (folded && lineIndent > contentIndent) throw GIVE_UP; // more-indented lines fold differently
      for (; trailingEmpty > 0; trailingEmpty--) lines.push('');
      lines.push(s.slice(start + contentIndent, end));
      start = end + 1;
    }
    if (contentIndent === -1) throw GIVE_UP;
    // Go on from the first line after the body.
    this.next = start;
    this.advance();
    if (this.indent > indent && !this.marker) throw GIVE_UP;
    let text = '';
    if (folded) {
      // A line break between two lines of text folds to a space; an empty line stands for one.
      for (let l = 0; l < lines.length; l++) {
        const line = lines[l] as string;
        if (line === '') text += '\n';
        else text += l > 0 && lines[l - 1] !== '' ? ` ${line}` : line;
      }
    } else text = lines.join('\n');
    return strip ? text : `${text}\n`;
  }
}

/** The documents of a text in the subset, or undefined when another parser should read it. */
export function parsePlain(text: string): ParsedDocument[] | undefined {
  return read(text, false)?.documents;
}

/**
 * The documents of a text in the subset, read before any depth check: the reader gives up past
 * `maxDepth` levels, and `within` says whether its bound of the nesting scan (depth.ts) is within
 * `maxDepth` too, when the scan need not run.
 */
export function parsePlainBounded(
  text: string,
  maxDepth: number,
): { documents: ParsedDocument[]; within: boolean } | undefined {
  const result = read(text, false, maxDepth);
  return result && { documents: result.documents, within: result.bound <= maxDepth };
}

/**
 * For a text in the subset, the most the nesting scan can count: depth.ts's bound, with the flow
 * collections open on one line (where the reader closes them all) instead of every bracket of
 * the text, and only the sequence entries that start on one line. Undefined outside the subset.
 */
export function plainNestingBound(text: string): number | undefined {
  return read(text, false)?.bound;
}

/**
 * Where each key and value of a text in the subset starts, as the complete parser has it (a
 * property test holds them to it); undefined when another parser should say.
 */
export function plainPositions(text: string): NodeInfo[] | undefined {
  return read(text, true)?.infos;
}

function read(
  text: string,
  track: boolean,
  cap = Infinity,
): { documents: ParsedDocument[]; infos: NodeInfo[]; bound: number } | undefined {
  if (UNSURE.test(text)) return undefined;
  const reader = new Reader(text, track, cap);
  const documents: ParsedDocument[] = [];
  const infos: NodeInfo[] = [];
  try {
    reader.advance();
    for (;;) {
      if (reader.marker) reader.advance(); // a document starts
      if (reader.atEnd()) break;
      if (reader.marker) continue; // an empty document
      if (reader.indent !== 0) return undefined;
      documents.push({ index: documents.length, data: reader.node(), start: 0 });
      if (track) infos.push(reader.info);
      if (reader.atEnd()) break;
      if (!reader.marker) return undefined;
    }
  } catch (e) {
    if (e instanceof GiveUp || e instanceof RangeError) return undefined;
    throw e;
  }
  // As depth.ts counts: the indentation levels (the widest plus one), one for a key, the entries
  // and the flow collections of one line.
  return { documents, infos, bound: reader.widest + 1 + 1 + reader.mostEntries + reader.mostFlows };
}
