/**
 * When a meeting happens, as iCalendar sees it: the day of its first
 * occurrence and the RRULE that repeats it. A meeting perfcoord cannot place
 * in a calendar (ad hoc, no time, monthly without a week) gets the reason instead.
 */
import { WEEKDAYS } from '../model/types.js';
import type { Meeting, Project, WeekOfMonth } from '../model/types.js';
import { parseClock } from '../util/durations.js';
import { nextWeekday, nthWeekdayOfMonth, parseDate, weekdayOf } from '../util/dates.js';

export interface Recurrence {
  /** The first occurrence, a day (UTC midnight). */
  first: Date;
  /** Minutes after midnight, local time. */
  minutes: number;
  rrule: string;
}

export type Placement = { ok: true; recurrence: Recurrence } | { ok: false; reason: string };

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const WEEK_NUMBER: Record<WeekOfMonth, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

/** Where a meeting without a start of its own counts from, by frequency; undefined when only a start will do. */
export function startOf(meeting: Meeting, project: Project | undefined, fallback: Date): Date | undefined {
  const own = meeting.starts === undefined ? undefined : parseDate(meeting.starts);
  if (own) return own;
  const cadence = project?.cadenceStart === undefined ? undefined : parseDate(project.cadenceStart);
  switch (meeting.frequency) {
    case 'bi-weekly':
    case 'quarterly':
      return cadence;
    case 'per-sprint': {
      const sprint = project?.sprintStart === undefined ? undefined : parseDate(project.sprintStart);
      return sprint ?? cadence ?? ((project?.sprintWeeks ?? 2) === 1 ? fallback : undefined);
    }
    default:
      return cadence ?? fallback;
  }
}

/**
 * Places a meeting. `fallback` is the day weekly, daily and monthly meetings
 * start from when neither the meeting nor the settings name one.
 */
export function placeMeeting(meeting: Meeting, project: Project | undefined, fallback: Date): Placement {
  const frequency = meeting.frequency;
  if (frequency === undefined || frequency === 'ad-hoc')
    return { ok: false, reason: `${meeting.frequencyText ?? 'no frequency'}: not a recurring time` };
  const minutes = meeting.time === undefined ? undefined : parseClock(meeting.time);
  if (minutes === undefined) return { ok: false, reason: `${frequency}, without a time` };
  const day = meeting.day === undefined ? undefined : WEEKDAYS.indexOf(meeting.day);
  if (frequency !== 'daily' && day === undefined) return { ok: false, reason: `${frequency}, without a day` };
  const start = startOf(meeting, project, fallback);
  if (start === undefined) return { ok: false, reason: `${frequency}, without a start (starts or settings)` };
  const byday = BYDAY[day ?? 0];
  switch (frequency) {
    case 'daily': {
      // Working days: the first of them on or after the start.
      const first = weekdayOf(start) > 4 ? nextWeekday(start, 0) : start;
      return { ok: true, recurrence: { first, minutes, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO' } };
    }
    case 'weekly':
      return {
        ok: true,
        recurrence: { first: nextWeekday(start, day ?? 0), minutes, rrule: `FREQ=WEEKLY;BYDAY=${byday}` },
      };
    case 'bi-weekly':
    case 'per-sprint': {
      const interval = frequency === 'bi-weekly' ? 2 : (project?.sprintWeeks ?? 2);
      const rrule =
        interval === 1 ? `FREQ=WEEKLY;BYDAY=${byday}` : `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${byday};WKST=MO`;
      return { ok: true, recurrence: { first: nextWeekday(start, day ?? 0), minutes, rrule } };
    }
    case 'monthly':
    case 'quarterly': {
      if (meeting.week === undefined) return { ok: false, reason: `${frequency}, without a week of the month` };
      const n = WEEK_NUMBER[meeting.week];
      const first = firstInMonths(start, day ?? 0, n);
      const interval = frequency === 'quarterly' ? ';INTERVAL=3' : '';
      return { ok: true, recurrence: { first, minutes, rrule: `FREQ=MONTHLY${interval};BYDAY=${n}${byday}` } };
    }
  }
}

/** The first n-th weekday of a month on or after `start`. */
function firstInMonths(start: Date, weekday: number, n: number): Date {
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  for (;;) {
    const date = nthWeekdayOfMonth(year, month, weekday, n);
    if (date.getTime() >= start.getTime()) return date;
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
}
