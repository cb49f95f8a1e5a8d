import { calendarPlan } from '../../export/calendars.js';
import { weeklyMeetingLoad } from '../../model/cadence.js';
import type { Meeting } from '../../model/types.js';
import { WEEKDAYS } from '../../model/types.js';
import { parseClock } from '../../util/durations.js';
import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { code, headingLink, link, md } from '../markdown.js';
import type { MarkdownPage } from '../markdown.js';
import { bySection } from '../sections.js';
import { duration, durationText, frequencyText } from '../words.js';
import { capital, finish, mdList, newPage, prose } from './common.js';
import type { PageOut } from './common.js';
import { describeMeeting, meetingHref, meetingPage, scheduled } from './meetings.js';

/** Recurring meetings by the document that declares them; the weekly schedule as a table; each team's meeting load. */
export function renderCadencePage(ctx: RenderContext): PageOut | undefined {
  const { model } = ctx;
  if (model.meetings.length === 0) return undefined;
  const { title, file } = PAGES.cadence;
  const page = newPage(ctx, title);

  const elsewhere: Meeting[] = [];
  for (const group of bySection(model.meetings, 'Meetings')) {
    const here = group.items.filter((m) => meetingPage(ctx, m) === 'cadence');
    elsewhere.push(...group.items.filter((m) => meetingPage(ctx, m) !== 'cadence'));
    if (here.length === 0) continue;
    page.section(group.title);
    page.text(group.section.description);
    scheduleTable(ctx, page, here.filter(scheduled));
    for (const meeting of here.filter((m) => !scheduled(m))) describeMeeting(ctx, page, meeting);
  }

  if (elsewhere.length > 0) {
    page.section('Meetings described on other pages');
    page.list(
      elsewhere.map((m) => {
        const { file: target, slug } = meetingHref(ctx, m);
        const how = [frequencyText(m), durationText(m.duration)].filter((v) => v !== '');
        return `${headingLink(ctx.names.meeting(m), target, slug)}${how.length > 0 ? `: ${mdList(how)}` : ''}`;
      }),
    );
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
      `The meetings with a day and a time as iCalendar files, for Google Calendar, Outlook or Thunderbird to import or subscribe to${ctx.model.project?.timezone === undefined ? ' (times in UTC: the project names no time zone)' : ` (times in ${ctx.model.project.timezone})`}. "perfcoord export ics" writes the same.`,
    ),
  );
  page.list(calendars.map((c) => link(c.title, c.path)));
}

/** The meetings of a section with a day and a time, by weekday and time; agendas below the table. */
function scheduleTable(ctx: RenderContext, page: MarkdownPage, meetings: readonly Meeting[]): void {
  const { names } = ctx;
  const rows = meetings.map((meeting, order) => ({ meeting, order }));
  rows.sort(
    (a, b) =>
      WEEKDAYS.indexOf(a.meeting.day ?? 'monday') - WEEKDAYS.indexOf(b.meeting.day ?? 'monday') ||
      (parseClock(a.meeting.time ?? '') ?? 0) - (parseClock(b.meeting.time ?? '') ?? 0) ||
      a.order - b.order,
  );
  page.table(
    // Times are local to the project's time zone, when it names one.
    [
      'Day',
      ctx.model.project?.timezone === undefined ? 'Time' : `Time (${ctx.model.project.timezone})`,
      'Meeting',
      'Duration',
      'Participants',
    ],
    rows.map(({ meeting: m }) => [
      capital(m.day ?? ''),
      md(m.time ?? ''),
      [
        md(names.meeting(m)),
        m.frequency === 'weekly' || m.frequencyText === undefined ? '' : `(${md(frequencyText(m))})`,
        m.channel ? code(names.channel(m.channel), true) : '',
      ]
        .filter((s) => s !== '')
        .join(' '),
      md(durationText(m.duration)),
      mdList(m.participants.map((p) => names.party(p.id))) + (m.attendance === 'rotating' ? ' (rotating)' : ''),
    ]),
  );
  page.list(
    rows
      .filter(({ meeting: m }) => m.agenda.length > 0 || m.focus !== undefined)
      .map(
        ({ meeting: m }) =>
          `${md(names.meeting(m))}: ${mdList([...m.agenda, ...(m.focus === undefined ? [] : [m.focus])])}`,
      ),
  );
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
      md(duration(l.minutesPerWeek)),
      l.minutesPerWeek > limit * 60 ? `above the ${limit} h limit` : '',
      l.meetings.map((m) => `${md(names.meeting(m.meeting))} (${md(duration(m.minutesPerWeek))})`).join(', '),
    ]);
  if (rows.length === 0) return;
  page.section('Weekly meeting load');
  page.raw(
    prose(
      `Each team's recurring meeting time, averaged per week: daily meetings count five times a week, those every two weeks half, monthly ones 12 a year, per-sprint ones once every ${sprintWeeks} weeks. A role counts for its team, a group for its members. Meetings with rotating attendance are not counted.`,
    ),
  );
  page.table(['Team', 'Per week', 'Limit', 'Meetings'], rows);
}
