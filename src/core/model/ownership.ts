import { teamsOf } from './index-model.js';
import type { ModelIndex } from './index-model.js';
import type { Area, AreaOwner, Duty, Holder, Ref, Team } from './types.js';

/**
 * Who owns an area and who holds its duties, computed once here so that
 * who-owns, the ownership page and the rules can never disagree. A party
 * counts for the teams it stands for: a team for itself, a role for its team,
 * a group for its members' teams; a party that stands for no team (a role
 * without a team, an undeclared id) keeps an empty list.
 */
export interface AreaOwnership {
  owners: OwnerStake[];
  duties: DutyHolding[];
}

export interface OwnerStake {
  owner: AreaOwner;
  teams: Team[];
}

export interface DutyHolding {
  duty: Duty;
  /** Held by several together, who answer for it as one. */
  joint: boolean;
  /** Held by one party, named on its own. */
  alone: boolean;
  holders: HolderStake[];
}

export interface HolderStake {
  ref: Ref;
  teams: Team[];
}

/** The parties a holder names, in the order written; none for an unheld duty. */
export function holderRefs(holder: Holder | undefined): Ref[] {
  switch (holder?.kind) {
    case 'single':
      return [holder.ref];
    case 'joint':
    case 'list':
      return holder.refs;
    default:
      return [];
  }
}

export function dutyHolding(index: ModelIndex, duty: Duty): DutyHolding {
  return {
    duty,
    joint: duty.holder.kind === 'joint',
    alone: duty.holder.kind === 'single',
    holders: holderRefs(duty.holder).map((ref) => ({ ref, teams: teamsOf(index, ref.id) })),
  };
}

const memo = new WeakMap<ModelIndex, Map<Area, AreaOwnership>>();

export function areaOwnership(index: ModelIndex, area: Area): AreaOwnership {
  let byArea = memo.get(index);
  if (!byArea) memo.set(index, (byArea = new Map<Area, AreaOwnership>()));
  let ownership = byArea.get(area);
  if (!ownership) {
    ownership = {
      owners: area.owners.map((owner) => ({ owner, teams: teamsOf(index, owner.team.id) })),
      duties: area.duties.map((duty) => dutyHolding(index, duty)),
    };
    byArea.set(area, ownership);
  }
  return ownership;
}
