/** Finding a stage by id across pipelines, and who to tell when it fails. */
import { UsageError } from '../errors.js';
import type { GatePipeline, GateStage, Holder, Model } from '../model/types.js';
import { didYouMean, nearest } from '../util/suggest.js';

export interface StageRef {
  pipeline: GatePipeline;
  stage: GateStage;
}

/** The stage with this id; a usage error (exit 2) with the nearest ids otherwise. */
export function findStage(model: Model, id: string): StageRef {
  const ids: string[] = [];
  for (const pipeline of model.pipelines) {
    for (const stage of pipeline.stages) {
      if (stage.id === id) return { pipeline, stage };
      ids.push(stage.id);
    }
  }
  const hint =
    didYouMean(nearest(id, ids)) ||
    (ids.length > 0 ? `; the stages are ${ids.join(', ')}` : '; the project declares no quality gates');
  throw new UsageError(`there is no gate stage "${id}"${hint}`);
}

export interface Escalation {
  matrix: string;
  level: number;
  name?: string;
  responders: string[];
  channel?: string;
}

/** Who answers for a failed gate: owner, sign-off, and the first level of the project's escalation matrix. */
export interface Accountable {
  owner: string[];
  signOff: string[];
  /** With several matrices none is the obvious one, so none is named. */
  escalation?: Escalation;
}

function holderIds(holder: Holder | undefined): string[] {
  if (!holder || holder.kind === 'none') return [];
  return holder.kind === 'single' ? [holder.ref.id] : holder.refs.map((r) => r.id);
}

export function accountable(model: Model, stage: GateStage): Accountable {
  const out: Accountable = { owner: holderIds(stage.owner), signOff: stage.signOff.map((r) => r.id) };
  const matrix = model.matrices.length === 1 ? model.matrices[0] : undefined;
  const first = matrix ? [...matrix.levels].sort((a, b) => a.level - b.level)[0] : undefined;
  if (matrix && first) {
    const channel = first.channel?.id ?? matrix.channel?.id;
    out.escalation = {
      matrix: matrix.id,
      level: first.level,
      ...(first.name !== undefined ? { name: first.name } : {}),
      responders: first.responders.map((r) => r.id),
      ...(channel !== undefined ? { channel } : {}),
    };
  }
  return out;
}
