import { meetingTeams } from '../../model/cadence.js';
import type { Rule } from '../rule.js';

export const cadenceCriticalSync: Rule = {
  id: 'cadence-critical-sync',
  severity: 'warning',
  description: 'A team of critical dependency has no recurring meeting with the core team.',
  check(ctx) {
    const declared = ctx.model.project?.coreTeam;
    const core = (declared && ctx.index.teams.get(declared.id)) || ctx.model.teams.find((t) => t.dependency === 'core');
    if (!core) return;
    const critical = ctx.model.teams.filter((t) => t.dependency === 'critical');
    if (critical.length === 0) return;
    const synced = new Set<string>();
    for (const meeting of ctx.model.meetings) {
      if (meeting.frequency === undefined || meeting.frequency === 'ad-hoc') continue;
      const teams = meetingTeams(ctx.index, meeting);
      if (!teams.has(core.id)) continue;
      for (const t of teams) synced.add(t);
    }
    for (const team of critical) {
      if (synced.has(team.id)) continue;
      ctx.report(
        { doc: team.loc.doc, path: [...team.loc.path, 'dependency'] },
        `team ${team.id} is a critical dependency but has no recurring meeting with the core team ${core.id}; add a sync to a Cadence document`,
      );
    }
  },
};
