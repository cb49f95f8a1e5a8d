import type { EntryInfo, NodeInfo } from './node-info.js';
import { fastSchemaOf } from './parse-fast.js';
import { jsYamlLib } from './yaml-lib.js';

/**
 * Where each key and value starts, for a file the fast path parsed: js-yaml
 * reports every node it composes (an "open" where it starts looking, a
 * "close" where it stopped), and those events are matched against the data.
 * Only start offsets are kept; ends come from the text (see span.ts), on both
 * parser paths alike. Undefined when the events and the data do not line up;
 * the complete parser then gives the positions. A property test holds the
 * starts to the complete parser's.
 */

interface Frame {
  open: number;
  close: number;
  kind: string | null;
  children: Frame[];
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;

export function fastPositions(text: string): NodeInfo[] | undefined {
  const roots: Frame[] = [];
  const stack: Frame[] = [];
  let documents: unknown[];
  try {
    const jsyaml = jsYamlLib();
    documents = jsyaml.loadAll(text, undefined, {
      schema: fastSchemaOf(jsyaml),
      listener(event, state) {
        if (event === 'open') {
          stack.push({ open: state.position, close: -1, kind: null, children: [] });
          return;
        }
        const frame = stack.pop();
        if (!frame) return;
        frame.close = state.position;
        frame.kind = state.kind;
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(frame);
        else roots.push(frame);
      },
    });
  } catch {
    return undefined;
  }
  if (roots.length !== documents.length) return undefined;
  const out: NodeInfo[] = [];
  for (let i = 0; i < documents.length; i++) {
    const data = documents[i];
    if (data === null || data === undefined) continue;
    const info = build(text, roots[i] as Frame, data);
    if (!info) return undefined;
    out.push(info);
  }
  return out;
}

/** The first character of content at or after `at`: past spaces, line breaks and comments. */
export function skipToContent(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === LF || c === CR) i++;
    else if (c === HASH) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return text.length;
      i = nl + 1;
    } else return i;
  }
}

/** An empty frame where a key was looked for: the previous frame was a value, or it is the first. */
function isKeyAttempt(text: string, siblings: readonly Frame[], i: number): boolean {
  const prev = siblings[i - 1];
  return prev === undefined || !isKey(text, prev);
}

function skipBlanks(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  return i;
}

function isKey(text: string, frame: Frame): boolean {
  let i = frame.close;
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  return text.charCodeAt(i) === COLON;
}

/**
 * A collection js-yaml first tried to read as a block mapping ("- {a: 1}"
 * is read as a possible key, then kept as the value) shows up as a frame
 * around a frame of the same kind: the inner one holds the entries.
 */
function unwrap(text: string, frame: Frame): Frame {
  let f = frame;
  for (;;) {
    const only = f.children.length === 1 ? f.children[0] : undefined;
    if (!only || only.kind !== f.kind || (f.kind !== 'mapping' && f.kind !== 'sequence') || isKey(text, only)) return f;
    f = only;
  }
}

function build(text: string, outer: Frame, data: unknown): NodeInfo | undefined {
  const frame = unwrap(text, outer);
  // An empty value starts where the line's blanks end, as the complete parser has it.
  const start = frame.kind === null ? skipBlanks(text, frame.open) : skipToContent(text, frame.open);
  if (Array.isArray(data)) {
    if (frame.kind !== 'sequence' || frame.children.length !== data.length) return undefined;
    const entries = new Map<string | number, EntryInfo>();
    for (let i = 0; i < data.length; i++) {
      const child = build(text, frame.children[i] as Frame, data[i]);
      if (!child) return undefined;
      entries.set(i, { keyStart: child.start, valueStart: child.start, node: child });
    }
    return { start, entries };
  }
  if (typeof data === 'object' && data !== null) {
    if (frame.kind !== 'mapping') return undefined;
    const keys = Object.keys(data);
    const entries = new Map<string | number, EntryInfo>();
    // js-yaml looks for one more key where a mapping ends: such empty attempts are not entries.
    const children = frame.children.filter(
      (f, i) => f.kind !== null || isKey(text, f) || !isKeyAttempt(text, frame.children, i),
    );
    let c = 0;
    for (const key of keys) {
      const keyFrame = children[c];
      // An empty key ("{ : x }") is rare enough to leave to the complete parser.
      if (!keyFrame || keyFrame.kind === null || !isKey(text, keyFrame)) return undefined;
      c++;
      const keyStart = keyFrame.open;
      const next = children[c];
      let node: NodeInfo | undefined;
      if (next && !isKey(text, next)) {
        node = build(text, next, (data as Record<string, unknown>)[key]);
        c++;
      } else {
        // No value node at all ("key:" at the end of a mapping): an empty value right after the colon.
        const colon = text.indexOf(':', keyFrame.close);
        node = (data as Record<string, unknown>)[key] === null ? { start: skipBlanks(text, colon + 1) } : undefined;
      }
      if (!node) return undefined;
      entries.set(key, { keyStart, valueStart: node.start, node });
    }
    if (c !== children.length) return undefined;
    return { start, entries };
  }
  return frame.kind === 'scalar' || frame.kind === null ? { start } : undefined;
}
