/** The project's ids a completion script offers: area ids for who-owns, team ids for --team. */
import { loadProject } from '../core/load/load.js';
import { modelOf } from '../core/validate/validate.js';

export const ID_LISTS = ['areas', 'teams'] as const;
export type IdList = (typeof ID_LISTS)[number];

export function isIdList(value: string): value is IdList {
  return (ID_LISTS as readonly string[]).includes(value);
}

/**
 * The ids, sorted, read without validating (a half-written project still completes). Outside a
 * project, or when it cannot be read, there is nothing to offer: a completion never prints errors.
 */
export function listIds(list: IdList, config: string | undefined, cwd: string): string[] {
  try {
    const { index } = modelOf(loadProject({ cwd, ...(config !== undefined ? { config } : {}) }));
    const ids = list === 'areas' ? [...index.areas.keys()] : [...index.teams.keys()];
    return ids.sort();
  } catch {
    return [];
  }
}
