import type { Range } from '../diagnostic.js';
import { ZERO_RANGE } from '../diagnostic.js';
import type { Anchor } from '../finding.js';
import { locate } from './node-info.js';
import type { NodeInfo } from './node-info.js';
import { parseYaml } from './parse-yaml.js';
import type { LoadedDocument, LoadedFile } from './types.js';

/** The complete parse of a file, made once, on the first finding that needs a position. */
export function fullParse(file: LoadedFile) {
  if (!file.full && file.source) file.full = parseYaml(file.source.text);
  return file.full;
}

export function documentInfo(doc: LoadedDocument): NodeInfo | undefined {
  return fullParse(doc.file)?.documents[doc.index]?.info;
}

export function anchorFile(anchor: Anchor): LoadedFile {
  return 'file' in anchor ? anchor.file : anchor.loc.doc.file;
}

export function anchorRange(anchor: Anchor): Range {
  const file = anchorFile(anchor);
  const source = file.source;
  if (!source) return ZERO_RANGE;
  if ('file' in anchor) return source.range(anchor.start, anchor.end);
  const info = documentInfo(anchor.loc.doc);
  if (!info) return ZERO_RANGE;
  const [start, end] = locate(info, anchor.loc.path, anchor.part ?? 'value');
  return source.range(start, end);
}
