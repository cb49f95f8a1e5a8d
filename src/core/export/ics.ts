/**
 * The cadence as an iCalendar file (RFC 5545): one VEVENT for each meeting
 * with a day and a time, repeating by RRULE in the project's time zone. The
 * same model and stamp give the same bytes, so a re-import updates events
 * (by UID) and CI can compare files.
 */
import { UsageError } from '../errors.js';
import { meetingTeams } from '../model/cadence.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Meeting, Model } from '../model/types.js';
import { markerLine } from '../render/marker.js';
import { Names } from '../render/names.js';
import { basicDate, basicUtc, parseDate } from '../util/dates.js';
import { contentLines, escapeText } from './ics-text.js';
import { placeMeeting } from './recurrence.js';
import { vtimezone } from './vtimezone.js';

export interface IcsOptions {
  /** Only the meetings this team attends, directly or through a role or group. */
  team?: string;
  /** The meetings to export when the caller has chosen them already (default: calendarMeetings). */
  meetings?: readonly Meeting[];
  /** DTSTAMP of every event (see calendarStamp). */
  stamp: Date;
  /** The project file's name, quoted in PRODID (the marker of a generated calendar). */
  source?: string;
}

export interface IcsResult {
  content: string;
  events: number;
  /** Meetings of the calendar that have no place in it, with why. */
  left: { id: string; reason: string }[];
  /** No settings.timezone, or one without time zone data (validate reports it): times were taken as UTC. */
  utc: boolean;
}

/**
 * The stamp of a calendar: SOURCE_DATE_EPOCH (seconds) when given, else the
 * strategy's date (document.created), else the start of the cadence, else 1970-01-01.
 */
export function calendarStamp(model: Model, sourceDateEpoch?: string): Date {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    const seconds = /^\d{1,12}$/.test(sourceDateEpoch) ? Number(sourceDateEpoch) : NaN;
    if (!Number.isSafeInteger(seconds) || seconds > 253402300799)
      throw new UsageError(
        `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (found "${sourceDateEpoch.slice(0, 40)}"); unset it to use the strategy's date`,
      );
    return new Date(seconds * 1000);
  }
  const created = model.project?.document.created;
  const cadence = model.project?.cadenceStart;
  return (
    (created === undefined ? undefined : parseDate(created)) ??
    (cadence === undefined ? undefined : parseDate(cadence)) ??
    new Date(0)
  );
}

/** "Team Coordination Strategy - Performance" → "team-coordination-strategy-performance": the UID's domain part. */
export function projectSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'perfcoord' : slug.slice(0, 60).replace(/-+$/, '');
}

function humanize(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function duration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  return total === 0 ? 'PT0M' : `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}`;
}

function description(meeting: Meeting, names: Names): string {
  const lines: string[] = [];
  if (meeting.agenda.length > 0) lines.push(`Agenda: ${meeting.agenda.join(', ')}`);
  if (meeting.participants.length > 0) lines.push(`Participants: ${names.parties(meeting.participants)}`);
  if (meeting.channel) lines.push(`Channel: ${names.channel(meeting.channel)}`);
  if (meeting.focus !== undefined) lines.push(`Focus: ${meeting.focus}`);
  if (meeting.notes !== undefined) lines.push(meeting.notes);
  return lines.join('\n');
}

/** The meetings of the calendar: all of them, or those `team` attends. */
export function calendarMeetings(model: Model, index: ModelIndex, team?: string): Meeting[] {
  const seen = new Set<string>();
  return model.meetings.filter((m) => {
    if (seen.has(m.id)) return false;
    seen.add(m.id);
    return team === undefined || meetingTeams(index, m).has(team);
  });
}

export function renderIcs(model: Model, index: ModelIndex, options: IcsOptions): IcsResult {
  const project = model.project;
  const names = new Names(model, index);
  const zone = project?.timezone === undefined ? undefined : vtimezone(project.timezone);
  const domain = projectSlug(project?.name ?? '');
  const stamp = basicUtc(options.stamp);
  const fallback = parseDate(options.stamp.toISOString().slice(0, 10)) ?? new Date(0);
  const team = options.team === undefined ? undefined : index.teams.get(options.team);
  const calendarName = `${project?.name ?? 'perfcoord'} cadence${team ? `: ${team.name}` : ''}`;

  const lines = [
    'BEGIN:VCALENDAR',
    markerLine('.ics', options.source ?? 'perfcoord.yaml'),
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    ...(zone ? [`X-WR-TIMEZONE:${zone.tzid}`, ...zone.lines] : []),
  ];
  const left: IcsResult['left'] = [];
  let events = 0;
  for (const meeting of options.meetings ?? calendarMeetings(model, index, options.team)) {
    const placed = placeMeeting(meeting, project, fallback);
    if (!placed.ok) {
      left.push({ id: meeting.id, reason: placed.reason });
      continue;
    }
    const { first, minutes, rrule } = placed.recurrence;
    const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}00`;
    const text = description(meeting, names);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${meeting.id}@${domain}`)}`,
      `DTSTAMP:${stamp}`,
      zone ? `DTSTART;TZID=${zone.tzid}:${basicDate(first)}T${clock}` : `DTSTART:${basicDate(first)}T${clock}Z`,
      ...(meeting.durationMinutes === undefined ? [] : [`DURATION:${duration(meeting.durationMinutes)}`]),
      `RRULE:${rrule}`,
      `SUMMARY:${escapeText(meeting.title ?? humanize(meeting.id))}`,
      ...(text === '' ? [] : [`DESCRIPTION:${escapeText(text)}`]),
      'END:VEVENT',
    );
    events++;
  }
  lines.push('END:VCALENDAR');
  return { content: contentLines(lines), events, left, utc: zone === undefined };
}
