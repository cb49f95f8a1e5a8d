import type { Severity } from '../diagnostic.js';
import type { Anchor } from '../finding.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Loc, Model } from '../model/types.js';
import type { ModelRuleId } from '../rule-ids.js';

export interface ReportOptions {
  part?: 'key' | 'value';
  suggestion?: string;
}

export interface RuleContext {
  model: Model;
  index: ModelIndex;
  /** The project's files, relative to its folder, when the caller can list them. */
  files?: () => readonly string[];
  report(at: Loc | Anchor, message: string, options?: ReportOptions): void;
}

/** One check over the whole model: one concept, one file, one id. */
export interface Rule {
  id: ModelRuleId;
  severity: Severity;
  description: string;
  check(ctx: RuleContext): void;
}
