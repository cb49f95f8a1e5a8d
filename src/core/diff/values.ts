/** Changed values as short text, for the terminal and the Markdown report. */
import type { Change, DiffKind } from './types.js';

const MAX_TEXT = 160;

/** A value on one line: lists joined, yes/no, long text cut with an ellipsis. */
export function valueText(value: unknown): string {
  let text: string;
  if (value === undefined || value === null) text = '';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'boolean') text = value ? 'yes' : 'no';
  else if (typeof value === 'number') text = String(value);
  else if (Array.isArray(value)) text = value.map(valueText).join(', ');
  else text = JSON.stringify(value);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** What an added or removed entity is called, beyond its id. */
export function titleOf(fields: unknown): string | undefined {
  if (typeof fields !== 'object' || fields === null) return undefined;
  const f = fields as Record<string, unknown>;
  for (const key of ['name', 'title', 'task', 'trigger', 'address']) {
    const v = f[key];
    if (typeof v === 'string' && v.trim() !== '') return valueText(v);
  }
  // Nothing names it: its first few plain values say what it is ("frequency: weekly, day: friday").
  const some = Object.entries(f)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .slice(0, 4)
    .map(([k, v]) => `${k}: ${valueText(v)}`);
  return some.length > 0 ? valueText(some.join(', ')) : undefined;
}

/** The "before" and "after" of a change as text (for an added or removed entity: its name). */
export function sidesOf(change: Change): { before: string; after: string } {
  if (change.change === 'added') return { before: '', after: titleOf(change.after) ?? '' };
  if (change.change === 'removed') return { before: titleOf(change.before) ?? '', after: '' };
  return { before: valueText(change.before), after: valueText(change.after) };
}

/** The heading of a kind in the reports. */
export const KIND_TITLES: Record<DiffKind, string> = {
  project: 'Project settings',
  teams: 'Teams',
  roles: 'Roles',
  groups: 'Groups',
  programs: 'Programmes',
  areas: 'Ownership areas',
  files: 'Files that change owner',
  gates: 'Quality gates',
  escalation: 'Escalation',
  workflows: 'Workflows',
  cadence: 'Meetings',
  'meeting-load': 'Weekly meeting load',
  practices: 'Practices',
  channels: 'Channels',
  triggers: 'Notification triggers',
  docs: 'Documentation spaces',
  metrics: 'Metrics',
  risks: 'Risks',
  plan: 'Plan',
};

/** Counts of changes by kind and type, in report order. */
export function countByKind(changes: readonly Change[]): Map<string, Record<Change['change'], number>> {
  const out = new Map<string, Record<Change['change'], number>>();
  for (const c of changes) {
    let counts = out.get(c.kind);
    if (!counts) out.set(c.kind, (counts = { added: 0, removed: 0, changed: 0 }));
    counts[c.change]++;
  }
  return out;
}
