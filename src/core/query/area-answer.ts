import { teamsOf } from '../model/index-model.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Area, Duty, Holder, Model, Ref, Team } from '../model/types.js';
import type { AreaAnswer, AreaParty, AreaTeam, DutyAnswer, HeldDuty, PartyAnswer } from './answers.js';
import { escalationTarget, noEscalationReason } from './escalation-target.js';
import { partyAnswer, sourceOf, teamContact } from './parties.js';

export function holderRefs(holder: Holder): Ref[] {
  switch (holder.kind) {
    case 'single':
      return [holder.ref];
    case 'joint':
    case 'list':
      return holder.refs;
    case 'none':
      return [];
  }
}

/** Each holder of a duty with the duty as that holder holds it. */
export function heldDuties(index: ModelIndex, duty: Duty): { party: PartyAnswer; held: HeldDuty }[] {
  const joint = duty.holder.kind === 'joint';
  const parties = holderRefs(duty.holder).map((r) => partyAnswer(index, r.id));
  return parties.map((party, i) => ({
    party,
    held: {
      name: duty.name,
      joint,
      with: joint ? parties.filter((_, j) => j !== i).map((p) => p.id) : [],
      via:
        party.kind === 'role' || party.kind === 'group' ? { kind: party.kind, id: party.id, name: party.name } : null,
    },
  }));
}

export function dutyAnswer(index: ModelIndex, duty: Duty): DutyAnswer {
  const holder = duty.holder;
  return {
    name: duty.name,
    joint: holder.kind === 'joint',
    note: holder.kind === 'joint' ? (holder.note ?? null) : null,
    holders: holderRefs(holder).map((r) => partyAnswer(index, r.id)),
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

  for (const owner of area.owners) {
    const owning = teamsOf(index, owner.team.id);
    if (owning.length === 0) addText(otherEntry(partyAnswer(index, owner.team.id)), owner.responsibility, owner.tasks);
    for (const team of owning) addText(teamEntry(team), owner.responsibility, owner.tasks);
  }
  for (const duty of area.duties) {
    for (const { party, held } of heldDuties(index, duty)) {
      const owning = party.teams.flatMap((id) => index.teams.get(id) ?? []);
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
    duties: area.duties.map((d) => dutyAnswer(index, d)),
    escalation,
    escalationNote: escalation ? null : noEscalationReason(model, index, area),
  };
}
