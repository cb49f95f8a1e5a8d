/**
 * The answers who-owns gives, as plain data: ids, names and text only, no
 * model objects, so that the JSON output is these objects as they are.
 * Absent values are `null` rather than missing, so every key is always there.
 */

/** Where something is declared: the file as shown to people and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** A role as named somewhere (a lead, a duty holder); `id` is the role, never an alias. */
export interface RoleRef {
  id: string;
  name: string | null;
}

export interface ChannelRef {
  id: string;
  /** Null when no Channels document declares the id. */
  address: string | null;
}

/** How GitHub, GitLab and email name a team or role; null where none is declared. */
export interface HandlesAnswer {
  github: string | null;
  gitlab: string | null;
  email: string | null;
}

/** A team and how to reach it. */
export interface TeamContact {
  id: string;
  name: string;
  dependency: string | null;
  lead: RoleRef | null;
  channel: ChannelRef | null;
  handles: HandlesAnswer | null;
}

export type PartyKind = 'team' | 'role' | 'group' | 'unknown';

/** A party as written (a duty holder, a responder) and the teams it stands for. */
export interface PartyAnswer {
  id: string;
  kind: PartyKind;
  name: string | null;
  teams: string[];
  handles: HandlesAnswer | null;
}

/** A duty as one party holds it. */
export interface HeldDuty {
  name: string;
  joint: boolean;
  /** The other teams or parties of a joint duty. */
  with: string[];
  /** The role or group through which a team holds the duty; null when the team is named itself. */
  via: { kind: 'role' | 'group'; id: string; name: string | null } | null;
}

/** A team that owns (part of) an area. */
export interface AreaTeam {
  team: TeamContact;
  responsibility: string | null;
  tasks: string[];
  duties: HeldDuty[];
}

/** An owner or holder that stands for no team: a role without a team, an undeclared id. */
export interface AreaParty {
  id: string;
  kind: PartyKind;
  name: string | null;
  responsibility: string | null;
  tasks: string[];
  duties: HeldDuty[];
}

export interface DutyAnswer {
  name: string;
  joint: boolean;
  note: string | null;
  /** Empty when nobody holds the duty. */
  holders: PartyAnswer[];
}

export interface EscalationTarget {
  matrix: string;
  title: string | null;
  /** "area": the area names the matrix; "project": the project's only matrix. */
  source: 'area' | 'project';
  /** The first (lowest) level; null when the matrix has none. */
  level: {
    level: number;
    name: string | null;
    trigger: string;
    responseTime: string | null;
    responseMinutes: number | null;
    responders: PartyAnswer[];
  } | null;
  /** The level's own channel, else the matrix's. */
  channel: ChannelRef | null;
}

export interface AreaAnswer {
  id: string;
  title: string;
  description: string | null;
  source: SourceRef;
  paths: string[];
  /** Every owning team: `owners` entries first, then duty holders, in the order written. */
  teams: AreaTeam[];
  /** Owners and holders that stand for no team. */
  others: AreaParty[];
  duties: DutyAnswer[];
  escalation: EscalationTarget | null;
  /** Why there is no escalation target; null when there is one. */
  escalationNote: string | null;
}
