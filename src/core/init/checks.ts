/**
 * Checks of single answers, run as each one is given: `true`, or the reason
 * it cannot be used (the form prompt libraries take from a validate hook).
 */
import type { SyncAnswer } from './answers.js';
import { ID_MAX, ID_PATTERN, TEAM_ID_MAX, leadRole, takenIds } from './ids.js';
import { didYouMean, nearest } from '../util/suggest.js';
import { parseMinutes } from '../util/durations.js';

export type Check = true | string;

const LABEL_MAX = 200;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export function checkId(value: string, what = 'an id', max = ID_MAX): Check {
  if (value === '') return `enter ${what}`;
  if (value.length > max) return `${what} has at most ${max} characters; "${value}" has ${value.length}`;
  if (!ID_PATTERN.test(value)) {
    const hint = value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '');
    const suggestion = hint !== '' && ID_PATTERN.test(hint) && hint !== value ? ` such as "${hint}"` : '';
    return `"${value}" is not ${what}: use lowercase letters and digits, words joined by "_" or "-", starting with a letter${suggestion}`;
  }
  return true;
}

/** A short single line: names and titles. */
export function checkLabel(value: string, what = 'a name'): Check {
  if (value.trim() === '') return `enter ${what}`;
  if (/[\r\n]/.test(value)) return `${what} is a single line`;
  if (value.length > LABEL_MAX) return `${what} has at most ${LABEL_MAX} characters`;
  return true;
}

export function checkTime(value: string): Check {
  return TIME.test(value) ? true : `"${value}" is not a time of day: use 24-hour HH:MM, such as 09:30 or 14:00`;
}

/** Minutes in a duration such as "30min", "1hour" or "1h30m", or undefined. */
export function durationMinutes(value: string): number | undefined {
  return value === 'immediate' ? undefined : parseMinutes(value);
}

export function checkDuration(value: string): Check {
  const minutes = durationMinutes(value);
  if (minutes === undefined)
    return noUnit(value) ?? `"${value}" is not a duration: use one such as 15min, 45 minutes, 1h or 1h30m`;
  if (minutes <= 0 || minutes > 8 * 60) return 'a meeting lasts more than 0 minutes and at most 8 hours';
  return true;
}

export function checkResponseTime(value: string): Check {
  return parseMinutes(value) !== undefined
    ? true
    : (noUnit(value) ??
        `"${value}" is not a response time: use "immediate" or an amount such as 15m, 15_minutes, 2h or 1h30m`);
}

/** A bare number is the common slip: say what it lacks. */
function noUnit(value: string): string | undefined {
  return /^\d+(?:\.\d+)?$/.test(value) ? `${value} has no unit: add one, as in ${value}min or ${value}h` : undefined;
}

/** "a, b c" → ["a", "b", "c"]. */
export function splitList(value: string): string[] {
  if (value.trim() === NONE) return [];
  return value.split(/[\s,]+/).filter((s) => s !== '');
}

/** The answer that stands for an empty list (a bare Enter takes the default). */
export const NONE = '-';

/** A new team id: well formed, and neither it nor its lead role taken by anything declared so far. */
export function checkTeamId(id: string, existing: readonly string[]): Check {
  const shape = checkId(id, 'a team id', TEAM_ID_MAX);
  if (shape !== true)
    return id.length > TEAM_ID_MAX && ID_PATTERN.test(id) ? `${shape} (its lead role adds "_lead")` : shape;
  const taken = takenIds(existing);
  const clash = taken.get(id);
  if (clash !== undefined) return `"${id}" is already ${clash}`;
  const lead = taken.get(leadRole(id));
  if (lead !== undefined) return `team ${id} would bring the lead role ${leadRole(id)}, which is already ${lead}`;
  return true;
}

/** A comma-separated list of new team ids, each checked against the core team and those before it. */
export function checkTeamList(value: string, existing: readonly string[]): Check {
  const seen = [...existing];
  for (const id of splitList(value)) {
    const ok = checkTeamId(id, seen);
    if (ok !== true) return ok;
    seen.push(id);
  }
  return true;
}

/** A comma-separated list of ids unique among themselves (areas, duties). */
export function checkIdList(value: string, what: { one: string; many: string; min?: number }): Check {
  const ids = splitList(value);
  const min = what.min ?? 0;
  if (ids.length < min)
    return `name at least ${min === 1 ? 'one' : min} ${min === 1 ? what.one.replace(/^an? /, '') : what.many}`;
  const seen = new Set<string>();
  for (const id of ids) {
    const ok = checkId(id, what.one);
    if (ok !== true) return ok;
    if (seen.has(id)) return `"${id}" is named twice`;
    seen.add(id);
  }
  return true;
}

/** Teams named in an answer must be declared. */
export function checkKnownTeams(
  ids: readonly string[],
  teams: readonly string[],
  options: { min?: number } = {},
): Check {
  if (ids.length < (options.min ?? 0))
    return options.min === 1 ? 'choose at least one team' : `choose at least ${options.min ?? 0} teams`;
  for (const id of ids) {
    if (!teams.includes(id)) return `"${id}" is not a team of this project${didYouMean(nearest(id, teams))}`;
  }
  if (new Set(ids).size !== ids.length) return 'a team is named twice';
  return true;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** A sync must not overlap another sync of the core team on the same day. */
export function checkSyncSlot(sync: SyncAnswer, earlier: readonly SyncAnswer[]): Check {
  const start = minutesOf(sync.time);
  const end = start + (durationMinutes(sync.duration) ?? 0);
  if (end > 24 * 60) return 'the meeting would run past midnight';
  for (const other of earlier) {
    if (other.day !== sync.day) continue;
    const oStart = minutesOf(other.time);
    const oEnd = oStart + (durationMinutes(other.duration) ?? 0);
    if (start < oEnd && oStart < end)
      return `overlaps the sync with ${other.team} (${other.day} ${other.time}, ${other.duration}); the core team attends both`;
  }
  return true;
}
