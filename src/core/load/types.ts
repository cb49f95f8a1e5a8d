import type { SourceText } from './source.js';
import type { ParseResult } from './parse-yaml.js';
import type { NodeInfo } from './node-info.js';

export interface LoadedDocument {
  file: LoadedFile;
  /** Ordinal among the file's non-empty documents. */
  index: number;
  data: unknown;
  /** The kind the document names, when it is a string (known or not: see checkDocument). */
  kind?: string;
}

export interface LoadedFile {
  /** Absolute path, as found. */
  path: string;
  /** The path people see: relative to the working folder, with "/" separators. */
  display: string;
  /** The text, when the file could be read and decoded. */
  source?: SourceText;
  documents: LoadedDocument[];
  /** The complete parse (positions, YAML findings); made on demand for fast-parsed files. */
  full?: ParseResult;
  /** Where keys and values start, from the fast path's events (null: they did not line up). */
  fastInfo?: NodeInfo[] | null;
  /** The content hash, when a cache is in use. */
  hash?: string;
  /** True for the project file (perfcoord.yaml). */
  isProject: boolean;
}
