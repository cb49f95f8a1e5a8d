/**
 * Where each meeting is described, and how. A meeting declared beside the
 * knowledge-transfer practices is described on that page, a programme's own
 * meeting under the programme; the cadence page links to them instead of
 * repeating their section under the same heading.
 */
import type { Meeting } from '../../model/types.js';
import { parseClock } from '../../util/durations.js';
import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { headingText, slugOf } from '../markdown.js';
import type { MarkdownPage } from '../markdown.js';
import { durationText, frequencyText } from '../words.js';
import { capital, codeOr, field, fieldMd, mdList, prose } from './common.js';

export type MeetingPage = 'cadence' | 'knowledge' | 'teams';

/** A meeting with a day and a time has a place in the weekly schedule table. */
export function scheduled(m: Meeting): boolean {
  return m.day !== undefined && m.time !== undefined && parseClock(m.time) !== undefined;
}

interface MeetingPlaces {
  practiceSections: Set<string>;
  /** A programme's title (lower case) by the id of its meeting. */
  programOf: Map<string, string>;
}

// Looked up once per model, so that placing every meeting stays linear in the model's size.
const places = new WeakMap<RenderContext['model'], MeetingPlaces>();

function placesOf(ctx: RenderContext): MeetingPlaces {
  let found = places.get(ctx.model);
  if (!found) {
    found = {
      practiceSections: new Set(ctx.model.practices.map((p) => p.section.key)),
      programOf: new Map(),
    };
    for (const program of ctx.model.programs)
      if (program.meeting && !found.programOf.has(program.meeting.id))
        found.programOf.set(program.meeting.id, program.title.toLowerCase());
    places.set(ctx.model, found);
  }
  return found;
}

/** The page that describes a meeting. */
export function meetingPage(ctx: RenderContext, meeting: Meeting): MeetingPage {
  const { practiceSections, programOf } = placesOf(ctx);
  if (practiceSections.has(meeting.section.key)) return 'knowledge';
  const program = programOf.get(meeting.id);
  if (program !== undefined && meeting.section.title?.toLowerCase() === program) return 'teams';
  return 'cadence';
}

/** The file and fragment of a meeting's description, or of its row in the weekly schedule. */
export function meetingHref(ctx: RenderContext, meeting: Meeting): { file: string; slug: string } {
  const page = meetingPage(ctx, meeting);
  const file = PAGES[page].file;
  if (page === 'cadence' && scheduled(meeting))
    return { file, slug: slugOf(headingText(meeting.section.title ?? 'Meetings')) };
  return { file, slug: slugOf(headingText(ctx.names.meeting(meeting))) };
}

/** A meeting under a heading of its own: when, how long, who, what about. */
export function describeMeeting(ctx: RenderContext, page: MarkdownPage, meeting: Meeting): void {
  const { names } = ctx;
  page.heading(3, names.meeting(meeting));
  page.list([
    ...field('How often', frequencyText(meeting)),
    ...field('When', [meeting.day === undefined ? '' : capital(meeting.day), meeting.time ?? ''].join(' ').trim()),
    ...field('Duration', durationText(meeting.duration)),
    ...fieldMd('Participants', mdList(meeting.participants.map((p) => names.party(p.id)))),
    ...(meeting.attendance === 'rotating'
      ? ['Attendance: rotating, a few participants at a time (not counted in the weekly meeting load)']
      : []),
    ...(meeting.agenda.length > 0 ? [{ item: 'Agenda:', sub: meeting.agenda.map((a) => prose(a)) }] : []),
    ...field('Focus', meeting.focus),
    ...field('Format', meeting.format),
    ...(meeting.topics.length > 0 ? [{ item: 'Topics:', sub: meeting.topics.map((t) => prose(t)) }] : []),
    ...fieldMd('Channel', codeOr(meeting.channel ? names.channel(meeting.channel) : undefined)),
    ...field('Notes', meeting.notes),
  ]);
}
