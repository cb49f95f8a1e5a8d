import type { Loc } from '../model/types.js';
import type { Concern, DiffKind } from './types.js';
import { flatten, plain } from './plain.js';

/**
 * One thing the diff compares by id: its fields as flat plain data, and the
 * parties (team, role or group ids) a change to it concerns.
 */
export interface Entity {
  kind: DiffKind;
  id: string;
  /** Where it is written. */
  readonly source?: Loc | undefined;
  /** Its fields, worked out when first asked for. */
  readonly fields: Record<string, unknown>;
  /** The parties a change to `field` concerns (`undefined`: the whole entity, added or removed). */
  readonly parties?: Parties | undefined;
}

export type Parties = (field: string | undefined) => { concern: Concern; ids: string[] } | undefined;

class LazyEntity implements Entity {
  private cached: Record<string, unknown> | undefined;
  constructor(
    readonly kind: DiffKind,
    readonly id: string,
    readonly source: Loc | undefined,
    private readonly make: () => Record<string, unknown>,
    readonly parties: Parties | undefined,
  ) {}

  get fields(): Record<string, unknown> {
    return (this.cached ??= this.make());
  }
}

export function entity(
  kind: DiffKind,
  id: string,
  source: Loc | undefined,
  make: () => Record<string, unknown>,
  parties?: Parties,
): Entity {
  return new LazyEntity(kind, id, source, make, parties);
}

/**
 * True when both were read from the very same parsed value: a file the two
 * sides share is parsed once (the load cache), and readers read nothing but
 * their document, so nothing can differ and the fields need not be worked out.
 */
export function sameSource(a: Entity, b: Entity): boolean {
  const x = a.source;
  const y = b.source;
  if (!x || !y || x.doc.data !== y.doc.data || x.path.length !== y.path.length) return false;
  return x.path.every((p, i) => p === y.path[i]);
}

/** Fields whose value is a set of party ids: a change there concerns only the parties added or removed. */
export const PARTY_SETS = new Set(['owners', 'responders', 'participants', 'signOff', 'members']);

/** The fields of a model object, without its id and the keys listed. */
export function fieldsOf(value: object, ...omit: string[]): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === 'id' || omit.includes(key)) continue;
    rest[key] = (value as Record<string, unknown>)[key];
  }
  return flatten(plain(rest));
}

/** A key that stays unique when the same natural key appears twice (two triggers on one event). */
export function uniqueKeys<T>(items: readonly T[], key: (item: T) => string): [string, T][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const k = key(item);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return [n === 1 ? k : `${k} #${n}`, item];
  });
}
