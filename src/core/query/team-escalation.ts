import { teamsOf } from '../model/index-model.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Team } from '../model/types.js';
import type { ChannelRef } from './answer-parts.js';
import { channelRef } from './parties.js';

export interface TeamEscalation {
  matrix: string;
  matrixTitle: string | null;
  level: number;
  name: string | null;
  trigger: string;
  responseTime: string | null;
  responseMinutes: number | null;
  /** The level's own channel, else the matrix's. */
  channel: ChannelRef | null;
  /** The responders (as written) through which the team responds: itself, a role, a group. */
  via: string[];
}

/** Every escalation level at which the team, one of its roles or a group containing it responds. */
export function teamEscalation(index: ModelIndex, team: Team): TeamEscalation[] {
  const out: TeamEscalation[] = [];
  for (const matrix of index.matrices.values()) {
    const levels = [...matrix.levels].sort((a, b) => a.level - b.level);
    for (const level of levels) {
      const via = level.responders.filter((r) => teamsOf(index, r.id).some((t) => t.id === team.id)).map((r) => r.id);
      if (via.length === 0) continue;
      out.push({
        matrix: matrix.id,
        matrixTitle: matrix.title ?? null,
        level: level.level,
        name: level.name ?? null,
        trigger: level.trigger,
        responseTime: level.responseTime ?? null,
        responseMinutes: level.responseMinutes ?? null,
        channel: channelRef(index, level.channel ?? matrix.channel),
        via: [...new Set(via)],
      });
    }
  }
  return out;
}
