import type { ModelIndex } from '../model/index-model.js';
import { areaOwnership } from '../model/ownership.js';
import type { DutyHolding } from '../model/ownership.js';
import type { Area, Model, Team } from '../model/types.js';
import type { AreaAnswer, AreaParty, AreaTeam, DutyAnswer, HeldDuty, PartyAnswer } from './answer-parts.js';
import { escalationTarget, noEscalationReason } from './escalation-target.js';
import { partyAnswer, sourceOf, teamContact } from './parties.js';

/** Each holder of a duty with the teams it stands for and the duty as that holder holds it. */
export function heldDuties(
  index: ModelIndex,
  holding: DutyHolding,
): { party: PartyAnswer; teams: Team[]; held: HeldDuty }[] {
  const parties = holding.holders.map((h) => partyAnswer(index, h.ref.id));
  return parties.map((party, i) => ({
    party,
    teams: holding.holders[i]?.teams ?? [],
    held: {
      name: holding.duty.name,
      joint: holding.joint,
      with: holding.joint ? parties.filter((_, j) => j !== i).map((p) => p.id) : [],
      via:
        party.kind === 'role' || party.kind === 'group' ? { kind: party.kind, id: party.id, name: party.name } : null,
    },
  }));
}

export function dutyAnswer(index: ModelIndex, holding: DutyHolding): DutyAnswer {
  const holder = holding.duty.holder;
  return {
    name: holding.duty.name,
    joint: holding.joint,
    note: holder.kind === 'joint' ? (holder.note ?? null) : null,
    holders: holding.holders.map((h) => partyAnswer(index, h.ref.id)),
  };
}

/**
 * The owning teams of an area, and the owners and holders that stand for no
 * team. A role or a group counts for its teams, so that the answer always
 * ends at a team someone can talk to; what stands for no team is listed
 * apart rather than dropped.
 */
export function areaParties(index: ModelIndex, area: Area): { teams: AreaTeam[]; others: AreaParty[] } {
  const teams = new Map<string, AreaTeam>();
  const others = new Map<string, AreaParty>();
  const teamEntry = (team: Team): AreaTeam => {
    let entry = teams.get(team.id);
    if (!entry) {
      entry = { team: teamContact(index, team), responsibility: null, tasks: [], duties: [] };
      teams.set(team.id, entry);
    }
    return entry;
  };
  const otherEntry = (party: PartyAnswer): AreaParty => {
    let entry = others.get(party.id);
    if (!entry) {
      entry = { id: party.id, kind: party.kind, name: party.name, responsibility: null, tasks: [], duties: [] };
      others.set(party.id, entry);
    }
    return entry;
  };
  const addText = (entry: AreaTeam | AreaParty, responsibility: string | undefined, tasks: readonly string[]) => {
    if (responsibility !== undefined) {
      entry.responsibility =
        entry.responsibility === null ? responsibility : `${entry.responsibility}; ${responsibility}`;
    }
    for (const task of tasks) if (!entry.tasks.includes(task)) entry.tasks.push(task);
  };

  const ownership = areaOwnership(index, area);
  for (const { owner, teams: owning } of ownership.owners) {
    if (owning.length === 0) addText(otherEntry(partyAnswer(index, owner.team.id)), owner.responsibility, owner.tasks);
    for (const team of owning) addText(teamEntry(team), owner.responsibility, owner.tasks);
  }
  for (const holding of ownership.duties) {
    for (const { party, teams: owning, held } of heldDuties(index, holding)) {
      // A party that stands for no team holds the duty as itself.
      if (owning.length === 0) otherEntry(party).duties.push({ ...held, via: null });
      for (const team of owning) teamEntry(team).duties.push(held);
    }
  }
  return { teams: [...teams.values()], others: [...others.values()] };
}

/** Everything who-owns says about one area. */
export function describeArea(model: Model, index: ModelIndex, area: Area): AreaAnswer {
  const { teams, others } = areaParties(index, area);
  const escalation = escalationTarget(model, index, area);
  return {
    id: area.id,
    title: area.title,
    description: area.description ?? null,
    source: sourceOf(area.loc, 'id'),
    paths: area.paths.map((p) => p.glob),
    teams,
    others,
    duties: areaOwnership(index, area).duties.map((d) => dutyAnswer(index, d)),
    escalation,
    escalationNote: escalation ? null : noEscalationReason(model, index, area),
  };
}
