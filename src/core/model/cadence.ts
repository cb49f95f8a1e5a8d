import { teamsOf } from './index-model.js';
import type { ModelIndex } from './index-model.js';
import type { Frequency, Meeting, Model, Weekday } from './types.js';
import { parseClock } from '../util/durations.js';

/** How many times a week a meeting happens, on average. */
export function perWeek(frequency: Frequency | undefined, sprintWeeks: number): number {
  switch (frequency) {
    case 'daily':
      return 5;
    case 'weekly':
      return 1;
    case 'bi-weekly':
      return 0.5;
    case 'monthly':
      return 12 / 52;
    case 'quarterly':
      return 4 / 52;
    case 'per-sprint':
      return 1 / sprintWeeks;
    default:
      return 0;
  }
}

/** The ids of the teams taking part in a meeting (roles count for their team, groups for their members). */
export function meetingTeams(index: ModelIndex, meeting: Meeting): Set<string> {
  const out = new Set<string>();
  for (const p of meeting.participants) for (const t of teamsOf(index, p.id)) out.add(t.id);
  return out;
}

export interface MeetingLoad {
  teamId: string;
  minutesPerWeek: number;
  meetings: { meeting: Meeting; minutesPerWeek: number }[];
}

/** Each team's recurring meeting time per week, from durations and frequencies (rotating meetings aside). */
export function weeklyMeetingLoad(model: Model, index: ModelIndex): Map<string, MeetingLoad> {
  const sprintWeeks = model.project?.sprintWeeks ?? 2;
  const loads = new Map<string, MeetingLoad>();
  for (const team of index.teams.values()) loads.set(team.id, { teamId: team.id, minutesPerWeek: 0, meetings: [] });
  for (const meeting of model.meetings) {
    // A rotating meeting takes a few participants at a time: no team's standing load.
    if (meeting.attendance === 'rotating') continue;
    const minutes = (meeting.durationMinutes ?? 0) * perWeek(meeting.frequency, sprintWeeks);
    if (minutes === 0) continue;
    for (const teamId of meetingTeams(index, meeting)) {
      const load = loads.get(teamId);
      if (!load) continue;
      load.minutesPerWeek += minutes;
      load.meetings.push({ meeting, minutesPerWeek: minutes });
    }
  }
  return loads;
}

export interface Slot {
  meeting: Meeting;
  day: Weekday;
  start: number;
  end: number;
}

const WORKDAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** The weekly time slots of meetings with a time and a duration (daily ones on every workday). */
export function weeklySlots(model: Model): Slot[] {
  const slots: Slot[] = [];
  for (const meeting of model.meetings) {
    const start = meeting.time === undefined ? undefined : parseClock(meeting.time);
    if (start === undefined || meeting.durationMinutes === undefined) continue;
    const end = start + meeting.durationMinutes;
    const days =
      meeting.frequency === 'daily'
        ? WORKDAYS
        : meeting.day && meeting.frequency !== 'per-sprint' && meeting.frequency !== 'ad-hoc'
          ? [meeting.day]
          : [];
    for (const day of days) slots.push({ meeting, day, start, end });
  }
  return slots;
}
