import { KINDS } from './kinds-generated.js';

// The kinds, their schema files and telltale properties are generated from scripts/schemas/kinds.mjs.
export { KINDS, TELLTALES } from './kinds-generated.js';

export type Kind = keyof typeof KINDS;

export const KIND_NAMES = Object.keys(KINDS) as Kind[];

export const API_VERSION = 'perfcoord/v1';

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.hasOwn(KINDS, value);
}

/** The kind a schema name or file stem refers to, tolerant of case and separators. */
export function kindFromName(name: string): Kind | undefined {
  const wanted = name.toLowerCase().replace(/[-_\s]|\.schema\.json$|\.json$/g, '');
  return KIND_NAMES.find(
    (kind) => kind.toLowerCase() === wanted || KINDS[kind].replace(/[-_]|\.schema\.json$/g, '') === wanted,
  );
}
