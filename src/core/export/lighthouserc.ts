/**
 * A gate's Lighthouse criteria as Lighthouse CI assertions: an audit's
 * numericValue as maxNumericValue (in the report's unit), a category's score
 * as minScore. Lighthouse CI knows only those two directions, so other
 * comparisons are left out and listed.
 */
import type { Measure } from '../gate/measures.js';
import { parseTarget, plainNumber } from '../gate/target.js';
import { jsonMarker } from './json-marker.js';
import type { Rendered, Skipped } from './k6.js';

type Assertion = ['error', { maxNumericValue: number } | { minScore: number }];

function assertion(measure: Measure): Assertion | { reason: string } {
  const target = parseTarget(measure.target);
  if (!target) return { reason: `the target "${measure.target}" cannot be read` };
  const value = Number(plainNumber(target.dimension === 'none' ? target.value : target.base));
  if (measure.metric.startsWith('categories:')) {
    if (target.op === '>=') return ['error', { minScore: value }];
    return { reason: `Lighthouse CI asserts a category score with ">=" only, found "${target.op}"` };
  }
  if (target.dimension === 'fraction' || target.dimension === 'other')
    return { reason: `an audit value has no unit "${target.unit}"` };
  if (target.op === '<=') return ['error', { maxNumericValue: value }];
  return { reason: `Lighthouse CI asserts an audit value with "<=" only, found "${target.op}"` };
}

export function renderLighthouserc(measures: readonly Measure[], source: string, stage: string): Rendered {
  const assertions = new Map<string, Assertion>();
  const skipped: Skipped[] = [];
  for (const measure of measures) {
    if (measure.source !== 'lighthouse') continue;
    const a = assertion(measure);
    if (!Array.isArray(a)) {
      skipped.push({ measure, reason: a.reason });
      continue;
    }
    if (assertions.has(measure.metric)) {
      skipped.push({
        measure,
        reason: `Lighthouse CI takes one assertion per audit; ${measure.metric} has one already`,
      });
      continue;
    }
    assertions.set(measure.metric, a);
  }
  const sorted = Object.fromEntries(
    [...assertions.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => [k, assertions.get(k)]),
  );
  const rc = { $comment: jsonMarker('lighthouserc', source, stage), ci: { assert: { assertions: sorted } } };
  return { content: JSON.stringify(rc, null, 2) + '\n', skipped };
}
