/**
 * The ids a generated project declares besides the teams themselves. Teams,
 * roles and groups share one namespace, and each team brings a lead role and
 * a channel, so a team id must leave room for all of them.
 */

import { ID_MAX } from '../util/ids.js';

export { ID_MAX, ID_PATTERN } from '../util/ids.js';

export const LEAD_SUFFIX = '_lead';
/** A team id leaves room for its lead role's suffix. */
export const TEAM_ID_MAX = ID_MAX - LEAD_SUFFIX.length;

export const INCIDENT_COMMANDER = 'incident_commander';
export const MANAGEMENT = 'management';
export const EXECUTIVE_TEAM = 'executive_team';
export const TEAM_LEADS = 'team_leads';
export const ALL_TEAM_LEADS = 'all_team_leads';
export const ALL_TEAMS = 'all_teams';

// Generated ids join words with "_" only, like the ids people type in the wizard.
export const ESCALATION_CHANNEL = 'perf_escalation';
export const ESCALATION_MATRIX = 'performance_escalation';
export const MONTHLY_REVIEW = 'monthly_performance_review';

export const FIXED_ROLES = [
  {
    id: INCIDENT_COMMANDER,
    name: 'Incident Commander',
    description: 'Coordinates the teams during a performance incident.',
  },
  { id: MANAGEMENT, name: 'Engineering Management' },
  { id: EXECUTIVE_TEAM, name: 'Executive Team' },
] as const;

export const FIXED_GROUPS = [
  { id: TEAM_LEADS, name: 'Team leads', description: 'The leads of the core team and of its critical dependencies.' },
  { id: ALL_TEAM_LEADS, name: 'All team leads' },
  { id: ALL_TEAMS, name: 'All teams' },
] as const;

export function leadRole(team: string): string {
  return `${team}${LEAD_SUFFIX}`;
}

/** The meeting id of the weekly sync of the core team with `team`. */
export function syncMeeting(team: string): string {
  return `${team}_sync`;
}

/** Every party (team, role, group) the project declares for these teams, with what each one is. */
export function partyIds(teams: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const t of teams) {
    ids.set(t, `the team ${t}`);
    ids.set(leadRole(t), `the lead role of team ${t}`);
  }
  for (const r of FIXED_ROLES) ids.set(r.id, `the role ${r.id}`);
  for (const g of FIXED_GROUPS) ids.set(g.id, `the group ${g.id}`);
  return ids;
}

/**
 * Ids a new team must not take: the parties so far, and the escalation
 * channel (each team's channel is named after the team).
 */
export function takenIds(teams: readonly string[]): Map<string, string> {
  const ids = partyIds(teams);
  ids.set(ESCALATION_CHANNEL, 'the escalation channel');
  return ids;
}
