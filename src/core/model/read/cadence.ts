import { parseMinutes } from '../../util/durations.js';
import { ownArray, ownString } from '../../util/object.js';
import { WEEKDAYS, WEEKS_OF_MONTH } from '../types.js';
import type { Frequency, Model, WeekOfMonth, Weekday } from '../types.js';
import type { DocReader } from '../reader.js';

/** Meetings and standing practices. */
const FREQUENCIES: Record<string, Frequency> = {
  daily: 'daily',
  weekly: 'weekly',
  'bi-weekly': 'bi-weekly',
  bi_weekly: 'bi-weekly',
  monthly: 'monthly',
  quarterly: 'quarterly',
  'per-sprint': 'per-sprint',
  per_sprint: 'per-sprint',
  'ad-hoc': 'ad-hoc',
};

export function readCadence(r: DocReader, model: Model): void {
  for (const { item, id, path } of r.items('meetings')) {
    const frequencyText = ownString(item, 'frequency');
    const frequency =
      frequencyText !== undefined && Object.hasOwn(FREQUENCIES, frequencyText) ? FREQUENCIES[frequencyText] : undefined;
    const day = ownString(item, 'day');
    const duration = ownString(item, 'duration');
    const week = ownString(item, 'week');
    model.meetings.push({
      id,
      title: ownString(item, 'title'),
      frequency: frequency,
      frequencyText: frequencyText,
      day: (WEEKDAYS as readonly string[]).includes(day ?? '') ? (day as Weekday) : undefined,
      time: ownString(item, 'time'),
      duration: duration,
      durationMinutes: duration === undefined ? undefined : parseMinutes(duration),
      starts: ownString(item, 'starts'),
      week: (WEEKS_OF_MONTH as readonly string[]).includes(week ?? '') ? (week as WeekOfMonth) : undefined,
      participants: r.refs(item, 'participants', path),
      attendance: ownString(item, 'attendance') === 'rotating' ? 'rotating' : 'all',
      agenda: r.strings(item, 'agenda'),
      focus: ownString(item, 'focus'),
      format: ownString(item, 'format'),
      topics: r.strings(item, 'topics'),
      channel: r.refOf(item, 'channel', path),
      notes: ownString(item, 'notes'),
      section: r.section,
      loc: r.loc(path),
    });
  }
  for (const { item, id, path } of r.items('practices')) {
    model.practices.push({
      id,
      title: ownString(item, 'title'),
      responsibilities: ownArray(item, 'responsibilities').flatMap((entry, i) => {
        const party = r.refOf(entry, 'party', path.concat('responsibilities', i));
        const responsibility = ownString(entry, 'responsibility');
        return party && responsibility !== undefined ? [{ party, responsibility }] : [];
      }),
      purpose: ownString(item, 'purpose'),
      description: ownString(item, 'description'),
      section: r.section,
      loc: r.loc(path),
    });
  }
}
