import { weeklyMeetingLoad } from '../../model/cadence.js';
import { formatMinutes } from '../../util/durations.js';
import type { Rule } from '../rule.js';

export const cadenceMeetingLoad: Rule = {
  id: 'cadence-meeting-load',
  severity: 'warning',
  description:
    'A team spends more hours a week in recurring meetings than settings.maxWeeklyMeetingHours (default 10).',
  check(ctx) {
    const limit = ctx.model.project?.maxWeeklyMeetingHours ?? 10;
    for (const load of weeklyMeetingLoad(ctx.model, ctx.index).values()) {
      if (load.minutesPerWeek <= limit * 60) continue;
      const team = ctx.index.teams.get(load.teamId);
      if (!team) continue;
      ctx.report(
        { doc: team.loc.doc, path: [...team.loc.path, 'id'] },
        `team ${team.id} spends ${formatMinutes(load.minutesPerWeek)} a week in recurring meetings, above the ${limit}h limit (settings.maxWeeklyMeetingHours)`,
      );
    }
  },
};
