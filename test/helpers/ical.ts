/** Reading calendars back with ical.js, the parser Mozilla's calendar clients build on. */
import ICAL from 'ical.js';

export interface Occurrence {
  uid: string;
  summary: string;
  start: Date;
  end: Date;
}

/** Parses a calendar, registers its VTIMEZONEs and returns the VCALENDAR component. */
export function parseCalendar(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return calendar;
}

/** Every occurrence of every event starting in [from, to). */
export function occurrences(calendar: ICAL.Component, from: Date, to: Date): Occurrence[] {
  const out: Occurrence[] = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const it = event.iterator();
    for (let next = it.next(); next; next = it.next()) {
      const details = event.getOccurrenceDetails(next);
      const start = details.startDate.toJSDate();
      if (start >= to) break;
      if (start < from) continue;
      out.push({ uid: event.uid, summary: event.summary, start, end: details.endDate.toJSDate() });
    }
  }
  return out;
}

/** The weekday ("monday") and "HH:MM" of a moment in a time zone. */
export function localOf(date: Date, timeZone: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('weekday').toLowerCase(), time: `${get('hour')}:${get('minute')}` };
}
