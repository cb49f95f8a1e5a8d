import { parseDate } from '../../util/dates.js';
import type { Loc } from '../../model/types.js';
import type { Rule } from '../rule.js';

const WEEK_FREQUENCIES = new Set(['monthly', 'quarterly']);

/**
 * What a calendar needs to place a recurring meeting: a week of the month only
 * where there are months, a first day where the weeks alternate, and dates
 * that exist.
 */
export const cadenceRecurrence: Rule = {
  id: 'cadence-recurrence',
  severity: 'error',
  description:
    'A meeting\'s recurrence can be placed in a calendar: "week" only on monthly and quarterly meetings, with a day; a start for bi-weekly, quarterly and per-sprint meetings with a day and a time; dates that exist.',
  check(ctx) {
    const project = ctx.model.project;
    const badDate = (value: string | undefined, at: Loc, name: string) => {
      if (value === undefined || parseDate(value) !== undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
      ctx.report(at, `${name} ${value} is not a day of the calendar; write an existing date such as "2026-01-05"`);
    };
    if (project) {
      const settings = (key: string): Loc => ({ doc: project.loc.doc, path: ['settings', key] });
      badDate(project.cadenceStart, settings('cadenceStart'), 'settings.cadenceStart');
      badDate(project.sprintStart, settings('sprintStart'), 'settings.sprintStart');
    }
    const cadenceStart = project?.cadenceStart !== undefined;
    const sprintStart = project?.sprintStart !== undefined || cadenceStart || (project?.sprintWeeks ?? 2) === 1;
    for (const meeting of ctx.model.meetings) {
      const at = (key: string): Loc => ({ doc: meeting.loc.doc, path: [...meeting.loc.path, key] });
      const frequency = meeting.frequency;
      badDate(meeting.starts, at('starts'), 'starts');
      if (meeting.week !== undefined && frequency !== undefined && !WEEK_FREQUENCIES.has(frequency)) {
        ctx.report(
          at('week'),
          `"week: ${meeting.week}" is for monthly and quarterly meetings, and ${meeting.id} is ${frequency}; remove "week", or set "frequency: monthly"`,
        );
      } else if (meeting.week !== undefined && meeting.day === undefined) {
        ctx.report(
          at('week'),
          `"week: ${meeting.week}" needs a "day" (the ${meeting.week} Monday, the ${meeting.week} Friday…); add "day" to ${meeting.id}`,
        );
      }
      // Only a meeting a calendar would hold (a day and a time) needs to say where its weeks start.
      if (meeting.day === undefined || meeting.time === undefined || meeting.starts !== undefined) continue;
      if (frequency === 'bi-weekly' || frequency === 'quarterly') {
        if (!cadenceStart)
          ctx.report(
            at('frequency'),
            `${meeting.id} is ${frequency} on ${meeting.day}, but nothing says which ${frequency === 'bi-weekly' ? 'weeks' : 'months'} it falls in; add "starts: YYYY-MM-DD" (its first day) to the meeting, or settings.cadenceStart to perfcoord.yaml`,
          );
      } else if (frequency === 'per-sprint' && !sprintStart) {
        ctx.report(
          at('frequency'),
          `${meeting.id} happens once a sprint on ${meeting.day}, but nothing says when the sprints start; add settings.sprintStart (the first day of a sprint) to perfcoord.yaml, or "starts: YYYY-MM-DD" to the meeting`,
        );
      }
    }
  },
};
