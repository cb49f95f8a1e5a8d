import type { EntryInfo, NodeInfo } from './node-info.js';
import { resolvePlain } from './resolve-plain.js';

/**
 * What the line reader (parse-plain.ts) finds within one line: keys, plain
 * and quoted scalars, and flow collections. It gives up (GIVE_UP) where it is
 * not sure; the other parsers then take the text.
 */

/** Characters the reader leaves to the other parsers wherever they occur: controls, tabs, CR, BOM, NEL. */
// eslint-disable-next-line no-control-regex
export const UNSURE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufeff]/;
/** The characters of a plain key: an id-like word, possibly with inner spaces. */
const KEY_CHAR = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./-') KEY_CHAR[c.charCodeAt(0)] = 1;
const isKeyChar = (c: number) => c < 128 && KEY_CHAR[c] === 1;
/** A run of key characters and spaces (sticky: it matches where lastIndex is, and moves it past the run). */
const KEY_RUN = /[a-zA-Z0-9_./ -]*/y;
/** A run of what a plain scalar in a flow collection may hold, up to what ends it or is left to others. */
const FLOW_RUN = /[^,\]}[{#:'"\n]*/y;
/** Characters that cannot start a plain scalar (YAML's indicators). */
const INDICATOR = '-?:,[]{}#&*!|>\'"%@`';
export const SPACE = 32;
export const HASH = 35;

export class GiveUp extends Error {}
export const GIVE_UP = new GiveUp();

export class LineReader {
  /** Start of the current line's content, its indentation, and the line's end ("\n" or the text's end). */
  at = 0;
  indent = -1;
  end = 0;

  /** Where the last node started (when tracking, for plainPositions). */
  info: NodeInfo = { start: 0 };
  /** Where the last quoted scalar or flow collection ended. */
  after = 0;

  constructor(
    readonly s: string,
    /** Whether to note where each node starts. */
    readonly track: boolean,
    /** How deeply collections may nest before the reader gives up (it recurses once a level). */
    readonly cap = Infinity,
  ) {}

  /** Collections open around the current position, and of them the flow ones. */
  private nesting = 0;
  private flows = 0;
  /** The most flow collections open at once: they open and close on one line. */
  mostFlows = 0;

  /** Enters a collection, giving up past the cap. */
  protected enter(): void {
    if (++this.nesting > this.cap) throw GIVE_UP;
  }

  protected leave(): void {
    this.nesting--;
  }

  /**
   * The items of the sequences being read, innermost last: a sequence is copied out of it when it
   * ends, at its exact length (an array grown by push keeps room for 16 more, and a project's
   * parsed data is kept for the whole run).
   */
  protected readonly items: unknown[] = [];

  /** The items pushed since `base`, as an array of their own. */
  protected take(base: number): unknown[] {
    const out = this.items.slice(base);
    this.items.length = base;
    return out;
  }

  /** Notes a scalar (or an empty value) that starts at `start`. */
  protected leaf(start: number): void {
    if (this.track) this.info = { start };
  }

  /** After a value that ends at `i`: only spaces, then the line's end or a comment. */
  finishLine(i: number): void {
    const s = this.s;
    const end = this.end;
    if (i < end && s.charCodeAt(i) !== SPACE) throw GIVE_UP;
    const k = skipSpaces(s, i, end);
    if (k < end && s.charCodeAt(k) !== HASH) throw GIVE_UP;
  }

  /** The last "#" hashFrom found. */
  private hash = -1;

  /** The key that keyAt found last. */
  key = '';

  /**
   * Where the ":" of a key that starts at `i` is ("key: ", or "key:" at the line's end), or -1 when
   * no key starts there. The key is a plain id-like word or a quoted scalar without escapes.
   */
  keyAt(i: number): number {
    const s = this.s;
    const end = this.end;
    const first = s.charCodeAt(i);
    let colon: number;
    if (first === 34 || first === 39) {
      const text = this.quoted(i);
      colon = this.after;
      if (s.charCodeAt(colon) !== 58) return -1;
      this.key = text;
    } else {
      if (first === 45 || first === 46 || !isKeyChar(first)) return -1; // not "-" or "." either
      // The key's characters and spaces, up to what follows them: a native search.
      KEY_RUN.lastIndex = i + 1;
      KEY_RUN.test(s);
      colon = KEY_RUN.lastIndex;
      if (colon >= end || s.charCodeAt(colon) !== 58 || s.charCodeAt(colon - 1) === SPACE) return -1;
      this.key = s.slice(i, colon);
      if (typeof resolvePlain(this.key) !== 'string') throw GIVE_UP; // a number or a boolean as a key
    }
    if (colon + 1 < end && s.charCodeAt(colon + 1) !== SPACE) return -1;
    return colon;
  }

  /** Sets a key of a mapping; a repeated key is the complete parser's finding. */
  protected set(out: Record<string, unknown>, key: string, value: unknown): void {
    if (key === '__proto__' || Object.hasOwn(out, key)) throw GIVE_UP;
    out[key] = value;
  }

  /** Whether a sequence entry ("- ", or "-" at the line's end) starts at `i`. */
  protected isEntryAt(i: number): boolean {
    const c = this.s.charCodeAt(i + 1);
    return this.s.charCodeAt(i) === 45 && (i + 1 >= this.end || c === SPACE);
  }

  /** A plain scalar in block context, from `i` to a comment or the line's end. */
  protected plain(i: number): string {
    const s = this.s;
    // An indicator starts something else; only "-" before a non-space ("-1", "-x") starts a plain scalar.
    if (INDICATOR.includes(s[i] as string) && !(s.charCodeAt(i) === 45 && s.charCodeAt(i + 1) !== SPACE)) throw GIVE_UP;
    // Up to a comment (" #") or the line's end; a ": " or a final ":" would make it a key. Native
    // searches find both: most values have neither.
    let stop = this.end;
    let hash = this.hashFrom(i);
    while (hash < stop) {
      if (s.charCodeAt(hash - 1) === SPACE) stop = hash - 1;
      else hash = this.hashFrom(hash + 1);
    }
    for (let colon = s.indexOf(':', i); colon !== -1 && colon < stop; colon = s.indexOf(':', colon + 1)) {
      const next = s.charCodeAt(colon + 1);
      if (colon + 1 >= this.end || next === SPACE) throw GIVE_UP;
    }
    return s.slice(i, spacesEnd(s, i, stop));
  }

  /** The next "#" at or after `i` (the text's length if none): one search serves many lines. */
  private hashFrom(i: number): number {
    if (this.hash < i) {
      const found = this.s.indexOf('#', i);
      this.hash = found === -1 ? this.s.length : found;
    }
    return this.hash;
  }

  /** A quoted scalar without escapes, closed on this line; `after` is where it ends. */
  protected quoted(i: number): string {
    const s = this.s;
    const q = s.charCodeAt(i);
    let j = i + 1;
    let text = '';
    for (;;) {
      const close = s.indexOf(q === 34 ? '"' : "'", j);
      if (close === -1 || close >= this.end) throw GIVE_UP;
      const part = s.slice(j, close);
      if (q === 34 && part.includes('\\')) throw GIVE_UP;
      text += part;
      if (q === 39 && s.charCodeAt(close + 1) === 39) {
        text += "'";
        j = close + 2;
        continue;
      }
      this.after = close + 1;
      return text;
    }
  }

  /** A flow sequence or mapping on this line; `after` is where it ends. */
  protected flow(i: number, mapping: boolean): unknown {
    const s = this.s;
    const end = this.end;
    const close = mapping ? 125 : 93;
    const record: Record<string, unknown> = {};
    const base = this.items.length;
    const entries = this.track ? new Map<string | number, EntryInfo>() : undefined;
    this.enter();
    if (++this.flows > this.mostFlows) this.mostFlows = this.flows;
    let j = skipSpaces(s, i + 1, end);
    if (s.charCodeAt(j) === close) {
      if (entries) this.info = { start: i, entries };
      this.after = j + 1;
      this.leave();
      this.flows--;
      return mapping ? record : [];
    }
    for (;;) {
      let key: string | undefined;
      const keyStart = j;
      if (mapping) {
        const colon = this.keyAt(j);
        if (colon === -1 || s.charCodeAt(colon + 1) !== SPACE) throw GIVE_UP;
        key = this.key;
        j = skipSpaces(s, colon + 1, end);
      }
      let value: unknown;
      const c = s.charCodeAt(j);
      if (c !== 91 && c !== 123) this.leaf(j);
      if (c === 34 || c === 39 || c === 91 || c === 123) {
        value = c === 34 || c === 39 ? this.quoted(j) : this.flow(j, c === 123);
        j = this.after;
      } else {
        FLOW_RUN.lastIndex = j;
        FLOW_RUN.test(s);
        const k = FLOW_RUN.lastIndex;
        // [ { # : ' " inside: where flow scalars have rules of their own.
        if (k < end && s.charCodeAt(k) !== 44 && s.charCodeAt(k) !== 93 && s.charCodeAt(k) !== 125) throw GIVE_UP;
        const text = s.slice(j, spacesEnd(s, j, k));
        if (text === '' || INDICATOR.includes(text[0] as string)) throw GIVE_UP;
        value = resolvePlain(text);
        j = k;
      }
      const node = this.info;
      if (key === undefined) {
        this.items.push(value);
        entries?.set(this.items.length - 1 - base, { keyStart: node.start, valueStart: node.start, node });
      } else {
        this.set(record, key, value);
        entries?.set(key, { keyStart, valueStart: node.start, node });
      }
      j = skipSpaces(s, j, end);
      const d = s.charCodeAt(j);
      if (d === close) {
        if (entries) this.info = { start: i, entries };
        this.after = j + 1;
        this.leave();
        this.flows--;
        return mapping ? record : this.take(base);
      }
      if (d !== 44 /* , */) throw GIVE_UP;
      j = skipSpaces(s, j + 1, end);
      if (s.charCodeAt(j) === close) throw GIVE_UP; // a trailing comma
    }
  }
}

/** Past the spaces from `i` on, up to `end`. */
export function skipSpaces(s: string, i: number, end: number): number {
  while (i < end && s.charCodeAt(i) === SPACE) i++;
  return i;
}

/** Whether a "---" or "..." starts at `at`. */
export function isMarker(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return (c === 45 || c === 46) && s.charCodeAt(at + 1) === c && s.charCodeAt(at + 2) === c;
}

/** Where the spaces that end s[from, to) begin: YAML trims spaces, not every Unicode white space. */
export function spacesEnd(s: string, from: number, to: number): number {
  while (to > from && s.charCodeAt(to - 1) === SPACE) to--;
  return to;
}
