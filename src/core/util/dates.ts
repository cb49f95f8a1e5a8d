/**
 * Calendar dates without a time zone: a "YYYY-MM-DD" day is held as the
 * Date of its midnight in UTC, so adding days never meets a clock change.
 */

const DAY_MS = 86_400_000;

/** The date of "YYYY-MM-DD", or undefined when it is not a day of the calendar (2026-02-30). */
export function parseDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Monday 0 … Sunday 6. */
export function weekdayOf(date: Date): number {
  return (date.getUTCDay() + 6) % 7;
}

/** The first day on or after `date` that falls on `weekday` (Monday 0). */
export function nextWeekday(date: Date, weekday: number): Date {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

/** The n-th (1-4) or, with n = -1, the last `weekday` of the month of `year`/`month` (0-based). */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): Date {
  if (n > 0) return addDays(nextWeekday(new Date(Date.UTC(year, month, 1)), weekday), (n - 1) * 7);
  const last = new Date(Date.UTC(year, month + 1, 0));
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "20260105" */
export function basicDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** "20260105T090000Z": a moment in UTC, to the second. */
export function basicUtc(date: Date): string {
  return `${basicDate(date)}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}
