import type { LoadedFile } from './load/types.js';
import type { Loc } from './model/types.js';
import type { Severity } from './diagnostic.js';
import type { RuleId } from './rule-ids.js';

/** Where a finding points: a value (or its key) in a document, or offsets in a file. */
export type Anchor = { loc: Loc; part?: 'key' | 'value' } | { file: LoadedFile; start: number; end: number };

/** A finding before severities are settled and positions are computed. */
export interface Finding {
  rule: RuleId;
  message: string;
  at: Anchor;
  /** Overrides the rule's default severity (e.g. YAML warnings). */
  severity?: Severity;
  suggestion?: string;
}
