/**
 * Where each value of a parsed document starts in its text: a tree parallel
 * to the data, keyed by the same property names and array indexes. Only
 * starts: the end of a highlighted span comes from the text (span.ts).
 */
export interface NodeInfo {
  start: number;
  entries?: Map<string | number, EntryInfo>;
}

export interface EntryInfo {
  /** Where the key starts (the item, for sequences). */
  keyStart: number;
  /** Where the value starts as written (the alias, for aliased values). */
  valueStart: number;
  node: NodeInfo;
}

export type PathSegment = string | number;
