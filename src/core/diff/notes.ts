/** What a changed value means, beyond before → after. */
import { DEPENDENCIES } from '../model/types.js';
import type { Dependency } from '../model/types.js';
import { parseMinutes } from '../util/durations.js';
import type { DiffKind } from './types.js';

export interface Note {
  note: string;
  regression?: boolean;
}

const UNIT_SCALE: Record<string, [string, number]> = {
  us: ['time', 0.001],
  µs: ['time', 0.001],
  ms: ['time', 1],
  s: ['time', 1000],
  sec: ['time', 1000],
  m: ['time', 60_000],
  min: ['time', 60_000],
  h: ['time', 3_600_000],
  d: ['time', 86_400_000],
  b: ['bytes', 1],
  kb: ['bytes', 1024],
  mb: ['bytes', 1024 ** 2],
  gb: ['bytes', 1024 ** 3],
};

interface Target {
  op: '<' | '<=' | '>' | '>=';
  value: number;
  unit: string;
}

/** "<= 200ms", "p95 < 2s", ">= 99.9%" → the comparison; undefined for anything else. */
export function parseTarget(text: unknown): Target | undefined {
  if (typeof text === 'number') return undefined;
  if (typeof text !== 'string') return undefined;
  const m = /(<=|>=|<|>|≤|≥)\s*(-?\d+(?:\.\d+)?)\s*([a-zµ%]*)\s*$/i.exec(text.trim());
  if (!m) return undefined;
  const op = (m[1] === '≤' ? '<=' : m[1] === '≥' ? '>=' : m[1]) as Target['op'];
  let value = Number(m[2]);
  let unit = (m[3] ?? '').toLowerCase();
  const scale = UNIT_SCALE[unit];
  if (scale && Object.hasOwn(UNIT_SCALE, unit)) {
    unit = scale[0];
    value *= scale[1];
  }
  return { op, value, unit };
}

/** A target with a larger bound (for "at most") or a smaller one (for "at least") is looser. */
export function targetNote(before: unknown, after: unknown): Note | undefined {
  const a = parseTarget(before);
  const b = parseTarget(after);
  if (!a || !b || a.unit !== b.unit) return undefined;
  const upper = (t: Target) => t.op === '<' || t.op === '<=';
  if (upper(a) !== upper(b)) return undefined;
  const strict = (t: Target) => t.op === '<' || t.op === '>';
  let looser = upper(a) ? b.value - a.value : a.value - b.value;
  if (looser === 0) looser = strict(a) && !strict(b) ? 1 : !strict(a) && strict(b) ? -1 : 0;
  if (looser === 0) return undefined;
  return looser > 0 ? { note: 'loosened', regression: true } : { note: 'tightened' };
}

function responseNote(before: unknown, after: unknown): Note | undefined {
  const a = typeof before === 'string' ? parseMinutes(before) : undefined;
  const b = typeof after === 'string' ? parseMinutes(after) : undefined;
  if (a === undefined || b === undefined || a === b) return undefined;
  return b > a ? { note: 'slower response: a regression', regression: true } : { note: 'faster response' };
}

function listNote(before: unknown, after: unknown): Note | undefined {
  if (!Array.isArray(before) || !Array.isArray(after)) return undefined;
  const a = new Set(before.map(String));
  const b = new Set(after.map(String));
  const added = [...b].filter((x) => !a.has(x));
  const removed = [...a].filter((x) => !b.has(x));
  const parts = [];
  if (added.length > 0) parts.push(`added ${added.join(', ')}`);
  if (removed.length > 0) parts.push(`removed ${removed.join(', ')}`);
  return parts.length > 0 ? { note: parts.join('; ') } : { note: 'reordered' };
}

/** The note for a changed field of an entity of this kind, if it says more than the values. */
export function noteFor(kind: DiffKind, field: string, before: unknown, after: unknown): Note | undefined {
  if (before === undefined || after === undefined) return listNote(before ?? [], after ?? []);
  if (kind === 'escalation' && field === 'responseTime') return responseNote(before, after);
  if ((kind === 'gates' && field.startsWith('criteria.')) || (kind === 'metrics' && field === 'target'))
    return targetNote(before, after);
  if (kind === 'cadence' && (field === 'day' || field === 'time')) return { note: 'moved' };
  if (kind === 'cadence' && field === 'duration') {
    const a = typeof before === 'string' ? parseMinutes(before) : undefined;
    const b = typeof after === 'string' ? parseMinutes(after) : undefined;
    if (a !== undefined && b !== undefined && a !== b) return { note: b > a ? 'longer' : 'shorter' };
  }
  if (kind === 'teams' && field === 'dependency') {
    const a = DEPENDENCIES.indexOf(before as Dependency);
    const b = DEPENDENCIES.indexOf(after as Dependency);
    if (a >= 0 && b >= 0)
      return { note: b < a ? 'more dependent on the core team' : 'less dependent on the core team' };
  }
  if (kind === 'plan' && field === 'done') return { note: after === true ? 'ticked' : 'unticked' };
  return listNote(before, after);
}
