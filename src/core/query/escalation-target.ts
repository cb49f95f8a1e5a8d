import type { ModelIndex } from '../model/index-model.js';
import type { Area, EscalationMatrix, Model } from '../model/types.js';
import type { EscalationTarget } from './answer-parts.js';
import { channelRef, partyAnswer } from './parties.js';

/**
 * Where to escalate about an area: the matrix the area names, else the
 * project's only matrix. With several matrices and none named, guessing would
 * send people to the wrong room, so there is no answer.
 */
export function escalationTarget(model: Model, index: ModelIndex, area: Area): EscalationTarget | null {
  let matrix: EscalationMatrix | undefined;
  let source: EscalationTarget['source'];
  if (area.escalation) {
    matrix = index.matrices.get(area.escalation.id);
    source = 'area';
  } else {
    matrix = model.matrices.length === 1 ? model.matrices[0] : undefined;
    source = 'project';
  }
  if (!matrix) return null;
  const first = [...matrix.levels].sort((a, b) => a.level - b.level)[0];
  return {
    matrix: matrix.id,
    title: matrix.title ?? null,
    source,
    level: first
      ? {
          level: first.level,
          name: first.name ?? null,
          trigger: first.trigger,
          responseTime: first.responseTime ?? null,
          responseMinutes: first.responseMinutes ?? null,
          responders: first.responders.map((r) => partyAnswer(index, r.id)),
        }
      : null,
    channel: channelRef(index, first?.channel ?? matrix.channel),
  };
}

/** Why an area has no escalation target, for the text output. */
export function noEscalationReason(model: Model, index: ModelIndex, area: Area): string {
  if (area.escalation && !index.matrices.has(area.escalation.id)) {
    return `the area names the escalation matrix "${area.escalation.id}", which no document declares`;
  }
  if (model.matrices.length === 0) return 'the project declares no escalation matrix';
  return `the area names no escalation matrix and the project has ${model.matrices.length}`;
}
