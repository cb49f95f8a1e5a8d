/**
 * Where each value of a parsed document sits in its text: a tree parallel to
 * the data, keyed by the same property names and array indexes.
 */
export interface NodeInfo {
  start: number;
  end: number;
  entries?: Map<string | number, EntryInfo>;
}

export interface EntryInfo {
  /** Range of the key (of the item, for sequences). */
  keyStart: number;
  keyEnd: number;
  /** Range of the value where it is written (an alias, for aliased values). */
  valueStart: number;
  valueEnd: number;
  node: NodeInfo;
}

export type PathSegment = string | number;

/**
 * The range of the value at `path` (or of its key, for `part: 'key'`). Walks as
 * far as the path exists and returns the deepest range found, so a finding on
 * a missing property lands on the object that lacks it.
 */
export function locate(root: NodeInfo, path: readonly PathSegment[], part: 'key' | 'value'): [number, number] {
  let node = root;
  let range: [number, number] = [root.start, root.end];
  for (let i = 0; i < path.length; i++) {
    const entry = node.entries?.get(path[i] as PathSegment);
    if (!entry) return range;
    const last = i === path.length - 1;
    range = last && part === 'key' ? [entry.keyStart, entry.keyEnd] : [entry.valueStart, entry.valueEnd];
    node = entry.node;
  }
  return range;
}
