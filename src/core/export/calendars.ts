/**
 * The calendars `render docs` writes beside the pages: the whole cadence,
 * and one for each team that attends at least one meeting with a day and a time.
 */
import { meetingTeams } from '../model/cadence.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Meeting, Model } from '../model/types.js';
import { fileSafe } from '../render/context.js';
import type { RenderedFile } from '../render/context.js';
import { calendarMeetings, calendarStamp, renderIcs } from './ics.js';
import { placeMeeting } from './recurrence.js';

export interface CalendarEntry {
  /** Relative to the docs folder. */
  path: string;
  /** The team's id; none for the whole cadence. */
  team?: string;
  /** The team's name, or "Whole cadence". */
  title: string;
}

/** Which calendars there are, and the meetings of each; none when no meeting has a place in a calendar. */
function plan(model: Model, index: ModelIndex): (CalendarEntry & { meetings: Meeting[] })[] {
  const placed = calendarMeetings(model, index).filter((m) => placeMeeting(m, model.project, new Date(0)).ok);
  if (placed.length === 0) return [];
  // Each meeting's teams once, rather than every meeting once for every team.
  const byTeam = new Map<string, Meeting[]>();
  for (const meeting of placed) {
    for (const id of meetingTeams(index, meeting)) {
      const list = byTeam.get(id);
      if (list) list.push(meeting);
      else byTeam.set(id, [meeting]);
    }
  }
  return [
    { path: 'cadence.ics', title: 'Whole cadence', meetings: placed },
    ...[...index.teams.values()].flatMap((t) => {
      const meetings = byTeam.get(t.id);
      return meetings ? [{ path: `cadence-${fileSafe(t.id)}.ics`, team: t.id, title: t.name, meetings }] : [];
    }),
  ];
}

/** Which calendars there are (for the links on the cadence page). */
export function calendarPlan(model: Model, index: ModelIndex): CalendarEntry[] {
  return plan(model, index).map(({ path, team, title }) => ({ path, title, ...(team !== undefined ? { team } : {}) }));
}

/** The calendar files of calendarPlan, stamped with `stamp` (default: the strategy's date). */
export function calendarFiles(model: Model, index: ModelIndex, source: string, stamp?: Date): RenderedFile[] {
  const at = stamp ?? calendarStamp(model);
  return plan(model, index).map((entry) => ({
    path: entry.path,
    content: renderIcs(model, index, {
      stamp: at,
      source,
      meetings: entry.meetings,
      ...(entry.team !== undefined ? { team: entry.team } : {}),
    }).content,
  }));
}
