import { teamsOf } from '../model/index-model.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Model, Ref, Team } from '../model/types.js';
import type { HeldDuty, RoleRef, TeamContact } from './answer-parts.js';
import { dutyHolding } from '../model/ownership.js';
import { areaParties, heldDuties } from './area-answer.js';
import { teamContact } from './parties.js';
import { teamEscalation } from './team-escalation.js';
import type { TeamEscalation } from './team-escalation.js';
import { teamGates } from './team-gates.js';
import type { TeamGate } from './team-gates.js';
import { teamMeetings } from './team-meetings.js';
import type { TeamMeetings } from './team-meetings.js';

/** An area the team owns or holds duties in. */
export interface TeamArea {
  id: string;
  title: string;
  responsibility: string | null;
  tasks: string[];
  duties: HeldDuty[];
}

/** A workflow phase or node the team owns, is a stakeholder of, or holds duties in. */
export interface TeamWorkflowStep {
  workflow: string;
  workflowTitle: string;
  kind: 'phase' | 'node';
  step: string;
  stepName: string;
  roles: ('owner' | 'stakeholder')[];
  duties: HeldDuty[];
}

/** The reverse question: everything a team holds. */
export interface TeamAnswer {
  team: TeamContact;
  /** The role the query named, when it named a role rather than the team. */
  via: RoleRef | null;
  focus: string[];
  /** The roles that belong to the team. */
  roles: RoleRef[];
  areas: TeamArea[];
  meetings: TeamMeetings;
  gates: TeamGate[];
  escalation: TeamEscalation[];
  workflows: TeamWorkflowStep[];
}

export function describeTeam(model: Model, index: ModelIndex, team: Team, via: RoleRef | null = null): TeamAnswer {
  const areas: TeamArea[] = [];
  for (const area of index.areas.values()) {
    const entry = areaParties(index, area).teams.find((t) => t.team.id === team.id);
    if (!entry) continue;
    areas.push({
      id: area.id,
      title: area.title,
      responsibility: entry.responsibility,
      tasks: entry.tasks,
      duties: entry.duties,
    });
  }
  return {
    team: teamContact(index, team),
    via,
    focus: team.focus,
    roles: [...index.roles.values()]
      .filter((r) => r.team?.id === team.id)
      .map((r) => ({ id: r.id, name: r.name ?? null })),
    areas,
    meetings: teamMeetings(model, index, team),
    gates: teamGates(index, team),
    escalation: teamEscalation(index, team),
    workflows: teamWorkflows(index, team),
  };
}

function teamWorkflows(index: ModelIndex, team: Team): TeamWorkflowStep[] {
  const isTeam = (ref: Ref) => teamsOf(index, ref.id).some((t) => t.id === team.id);
  const out: TeamWorkflowStep[] = [];
  for (const workflow of index.workflows.values()) {
    const base = { workflow: workflow.id, workflowTitle: workflow.title };
    for (const phase of workflow.phases) {
      const roles: TeamWorkflowStep['roles'] = [];
      if (phase.owners.some(isTeam)) roles.push('owner');
      if (phase.stakeholders.some(isTeam)) roles.push('stakeholder');
      const duties = phase.duties.flatMap((d) =>
        heldDuties(index, dutyHolding(index, d))
          .filter(({ party }) => party.teams.includes(team.id))
          .map(({ held }) => held),
      );
      if (roles.length === 0 && duties.length === 0) continue;
      out.push({ ...base, kind: 'phase', step: phase.id, stepName: phase.name ?? phase.id, roles, duties });
    }
    for (const node of workflow.nodes) {
      if (!node.owner || !isTeam(node.owner)) continue;
      out.push({ ...base, kind: 'node', step: node.id, stepName: node.label, roles: ['owner'], duties: [] });
    }
  }
  return out;
}
