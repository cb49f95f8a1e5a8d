/**
 * The calendars `render docs` writes beside the pages: the whole cadence,
 * and one for each team that attends at least one meeting with a day and a time.
 */
import { meetingTeams } from '../model/cadence.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Model } from '../model/types.js';
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

/** Which calendars there are; none when the model has no meeting a calendar can place. */
export function calendarPlan(model: Model, index: ModelIndex): CalendarEntry[] {
  const placed = calendarMeetings(model, index).filter((m) => placeMeeting(m, model.project, new Date(0)).ok);
  if (placed.length === 0) return [];
  const teams = new Set<string>();
  for (const meeting of placed) for (const id of meetingTeams(index, meeting)) teams.add(id);
  return [
    { path: 'cadence.ics', title: 'Whole cadence' },
    ...[...index.teams.values()]
      .filter((t) => teams.has(t.id))
      .map((t) => ({ path: `cadence-${fileSafe(t.id)}.ics`, team: t.id, title: t.name })),
  ];
}

/** The calendar files of calendarPlan, stamped with `stamp` (default: the strategy's date). */
export function calendarFiles(model: Model, index: ModelIndex, source: string, stamp?: Date): RenderedFile[] {
  const at = stamp ?? calendarStamp(model);
  return calendarPlan(model, index).map((entry) => ({
    path: entry.path,
    content: renderIcs(model, index, { stamp: at, source, ...(entry.team !== undefined ? { team: entry.team } : {}) })
      .content,
  }));
}
