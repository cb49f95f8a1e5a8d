import { teamsOf } from '../model/index-model.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Team } from '../model/types.js';
import { nearest } from '../util/suggest.js';
import type { RoleRef } from './answer-parts.js';
import { words } from './area-lookup.js';

export type TeamLookup = { team: Team; via: RoleRef | null } | { team: null; reason: string; suggestions: string[] };

/**
 * The team `--team` names: a team id, a role id or alias (its team), or a
 * team's id or name, or a role's, written with other case or separators.
 */
export function resolveTeam(index: ModelIndex, query: string): TeamLookup {
  const q = query.trim();
  const entry = index.parties.get(q);
  if (entry?.kind === 'team') return { team: entry.team, via: null };
  if (entry?.kind === 'role') return viaRole(index, entry.role.id);
  if (entry?.kind === 'group') {
    return {
      team: null,
      reason: `"${q}" is a group, not a team; name one of its teams`,
      suggestions: teamsOf(index, q).map((t) => t.id),
    };
  }

  const key = words(q).join('_');
  const same = (text: string | undefined) => text !== undefined && key !== '' && words(text).join('_') === key;
  const teams = [...index.teams.values()].filter((t) => same(t.id) || same(t.name));
  if (teams.length === 1 && teams[0]) return { team: teams[0], via: null };
  if (teams.length > 1) {
    return { team: null, reason: `"${q}" could be any of ${teams.length} teams`, suggestions: teams.map((t) => t.id) };
  }
  const roles = [...index.roles.values()].filter((r) => same(r.id) || same(r.name));
  if (roles.length === 1 && roles[0]) return viaRole(index, roles[0].id);

  const names = new Map<string, string>();
  for (const t of index.teams.values()) if (!names.has(t.name)) names.set(t.name, t.id);
  const ids = new Set([...index.teams.keys(), ...index.roles.keys()]);
  const suggestions = new Set<string>();
  for (const candidate of nearest(q, [...ids, ...names.keys()])) {
    suggestions.add(ids.has(candidate) ? candidate : (names.get(candidate) ?? candidate));
  }
  return { team: null, reason: `no team or role "${q}"`, suggestions: [...suggestions] };
}

function viaRole(index: ModelIndex, roleId: string): TeamLookup {
  const role = index.roles.get(roleId);
  const team = role?.team ? index.teams.get(role.team.id) : undefined;
  if (!role || !team) {
    return { team: null, reason: `"${roleId}" is a role that belongs to no team`, suggestions: [] };
  }
  return { team, via: { id: role.id, name: role.name ?? null } };
}
