import type { Range } from '../diagnostic.js';
import { ZERO_RANGE } from '../diagnostic.js';
import type { Anchor } from '../finding.js';
import type { NodeInfo, PathSegment } from './node-info.js';
import { parseYaml } from './parse-yaml.js';
import { plainPositions } from './parse-plain.js';
import { fastPositions } from './positions-fast.js';
import { spanEnd } from './span.js';
import type { LoadedDocument, LoadedFile } from './types.js';

/** The complete parse of a file, made once, when a file needs it. */
export function fullParse(file: LoadedFile) {
  if (!file.full && file.source) file.full = parseYaml(file.source.text);
  return file.full;
}

/**
 * Where the keys and values of a document start. A file the fast path parsed
 * gets them from the line reader, or else from js-yaml's events (cheap: no
 * second parser to load); when neither can say, and for every other file,
 * from the complete parser.
 */
export function documentInfo(doc: LoadedDocument): NodeInfo | undefined {
  const file = doc.file;
  if (!file.full && file.source) {
    if (file.fastInfo === undefined)
      file.fastInfo = plainPositions(file.source.text) ?? fastPositions(file.source.text) ?? null;
    const info = file.fastInfo?.[doc.index];
    if (info) return info;
  }
  return fullParse(file)?.documents[doc.index]?.info;
}

export function anchorFile(anchor: Anchor): LoadedFile {
  return 'file' in anchor ? anchor.file : anchor.loc.doc.file;
}

/** How far `path` goes into the tree, and where the deepest step found starts. */
function locateStart(root: NodeInfo, path: readonly PathSegment[], part: 'key' | 'value') {
  let node = root;
  let start = root.start;
  let depth = 0;
  let onKey = false;
  for (const seg of path) {
    const entry = node.entries?.get(seg);
    if (!entry) break;
    depth++;
    onKey = depth === path.length && part === 'key' && typeof seg === 'string';
    start = onKey ? entry.keyStart : entry.valueStart;
    node = entry.node;
  }
  return { start, depth, onKey };
}

function valueAt(data: unknown, path: readonly PathSegment[], depth: number): unknown {
  let cur = data;
  for (const seg of path.slice(0, depth)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur)
      ? cur[seg as number]
      : Object.hasOwn(cur, seg)
        ? (cur as Record<string, unknown>)[seg as string]
        : undefined;
  }
  return cur;
}

/**
 * The range a finding highlights: from where its value (or key) starts to
 * the end of that token on its line. A path that goes further than the
 * document (a missing property) lands on the deepest part that exists.
 */
export function anchorRange(anchor: Anchor): Range {
  const file = anchorFile(anchor);
  const source = file.source;
  if (!source) return ZERO_RANGE;
  if ('file' in anchor) return source.range(anchor.start, anchor.end);
  const info = documentInfo(anchor.loc.doc);
  if (!info) return ZERO_RANGE;
  const { path } = anchor.loc;
  const { start, depth, onKey } = locateStart(info, path, anchor.part ?? 'value');
  const value = valueAt(anchor.loc.doc.data, path, depth);
  const kind = onKey ? 'key' : value !== null && typeof value === 'object' ? 'collection' : 'scalar';
  return source.range(start, spanEnd(source.text, start, kind));
}
