import { meetingTeams, weeklySlots } from '../../model/cadence.js';
import type { Slot } from '../../model/cadence.js';
import { formatClock } from '../../util/durations.js';
import type { Rule } from '../rule.js';

export const cadenceOverlap: Rule = {
  id: 'cadence-overlap',
  severity: 'warning',
  description: 'Two meetings overlap in time and share a participant (a team, directly or through a role or group).',
  check(ctx) {
    const byDay = new Map<string, Slot[]>();
    for (const slot of weeklySlots(ctx.model)) {
      const list = byDay.get(slot.day);
      if (list) list.push(slot);
      else byDay.set(slot.day, [slot]);
    }
    const reported = new Set<string>();
    const teams = new Map<string, Set<string>>();
    const teamsFor = (slot: Slot) => {
      let t = teams.get(slot.meeting.id);
      if (!t) {
        t = meetingTeams(ctx.index, slot.meeting);
        teams.set(slot.meeting.id, t);
      }
      return t;
    };
    for (const [day, slots] of byDay) {
      slots.sort((a, b) => a.start - b.start || a.end - b.end);
      const active: Slot[] = [];
      for (const slot of slots) {
        for (let i = active.length - 1; i >= 0; i--) if ((active[i]?.end ?? 0) <= slot.start) active.splice(i, 1);
        for (const other of active) {
          if (other.meeting === slot.meeting) continue;
          const key = [other.meeting.id, slot.meeting.id].sort().join('\u0000');
          if (reported.has(key)) continue;
          const a = teamsFor(other);
          const shared = [...teamsFor(slot)].filter((t) => a.has(t)).sort();
          if (shared.length === 0) continue;
          reported.add(key);
          const [first, second] =
            other.meeting.loc.doc.file.display + other.meeting.loc.path.join('.') <=
            slot.meeting.loc.doc.file.display + slot.meeting.loc.path.join('.')
              ? [other, slot]
              : [slot, other];
          ctx.report(
            { doc: second.meeting.loc.doc, path: [...second.meeting.loc.path, 'time'] },
            `meeting ${second.meeting.id} (${day} ${formatClock(second.start)}–${formatClock(second.end)}) overlaps ${first.meeting.id} (${formatClock(first.start)}–${formatClock(first.end)}), and both involve ${shared.join(', ')}; move one of them`,
          );
        }
        active.push(slot);
      }
    }
  },
};
