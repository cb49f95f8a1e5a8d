/**
 * `perfcoord diff`: two models compared as models, by kind and id, so that
 * only what the coordination says counts, never how or where it is written.
 */
import { weeklyMeetingLoad } from '../model/cadence.js';
import { teamsOf } from '../model/index-model.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Model, Team } from '../model/types.js';
import { findPathOwners } from '../query/path-lookup.js';
import { entitiesOf } from './entities.js';
import type { Entity } from './entity.js';
import { PARTY_SETS, sameSource } from './entity.js';
import { noteFor } from './notes.js';
import { samePlain } from './plain.js';
import { DIFF_KINDS } from './types.js';
import type { AffectedTeam, Change, Concern, DiffResult } from './types.js';

export interface DiffSide {
  model: Model;
  index: ModelIndex;
}

export interface DiffOptions {
  /** The repository's files, relative to the project folder: reported when their owning area changes. */
  files?: () => readonly string[];
}

type Side = 'before' | 'after';

class Affected {
  readonly concerns = new Map<string, Set<Concern>>();
  constructor(private readonly sides: Record<Side, DiffSide | undefined>) {}

  add(side: Side, concern: Concern, partyIds: readonly string[]): void {
    const index = this.sides[side]?.index;
    if (!index) return;
    for (const party of partyIds) {
      for (const team of teamsOf(index, party)) {
        let set = this.concerns.get(team.id);
        if (!set) this.concerns.set(team.id, (set = new Set()));
        set.add(concern);
      }
    }
  }

  teams(): AffectedTeam[] {
    return [...this.concerns.keys()].sort().map((id) => {
      const team: Team | undefined = this.sides.after?.index.teams.get(id) ?? this.sides.before?.index.teams.get(id);
      const handles = handlesOf(team);
      return {
        id,
        ...(team?.name !== undefined ? { name: team.name } : {}),
        ...(handles ? { handles } : {}),
        concerns: [...(this.concerns.get(id) ?? [])].sort(),
      };
    });
  }
}

/** The handles a team declares (github, gitlab, email), read without assuming the model has them. */
function handlesOf(team: Team | undefined): Record<string, string> | undefined {
  const handles = (team as { handles?: unknown } | undefined)?.handles;
  if (typeof handles !== 'object' || handles === null) return undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(handles).sort()) {
    const v = (handles as Record<string, unknown>)[key];
    if (typeof v === 'string') out[key] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function keyed(model: Model | undefined): Map<string, Entity> {
  const map = new Map<string, Entity>();
  for (const e of model ? entitiesOf(model) : []) if (!map.has(`${e.kind}\0${e.id}`)) map.set(`${e.kind}\0${e.id}`, e);
  return map;
}

/** The changes from `before` to `after` (either may be missing: everything added, or removed). */
export function diffModels(
  before: DiffSide | undefined,
  after: DiffSide | undefined,
  options: DiffOptions = {},
): DiffResult {
  const affected = new Affected({ before, after });
  const changes: Change[] = [];
  const a = keyed(before?.model);
  const b = keyed(after?.model);
  for (const [key, old] of a) {
    if (b.has(key)) continue;
    changes.push({ kind: old.kind, id: old.id, change: 'removed', before: old.fields });
    const p = old.parties?.(undefined);
    if (p) affected.add('before', p.concern, p.ids);
  }
  for (const [key, now] of b) {
    const old = a.get(key);
    if (old && sameSource(old, now)) continue;
    if (!old) {
      changes.push({ kind: now.kind, id: now.id, change: 'added', after: now.fields });
      const p = now.parties?.(undefined);
      if (p) affected.add('after', p.concern, p.ids);
      continue;
    }
    const fields = [...new Set([...Object.keys(old.fields), ...Object.keys(now.fields)])].sort();
    for (const field of fields) {
      const x = old.fields[field];
      const y = now.fields[field];
      if (samePlain(x, y)) continue;
      const note = noteFor(now.kind, field, x, y);
      changes.push({
        kind: now.kind,
        id: now.id,
        change: 'changed',
        field,
        ...(x !== undefined ? { before: x } : {}),
        ...(y !== undefined ? { after: y } : {}),
        ...(note ? { note: note.note } : {}),
        ...(note?.regression ? { regression: true } : {}),
      });
      for (const [side, entity, mine, theirs] of [
        ['before', old, x, y],
        ['after', now, y, x],
      ] as const) {
        const p = entity.parties?.(field);
        if (!p) continue;
        // A set of parties that changed concerns only those added or removed.
        const ids =
          PARTY_SETS.has(field) && Array.isArray(mine)
            ? mine.filter((id) => !(Array.isArray(theirs) && theirs.includes(id))).map(String)
            : p.ids;
        affected.add(side, p.concern, ids);
      }
    }
  }
  // Files change owner only where an area's paths changed, or an area with paths came or went.
  const pathsMoved = changes.some(
    (c) => c.kind === 'areas' && (c.field === 'paths' || (c.field === undefined && hasPaths(c.before ?? c.after))),
  );
  changes.push(...meetingLoad(before, after, affected));
  if (pathsMoved) changes.push(...fileOwners(before, after, options.files, affected));
  const order = new Map(DIFF_KINDS.map((k, i) => [k, i]));
  const rank = { removed: 0, changed: 1, added: 2 };
  changes.sort(
    (x, y) =>
      (order.get(x.kind) ?? 0) - (order.get(y.kind) ?? 0) ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0) ||
      rank[x.change] - rank[y.change] ||
      ((x.field ?? '') < (y.field ?? '') ? -1 : (x.field ?? '') > (y.field ?? '') ? 1 : 0),
  );
  return { changes, teams: affected.teams() };
}

function hasPaths(fields: unknown): boolean {
  return typeof fields === 'object' && fields !== null && 'paths' in fields;
}

/** Each team's recurring meeting hours a week, where they changed. */
function meetingLoad(before: DiffSide | undefined, after: DiffSide | undefined, affected: Affected): Change[] {
  const hours = (side: DiffSide | undefined) => {
    const out = new Map<string, number>();
    if (!side) return out;
    for (const [id, load] of weeklyMeetingLoad(side.model, side.index))
      out.set(id, Math.round((load.minutesPerWeek / 60) * 100) / 100);
    return out;
  };
  const a = hours(before);
  const b = hours(after);
  const out: Change[] = [];
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(id) ?? 0;
    const y = b.get(id) ?? 0;
    if (x === y) continue;
    const delta = Math.round((y - x) * 100) / 100;
    out.push({
      kind: 'meeting-load',
      id,
      change: 'changed',
      field: 'hoursPerWeek',
      before: x,
      after: y,
      note: `${delta > 0 ? '+' : ''}${delta} h a week`,
    });
    affected.add(after?.index.teams.has(id) ? 'after' : 'before', 'meetings', [id]);
  }
  return out;
}

/** Files whose owning area changes, when an area's paths changed. */
function fileOwners(
  before: DiffSide | undefined,
  after: DiffSide | undefined,
  listFiles: (() => readonly string[]) | undefined,
  affected: Affected,
): Change[] {
  if (!listFiles) return [];
  const files = listFiles();
  const owner = (side: DiffSide | undefined, file: string) =>
    side
      ? findPathOwners(side.index, file)
          .winners.map((w) => w.area)
          .sort()
      : [];
  const out: Change[] = [];
  for (const file of files) {
    const x = owner(before, file);
    const y = owner(after, file);
    if (samePlain(x, y)) continue;
    out.push({
      kind: 'files',
      id: file,
      change: 'changed',
      field: 'area',
      ...(x.length > 0 ? { before: x.join(', ') } : {}),
      ...(y.length > 0 ? { after: y.join(', ') } : {}),
      note: y.length === 0 ? 'no longer owned' : x.length === 0 ? 'newly owned' : 'changes owner',
    });
    for (const [side, ids] of [
      ['before', x],
      ['after', y],
    ] as const) {
      const index = (side === 'before' ? before : after)?.index;
      for (const id of ids) affected.add(side, 'files', index?.areas.get(id)?.owners.map((o) => o.team.id) ?? []);
    }
  }
  return out;
}
