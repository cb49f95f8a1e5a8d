/** `gate check` as data: the stage, a verdict per measurable criterion, and who answers for a failure. */
import type { ModelIndex } from '../model/index-model.js';
import type { GatePipeline, GateStage, Model } from '../model/types.js';
import { evaluate } from './evaluate.js';
import type { Verdict } from './evaluate.js';
import { stageMeasures } from './measures.js';
import type { ResultSet } from './results/types.js';
import { accountable, findStage } from './stage.js';
import type { Accountable } from './stage.js';

export interface GateReport {
  pipeline: GatePipeline;
  stage: GateStage;
  /** True when every measurable criterion passed (and there was at least one). */
  passed: boolean;
  verdicts: Verdict[];
  /** The free-text criteria, which people judge. */
  unmeasured: number;
  accountable: Accountable;
  files: { file: string; format: ResultSet['format'] }[];
}

export function checkGate(model: Model, index: ModelIndex, stageId: string, sets: readonly ResultSet[]): GateReport {
  const { pipeline, stage } = findStage(model, stageId);
  const measures = stageMeasures(stage, index);
  const verdicts = evaluate(measures, sets);
  return {
    pipeline,
    stage,
    passed: verdicts.length > 0 && verdicts.every((v) => v.status === 'pass'),
    verdicts,
    unmeasured: stage.criteria.length - measures.length,
    accountable: accountable(model, stage),
    files: sets.map((s) => ({ file: s.file, format: s.format })),
  };
}

/** "http_req_duration p(95)", "largest-contentful-paint": a criterion as people read it. */
export function verdictLabel(v: Verdict): string {
  return v.measure.stat === undefined ? v.measure.metric : `${v.measure.metric} ${v.measure.stat}`;
}

/** The stable JSON shape (version 1) of a gate check. */
export function gateJson(report: GateReport) {
  const { accountable: who } = report;
  return {
    version: 1,
    stage: report.stage.id,
    pipeline: report.pipeline.id,
    passed: report.passed,
    criteria: report.verdicts.map((v) => ({
      metric: v.measure.metric,
      source: v.measure.source,
      stat: v.measure.stat ?? null,
      target: v.measure.target,
      actual: v.actual ?? null,
      unit: v.unit,
      status: v.status,
      file: v.file ?? null,
      note: v.note ?? null,
      suggestions: v.suggestions,
    })),
    owner: who.owner,
    signOff: who.signOff,
    escalation: who.escalation
      ? {
          matrix: who.escalation.matrix,
          level: who.escalation.level,
          name: who.escalation.name ?? null,
          responders: who.escalation.responders,
          channel: who.escalation.channel ?? null,
        }
      : null,
    files: report.files,
  };
}
