import { calendarPlan } from '../../export/calendars.js';
import { weeklyMeetingLoad } from '../../model/cadence.js';
import type { Meeting } from '../../model/types.js';
import { WEEKDAYS } from '../../model/types.js';
import { formatMinutes, parseClock } from '../../util/durations.js';
import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { link, md } from '../markdown.js';
import type { MarkdownPage } from '../markdown.js';
import { bySection } from '../sections.js';
import { capital, codeOr, field, fieldMd, finish, mdList, newPage } from './common.js';
import type { PageOut } from './common.js';

/** A meeting with a day and a time has a place in the weekly schedule table. */
function scheduled(m: Meeting): boolean {
  return m.day !== undefined && m.time !== undefined && parseClock(m.time) !== undefined;
}

/** The meetings outside the schedule table get a section (a heading) of their own. */
export function hasOwnHeading(m: Meeting): boolean {
  return !scheduled(m);
}

/** Recurring meetings by the document that declares them; the weekly schedule as a table; each team's meeting load. */
export function renderCadencePage(ctx: RenderContext): PageOut | undefined {
  const { model, names } = ctx;
  if (model.meetings.length === 0) return undefined;
  const { title, file } = PAGES.cadence;
  const page = newPage(ctx, title);

  const practiceSections = new Set(model.practices.map((p) => p.section.key));
  for (const group of bySection(model.meetings, 'Meetings')) {
    page.section(group.title);
    page.text(group.section.description);
    const inTable = group.items.filter(scheduled).map((meeting, order) => ({ meeting, order }));
    inTable.sort(
      (a, b) =>
        WEEKDAYS.indexOf(a.meeting.day ?? 'monday') - WEEKDAYS.indexOf(b.meeting.day ?? 'monday') ||
        (parseClock(a.meeting.time ?? '') ?? 0) - (parseClock(b.meeting.time ?? '') ?? 0) ||
        a.order - b.order,
    );
    page.table(
      ['Day', 'Time', 'Meeting', 'Frequency', 'Duration', 'Participants', 'Agenda', 'Channel'],
      inTable.map(({ meeting: m }) => [
        capital(m.day ?? ''),
        md(m.time ?? ''),
        md(names.meeting(m)),
        m.frequency === 'weekly' ? '' : md(m.frequencyText ?? ''),
        md(m.duration ?? ''),
        mdList(m.participants.map((p) => names.party(p.id))) + (m.attendance === 'rotating' ? ' (rotating)' : ''),
        mdList([...m.agenda, ...(m.focus === undefined ? [] : [m.focus])]),
        codeOr(m.channel ? names.channel(m.channel) : undefined, true),
      ]),
    );
    for (const meeting of group.items.filter((m) => !scheduled(m))) {
      page.heading(3, names.meeting(meeting));
      page.list([
        ...field('Frequency', meeting.frequencyText),
        ...field('When', [meeting.day === undefined ? '' : capital(meeting.day), meeting.time ?? ''].join(' ').trim()),
        ...field('Duration', meeting.duration),
        ...fieldMd('Participants', mdList(meeting.participants.map((p) => names.party(p.id)))),
        ...(meeting.attendance === 'rotating'
          ? ['Attendance: rotating, a few participants at a time (not counted in the weekly meeting load)']
          : []),
        ...(meeting.agenda.length > 0 ? [{ item: 'Agenda:', sub: meeting.agenda.map((a) => md(a)) }] : []),
        ...field('Focus', meeting.focus),
        ...field('Format', meeting.format),
        ...(meeting.topics.length > 0 ? [{ item: 'Topics:', sub: meeting.topics.map((t) => md(t)) }] : []),
        ...fieldMd('Channel', codeOr(meeting.channel ? names.channel(meeting.channel) : undefined)),
        ...field('Notes', meeting.notes),
      ]);
    }
    if (practiceSections.has(group.section.key)) {
      page.raw(`The practices of this section are on the page ${link(PAGES.knowledge.title, PAGES.knowledge.file)}.`);
    }
  }

  renderLoad(ctx, page);
  renderCalendars(ctx, page);
  return finish(page, file, title, "the recurring meetings, the weekly schedule, and each team's weekly meeting load");
}

/** Links to the calendar files written beside the pages. */
function renderCalendars(ctx: RenderContext, page: MarkdownPage): void {
  const calendars = calendarPlan(ctx.model, ctx.index);
  if (calendars.length === 0) return;
  page.section('Calendars');
  page.raw(
    md(
      `The meetings with a day and a time as iCalendar files, for Google Calendar, Outlook or Thunderbird to import or subscribe to${ctx.model.project?.timezone === undefined ? ' (times in UTC: settings.timezone is not set)' : ` (times in ${ctx.model.project.timezone})`}. "perfcoord export ics" writes the same.`,
    ),
  );
  page.list(calendars.map((c) => link(c.title, c.path)));
}

function renderLoad(ctx: RenderContext, page: MarkdownPage): void {
  const { model, index, names } = ctx;
  const loads = weeklyMeetingLoad(model, index);
  const limit = model.project?.maxWeeklyMeetingHours ?? 10;
  const sprintWeeks = model.project?.sprintWeeks ?? 2;
  const rows = [...loads.values()]
    .filter((l) => l.minutesPerWeek > 0)
    .map((l) => [
      md(index.teams.get(l.teamId)?.name ?? l.teamId),
      md(formatMinutes(l.minutesPerWeek)),
      l.minutesPerWeek > limit * 60 ? `above the ${limit}h limit` : '',
      l.meetings.map((m) => `${md(names.meeting(m.meeting))} (${md(formatMinutes(m.minutesPerWeek))})`).join(', '),
    ]);
  if (rows.length === 0) return;
  page.section('Weekly meeting load');
  page.raw(
    md(
      `Each team's recurring meeting time, averaged per week: daily meetings count five times a week, bi-weekly ones half, monthly ones 12 a year, per-sprint ones once every ${sprintWeeks} weeks. A role counts for its team, a group for its members. Meetings with rotating attendance are not counted.`,
    ),
  );
  page.table(['Team', 'Per week', 'Limit', 'Meetings'], rows);
}
