/**
 * Words for what the YAML writes as tokens: "1hour" → "1 h", "bi_weekly" →
 * "every two weeks", "shared_tasks" → "shared tasks". People read the pages;
 * the ids stay in code spans and anchors where someone needs to type them.
 */
import type { Frequency, Meeting } from '../model/types.js';
import { parseMinutes } from '../util/durations.js';
import { oneLine } from './text.js';

// One token of letters and digits joined by "_" (and maybe "-"): an id or a value written like one.
const TOKEN = /^[\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+)*$/u;

// Abbreviations an id writes in lower case that read wrong in lower case as words.
const ABBREVIATIONS: Record<string, string> = {
  api: 'API',
  ci: 'CI',
  db: 'DB',
  devops: 'DevOps',
  kpi: 'KPI',
  kpis: 'KPIs',
  mttd: 'MTTD',
  mttr: 'MTTR',
  qa: 'QA',
  sla: 'SLA',
  slo: 'SLO',
  sre: 'SRE',
  ui: 'UI',
  ux: 'UX',
};

/** A snake_case value as words ("shared_tasks" → "shared tasks", "sla_breach" → "SLA breach"); other text as it is. */
export function words(text: string): string {
  let out = wordsCache.get(text);
  if (out === undefined) {
    const t = oneLine(text);
    out =
      !t.includes('_') || !TOKEN.test(t)
        ? t
        : t
            .split('_')
            .map((w) => (Object.hasOwn(ABBREVIATIONS, w) ? (ABBREVIATIONS[w] ?? w) : w))
            .join(' ');
    if (wordsCache.size > 100_000) wordsCache.clear();
    wordsCache.set(text, out);
  }
  return out;
}

// Names repeat on every page (a team in hundreds of rows): each is turned into words once.
const wordsCache = new Map<string, string>();

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Words with a capital first letter, for a heading or the first cell of a row. */
export function sentence(text: string): string {
  const t = words(text);
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Minutes as people write them, in whole minutes as every command shows them: "15 min", "1 h", "1 h 30 min", "immediately". */
export function duration(minutes: number): string {
  if (minutes === 0) return 'immediately';
  const total = Math.max(1, Math.round(minutes));
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  const m = total - h * 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A duration as written ("1hour", "15_minutes") in words; text that is no duration, as words. */
export function durationText(text: string | undefined): string {
  if (text === undefined) return '';
  const minutes = parseMinutes(text);
  return minutes === undefined ? words(text) : duration(minutes);
}

const FREQUENCY: Record<Frequency, string> = {
  daily: 'every day',
  weekly: 'every week',
  'bi-weekly': 'every two weeks',
  monthly: 'every month',
  quarterly: 'every quarter',
  'per-sprint': 'per sprint',
  'ad-hoc': 'as needed',
};

/** How often a meeting is held, in words; a frequency the model does not know, as written (as words). */
export function frequencyText(meeting: Pick<Meeting, 'frequency' | 'frequencyText'>): string {
  if (meeting.frequency !== undefined) return FREQUENCY[meeting.frequency];
  return meeting.frequencyText === undefined ? '' : words(meeting.frequencyText);
}

/** An id made readable when there is no title: "cross_team_standup" → "Cross team standup". */
export function readableId(id: string): string {
  return sentence(id.includes('_') ? id : id.replace(/-/g, '_'));
}
