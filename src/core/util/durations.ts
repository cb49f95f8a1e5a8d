/**
 * The one grammar of time amounts: meeting durations and response times in the documents, the
 * published schemas (a test holds their patterns to these) and the answers of init.
 * "15min", "45 minutes", "2h", "1h30m", "1 hour 30 minutes", "1.5h": amounts with a unit, largest
 * unit first, each at most once, joined directly, by a space or by "_".
 */

/** Each unit's words, largest first, with its size in minutes. */
const UNITS: readonly { words: readonly string[]; minutes: number }[] = [
  { words: ['d', 'day', 'days'], minutes: 1440 },
  { words: ['h', 'hr', 'hrs', 'hour', 'hours'], minutes: 60 },
  { words: ['m', 'min', 'mins', 'minute', 'minutes'], minutes: 1 },
  { words: ['s', 'sec', 'secs', 'second', 'seconds'], minutes: 1 / 60 },
];

// One optional group a unit; the lookaheads make it at least one amount and no trailing separator.
const AMOUNTS = `(?=\\d)${UNITS.map((u) => `(?:(\\d+(?:\\.\\d+)?)[ _]?(?:${u.words.join('|')})(?:[ _](?=\\d))?)?`).join('')}`;

/** The pattern of a meeting's `duration` (the published schema uses this very string). */
export const DURATION_PATTERN = `^${AMOUNTS}$`;
/** The pattern of a `responseTime`: "immediate" or an amount. */
export const RESPONSE_TIME_PATTERN = `^(?:immediate|${AMOUNTS})$`;

const DURATION = new RegExp(DURATION_PATTERN);

/** Minutes in "15min", "15_minutes", "2h", "1h30m"; 0 for "immediate"; undefined otherwise. */
export function parseMinutes(text: string): number | undefined {
  if (text === 'immediate') return 0;
  const m = DURATION.exec(text);
  if (!m) return undefined;
  let minutes = 0;
  UNITS.forEach((unit, i) => {
    const amount = m[i + 1];
    if (amount !== undefined) minutes += Number(amount) * unit.minutes;
  });
  return minutes;
}

/**
 * The one way time amounts are shown: whole minutes, "45min", "2h 15min" (seconds below a
 * minute); 0 → "immediate". The result reads back with parseMinutes.
 */
export function formatMinutes(minutes: number): string {
  if (minutes === 0) return 'immediate';
  if (minutes < 1) return `${Math.max(1, Math.round(minutes * 60))}s`;
  const total = Math.round(minutes);
  if (total < 60) return `${total}min`;
  const h = Math.floor(total / 60);
  const m = total - h * 60;
  return m === 0 ? `${h}h` : `${h}h ${m}min`;
}

/** "09:30" → 570. */
export function parseClock(text: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
