import { SEVERITY_ORDER } from '../diagnostic.js';
import type { Diagnostic } from '../diagnostic.js';

/** What a check's outcome is judged on, apart from the check itself (loaded by every run, cached or not). */
export interface ExitPolicy {
  failLevel: 'error' | 'warning';
  /** Fail when there are more warnings than this (like ESLint's --max-warnings). */
  maxWarnings?: number;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(diagnostics: readonly Diagnostic[]): Summary {
  const s = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') s.errors++;
    else if (d.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

/** 0 clean, 1 findings at or above the fail level (or too many warnings), 2 configuration or I/O problems. */
export function exitCodeFor(
  result: { diagnostics: readonly Diagnostic[]; configError: boolean },
  policy: ExitPolicy,
): number {
  if (result.configError) return 2;
  const threshold = SEVERITY_ORDER[policy.failLevel];
  if (result.diagnostics.some((d) => SEVERITY_ORDER[d.severity] >= threshold)) return 1;
  if (policy.maxWarnings !== undefined && summarize(result.diagnostics).warnings > policy.maxWarnings) return 1;
  return 0;
}
