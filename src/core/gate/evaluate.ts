/**
 * Judging a stage's measurable criteria against result files: data in, data
 * out. A criterion no file measures is "missing", and that fails the gate:
 * a misspelt audit must never pass by being absent.
 */
import type { ResultSource } from '../model/types.js';
import { nearest } from '../util/suggest.js';
import type { Measure } from './measures.js';
import type { Measurement, ResultSet } from './results/types.js';
import { meets, parseTarget, unitScale } from './target.js';
import type { Target } from './target.js';

export type Status = 'pass' | 'fail' | 'missing';

export interface Verdict {
  measure: Measure;
  status: Status;
  /** The measured figure in the target's unit (or the file's, when the target has none). */
  actual?: number;
  unit: string;
  /** The file the figure came from. */
  file?: string;
  /** Why it failed or is missing, for people. */
  note?: string;
  /** Near names in the files, for a missing metric or stat. */
  suggestions: string[];
}

/** The figure in the target's unit, or a reason the two cannot be compared. */
function inTargetUnit(m: Measurement, target: Target): { value: number; unit: string } | string {
  if (target.dimension === 'none') return { value: m.raw, unit: m.unit };
  if (m.dimension === 'unknown') {
    // k6's export does not say; k6 writes time in ms, so the figure is read in the base unit.
    return { value: m.raw / (unitScale(target.unit)?.factor ?? 1), unit: target.unit };
  }
  if (target.dimension === 'other') {
    return m.unit.toLowerCase() === target.unit.toLowerCase()
      ? { value: m.raw, unit: m.unit }
      : `the file reports ${m.unit || 'a plain number'}, the target is in ${target.unit}`;
  }
  if (m.dimension !== target.dimension) {
    return `the file reports ${m.unit || 'a plain number'}, the target is in ${target.unit}`;
  }
  return { value: m.base / (unitScale(target.unit)?.factor ?? 1), unit: target.unit };
}

function judge(measure: Measure, target: Target, m: Measurement, file: string): Verdict {
  const converted = inTargetUnit(m, target);
  if (typeof converted === 'string') {
    return { measure, status: 'fail', unit: target.unit, file, note: converted, suggestions: [] };
  }
  // Converting can leave float noise (0.95 from 95%); compare at 12 significant digits.
  const value = Number(converted.value.toPrecision(12));
  const expected = Number(target.value.toPrecision(12));
  return {
    measure,
    status: meets(value, target.op, expected) ? 'pass' : 'fail',
    actual: value,
    unit: converted.unit,
    file,
    suggestions: [],
  };
}

function missing(measure: Measure, sets: readonly ResultSet[]): Verdict {
  const same = sets.filter((s) => s.source === measure.source);
  const base: Verdict = { measure, status: 'missing', unit: '', suggestions: [] };
  if (same.length === 0) return { ...base, note: `no ${SOURCE_NAME[measure.source]} result file was given` };
  const owner = same.find((s) => s.metrics.has(measure.metric));
  if (owner) {
    const stats = [...(owner.metrics.get(measure.metric)?.keys() ?? [])].filter((s) => s !== '');
    return {
      ...base,
      file: owner.file,
      note: `${owner.file} has ${measure.metric} but not its ${measure.stat ?? 'value'}${stats.length > 0 ? ` (it has ${stats.join(', ')})` : ''}`,
      suggestions: nearest(measure.stat ?? '', stats),
    };
  }
  const names = new Set<string>();
  for (const s of same) for (const name of s.metrics.keys()) names.add(name);
  return {
    ...base,
    note: `no ${SOURCE_NAME[measure.source]} result file has ${measure.metric}`,
    suggestions: nearest(measure.metric, names),
  };
}

export const SOURCE_NAME: Record<ResultSource, string> = { k6: 'k6', lighthouse: 'Lighthouse', bench: 'benchmark' };

/** One verdict per measure, in the stage's order. The first file (in the order given) that measures a metric decides. */
export function evaluate(measures: readonly Measure[], sets: readonly ResultSet[]): Verdict[] {
  return measures.map((measure) => {
    const target = parseTarget(measure.target);
    if (!target) {
      return {
        measure,
        status: 'fail',
        unit: '',
        note: `the target "${measure.target}" cannot be read`,
        suggestions: [],
      };
    }
    for (const set of sets) {
      if (set.source !== measure.source) continue;
      const m = set.metrics.get(measure.metric)?.get(statKey(measure, set));
      if (m) return judge(measure, target, m, set.file);
    }
    return missing(measure, sets);
  });
}

/** Lighthouse and github-action-benchmark figures are single; a BMF benchmark without a stat uses its only measure. */
function statKey(measure: Measure, set: ResultSet): string {
  if (measure.source === 'k6') return measure.stat ?? '';
  if (measure.source === 'lighthouse' || set.format === 'github-action-benchmark') return '';
  if (measure.stat !== undefined) return measure.stat;
  const measures = [...(set.metrics.get(measure.metric)?.keys() ?? [])];
  return measures.length === 1 ? measures[0]! : 'latency';
}
