/** The measurable criteria of a stage: inline tool metrics, and criteria on declared metrics that name a tool. */
import type { ModelIndex } from '../model/index-model.js';
import { isResultSource } from '../model/read/gates.js';
import type { Criterion, GateStage, Loc, ResultSource } from '../model/types.js';

export interface Measure {
  /** The tool's own name for the metric. */
  metric: string;
  source: ResultSource;
  stat?: string;
  /** The target as written. */
  target: string;
  /** Where the criterion is written (annotations point there). */
  loc: Loc;
  /** Where the stat is written: on the criterion, or on the declared metric. */
  statLoc: Loc;
  targetLoc: Loc;
}

const at = (loc: Loc, key: string): Loc => ({ doc: loc.doc, path: [...loc.path, key] });

/** The criterion as a Measure, when a tool measures it. */
export function measureOf(criterion: Criterion, index: ModelIndex): Measure | undefined {
  if (criterion.kind === 'measure') {
    return {
      metric: criterion.metric,
      source: criterion.source,
      ...(criterion.stat !== undefined ? { stat: criterion.stat } : {}),
      target: criterion.target,
      loc: criterion.loc,
      statLoc: at(criterion.loc, 'stat'),
      targetLoc: at(criterion.loc, 'target'),
    };
  }
  if (criterion.kind !== 'metric') return undefined;
  const declared = index.metrics.get(criterion.metric.id);
  if (!declared || !isResultSource(declared.source)) return undefined;
  return {
    metric: declared.id,
    source: declared.source,
    ...(declared.stat !== undefined ? { stat: declared.stat } : {}),
    target: criterion.target,
    loc: criterion.loc,
    statLoc: at(declared.loc, 'stat'),
    targetLoc: at(criterion.loc, 'target'),
  };
}

export function stageMeasures(stage: GateStage, index: ModelIndex): Measure[] {
  return stage.criteria.flatMap((c) => measureOf(c, index) ?? []);
}
