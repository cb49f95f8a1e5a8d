/**
 * A gate's k6 criteria as k6 thresholds: `{ "thresholds": { metric: ["p(95)<=200"] } }`,
 * numbers without units (k6 writes time in ms, a Rate as a fraction), to merge
 * into a script's options.
 */
import type { Measure } from '../gate/measures.js';
import { parseTarget, plainNumber } from '../gate/target.js';
import { statProblem } from '../gate/stat.js';
import { jsonMarker } from './json-marker.js';

export interface Skipped {
  measure: Measure;
  reason: string;
}

export interface Rendered {
  content: string;
  /** Criteria the tool's config cannot express, with why. */
  skipped: Skipped[];
}

/** One k6 threshold expression, or why there is none. */
export function k6Threshold(measure: Measure): string | { reason: string } {
  const bad = statProblem('k6', measure.stat);
  if (bad) return { reason: bad };
  const target = parseTarget(measure.target);
  if (!target) return { reason: `the target "${measure.target}" cannot be read` };
  if (target.dimension === 'other') return { reason: `k6 has no unit "${target.unit}"` };
  // A unit converts to k6's own (ms, bytes, a fraction); a bare number is taken as written.
  const value = target.dimension === 'none' ? target.value : target.base;
  if (value < 0) return { reason: 'k6 thresholds compare with numbers of zero or more' };
  return `${measure.stat ?? ''}${target.op}${plainNumber(value)}`;
}

export function renderK6(measures: readonly Measure[], source: string, stage: string): Rendered {
  const thresholds = new Map<string, string[]>();
  const skipped: Skipped[] = [];
  for (const measure of measures) {
    if (measure.source !== 'k6') continue;
    const expr = k6Threshold(measure);
    if (typeof expr !== 'string') {
      skipped.push({ measure, reason: expr.reason });
      continue;
    }
    const list = thresholds.get(measure.metric) ?? [];
    if (!list.includes(expr)) list.push(expr);
    thresholds.set(measure.metric, list);
  }
  const sorted = Object.fromEntries(
    [...thresholds.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => [k, thresholds.get(k)]),
  );
  const content = JSON.stringify({ $comment: jsonMarker('k6', source, stage), thresholds: sorted }, null, 2) + '\n';
  return { content, skipped };
}
