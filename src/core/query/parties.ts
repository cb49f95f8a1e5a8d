import { anchorRange } from '../load/locate.js';
import { teamsOf } from '../model/index-model.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Handles, Loc, Ref, Team } from '../model/types.js';
import type { ChannelRef, HandlesAnswer, PartyAnswer, RoleRef, SourceRef, TeamContact } from './answer-parts.js';

/** Where a declaration is, for people to go and edit it: its `key` (e.g. "id"), or the value itself. */
export function sourceOf(loc: Loc, key?: string): SourceRef {
  const at = key === undefined ? loc : { doc: loc.doc, path: [...loc.path, key] };
  const range = anchorRange({ loc: at, part: key === undefined ? 'key' : 'value' });
  return { file: loc.doc.file.display, line: range.start.line + 1 };
}

/** A role named by id or alias, resolved to the role; null when the id is no role. */
export function roleRef(index: ModelIndex, id: string): RoleRef | null {
  const entry = index.parties.get(id);
  if (entry?.kind !== 'role') return null;
  return { id: entry.role.id, name: entry.role.name ?? null };
}

export function channelRef(index: ModelIndex, ref: Ref | undefined): ChannelRef | null {
  if (!ref) return null;
  return { id: ref.id, address: index.channels.get(ref.id)?.address ?? null };
}

export function teamContact(index: ModelIndex, team: Team): TeamContact {
  const lead = team.lead ? (roleRef(index, team.lead.id) ?? { id: team.lead.id, name: null }) : null;
  return {
    id: team.id,
    name: team.name,
    dependency: team.dependency ?? null,
    lead,
    channel: channelRef(index, team.channel),
    handles: handlesAnswer(team.handles),
  };
}

export function handlesAnswer(h: Handles | undefined): HandlesAnswer | null {
  if (!h) return null;
  return { github: h.github ?? null, gitlab: h.gitlab ?? null, email: h.email ?? null };
}

/** A party as written, with its kind, its name and the ids of the teams it stands for. */
export function partyAnswer(index: ModelIndex, id: string): PartyAnswer {
  const entry = index.parties.get(id);
  const teams = teamsOf(index, id).map((t) => t.id);
  if (!entry) return { id, kind: 'unknown', name: null, teams, handles: null };
  switch (entry.kind) {
    case 'team':
      return { id, kind: 'team', name: entry.team.name, teams, handles: handlesAnswer(entry.team.handles) };
    case 'role':
      return {
        id: entry.role.id,
        kind: 'role',
        name: entry.role.name ?? null,
        teams,
        handles: handlesAnswer(entry.role.handles),
      };
    case 'group':
      return { id, kind: 'group', name: entry.group.name ?? null, teams, handles: null };
  }
}
