import type { Finding } from '../finding.js';
import type {
  Area,
  Channel,
  DocSpace,
  EscalationMatrix,
  GatePipeline,
  Group,
  Loc,
  Meeting,
  Metric,
  Model,
  Plan,
  Practice,
  Program,
  Risk,
  Role,
  Team,
  Workflow,
} from './types.js';

export type PartyEntry =
  { kind: 'team'; team: Team } | { kind: 'role'; role: Role; alias?: string } | { kind: 'group'; group: Group };

/** Lookups by id over a model. Ids are global across all files of a kind. */
export interface ModelIndex {
  /** Teams, roles (and their aliases) and groups share one namespace. */
  parties: Map<string, PartyEntry>;
  teams: Map<string, Team>;
  roles: Map<string, Role>;
  groups: Map<string, Group>;
  programs: Map<string, Program>;
  areas: Map<string, Area>;
  pipelines: Map<string, GatePipeline>;
  matrices: Map<string, EscalationMatrix>;
  workflows: Map<string, Workflow>;
  meetings: Map<string, Meeting>;
  practices: Map<string, Practice>;
  channels: Map<string, Channel>;
  spaces: Map<string, DocSpace>;
  metrics: Map<string, Metric>;
  risks: Map<string, Risk>;
  plans: Map<string, Plan>;
}

export function describeParty(entry: PartyEntry): string {
  return entry.kind;
}

/**
 * Indexes the model and reports every id declared twice (at the second
 * declaration, in file order).
 */
export function indexModel(model: Model): { index: ModelIndex; findings: Finding[] } {
  const findings: Finding[] = [];
  const duplicate = (what: string, id: string, loc: Loc, first: Loc) => {
    const where = first.doc.file === loc.doc.file ? 'earlier in this file' : `in ${first.doc.file.display}`;
    findings.push({
      rule: 'id-duplicate',
      message: `the ${what} id "${id}" is already declared ${where}; ids must be unique across all files`,
      at: { loc: { doc: loc.doc, path: loc.path.concat('id') } },
    });
  };
  function byId<T extends { id: string; loc: Loc }>(what: string, items: readonly T[]): Map<string, T> {
    const map = new Map<string, T>();
    for (const item of items) {
      const first = map.get(item.id);
      if (first) duplicate(what, item.id, item.loc, first.loc);
      else map.set(item.id, item);
    }
    return map;
  }

  const parties = new Map<string, PartyEntry>();
  const partyLoc = (e: PartyEntry): Loc =>
    e.kind === 'team' ? e.team.loc : e.kind === 'role' ? e.role.loc : e.group.loc;
  const addParty = (id: string, entry: PartyEntry, loc: Loc, path: Loc['path']) => {
    const first = parties.get(id);
    if (first) {
      const what = entry.kind === 'role' && entry.alias ? 'role alias' : entry.kind;
      const clash = first.kind === entry.kind ? '' : ` (as a ${first.kind})`;
      findings.push({
        rule: 'id-duplicate',
        message: `the ${what} id "${id}" is already declared${clash} in ${first.kind === 'role' && first.alias ? 'an alias of ' + first.role.id : partyLoc(first).doc.file.display}; teams, roles and groups share one set of ids`,
        at: { loc: { doc: loc.doc, path } },
      });
      return;
    }
    parties.set(id, entry);
  };
  const teams = new Map<string, Team>();
  for (const team of model.teams) {
    if (!parties.has(team.id)) teams.set(team.id, team);
    addParty(team.id, { kind: 'team', team }, team.loc, team.loc.path.concat('id'));
  }
  const roles = new Map<string, Role>();
  for (const role of model.roles) {
    if (!parties.has(role.id)) roles.set(role.id, role);
    addParty(role.id, { kind: 'role', role }, role.loc, role.loc.path.concat('id'));
  }
  for (const role of model.roles) {
    for (const alias of role.aliases) {
      addParty(alias.id, { kind: 'role', role, alias: alias.id }, alias.loc, alias.loc.path);
    }
  }
  const groups = new Map<string, Group>();
  for (const group of model.groups) {
    if (!parties.has(group.id)) groups.set(group.id, group);
    addParty(group.id, { kind: 'group', group }, group.loc, group.loc.path.concat('id'));
  }

  const index: ModelIndex = {
    parties,
    teams,
    roles,
    groups,
    programs: byId('programme', model.programs),
    areas: byId('area', model.areas),
    pipelines: byId('quality-gate pipeline', model.pipelines),
    matrices: byId('escalation matrix', model.matrices),
    workflows: byId('workflow', model.workflows),
    meetings: byId('meeting', model.meetings),
    practices: byId('practice', model.practices),
    channels: byId('channel', model.channels),
    spaces: byId('documentation space', model.spaces),
    metrics: byId('metric', model.metrics),
    risks: byId('risk', model.risks),
    plans: byId('plan', model.plans),
  };
  // Ids scoped inside one document: stages, levels, nodes, phases.
  for (const pipeline of model.pipelines) byId('stage', pipeline.stages);
  for (const workflow of model.workflows) {
    byId('node', workflow.nodes);
    byId('phase', workflow.phases);
  }
  for (const plan of model.plans) byId('phase', plan.phases);
  return { index, findings };
}

/** The teams a party stands for: a team itself, a role's team, a group's members' teams. */
export function teamsOf(index: ModelIndex, id: string, seen = new Set<string>()): Team[] {
  const entry = index.parties.get(id);
  if (!entry || seen.has(id)) return [];
  seen.add(id);
  switch (entry.kind) {
    case 'team':
      return [entry.team];
    case 'role': {
      const team = entry.role.team ? index.teams.get(entry.role.team.id) : undefined;
      return team ? [team] : [];
    }
    case 'group': {
      const out = new Map<string, Team>();
      for (const member of entry.group.members) for (const t of teamsOf(index, member.id, seen)) out.set(t.id, t);
      return [...out.values()];
    }
  }
}

/** The canonical id of a party: a role alias resolves to its role. */
export function canonicalParty(index: ModelIndex, id: string): string {
  const entry = index.parties.get(id);
  return entry?.kind === 'role' ? entry.role.id : id;
}
