/** Reading the time amounts the documents are written with. */

const UNIT_MINUTES: Record<string, number> = {
  s: 1 / 60,
  sec: 1 / 60,
  secs: 1 / 60,
  second: 1 / 60,
  seconds: 1 / 60,
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
};

const AMOUNT = /^(\d+(?:\.\d+)?)[ _]?([a-z]+)$/;

/** Minutes in "15min", "15_minutes", "2h", "1hour"; 0 for "immediate"; undefined otherwise. */
export function parseMinutes(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'immediate') return 0;
  const m = AMOUNT.exec(t);
  if (!m) return undefined;
  const unit = UNIT_MINUTES[m[2] ?? ''];
  if (unit === undefined || !Object.hasOwn(UNIT_MINUTES, m[2] ?? '')) return undefined;
  return Number(m[1]) * unit;
}

/** "90" → "1h 30min"; "15" → "15min"; 0 → "immediate". */
export function formatMinutes(minutes: number): string {
  if (minutes === 0) return 'immediate';
  if (minutes < 60) return `${round(minutes)}min`;
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total - h * 60;
  return m === 0 ? `${h}h` : `${h}h ${m}min`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
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
