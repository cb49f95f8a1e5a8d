import { holderRefs } from '../../model/ownership.js';
import type { Model, Ref, Workflow, Duty } from '../../model/types.js';

/** What a reference must name. */
export type Expect =
  | 'party' // team, role or group
  | 'team'
  | 'role'
  | 'accountable' // team or role: someone who can be held to account
  | 'channel'
  | 'metric'
  | 'meeting'
  | 'matrix'
  | 'node';

export interface RefSite {
  ref: Ref;
  expects: Expect;
  /** What the reference is, for messages: "the lead of team backend". */
  what: string;
  /** For node references: the workflow they belong to. */
  workflow?: Workflow;
}

/**
 * One reference: what it must name, and what it is in two parts ("the lead of team", "backend"),
 * which describe() joins for the few that a message names. A large model has tens of thousands of
 * references, and no list of them nor their descriptions is kept.
 */
export type Visit = (ref: Ref, expects: Expect, label: string, of?: string, workflow?: Workflow) => void;

/** What a reference is, from the parts a visit gets. */
export function describe(label: string, of: string | undefined): string {
  return of === undefined ? label : `${label} ${of}`;
}

function visitDuties(visit: Visit, duties: readonly Duty[], owner: string): void {
  for (const duty of duties) {
    const refs = holderRefs(duty.holder);
    if (refs.length === 0) continue;
    const label = `a holder of the duty "${duty.name}" of`;
    for (const ref of refs) visit(ref, 'accountable', label, owner);
  }
}

/** Every reference in the model, with what it must name. */
export function forEachReference(model: Model, visit: Visit): void {
  const add = (ref: Ref | undefined, expects: Expect, label: string, of?: string) => {
    if (ref) visit(ref, expects, label, of);
  };
  const addAll = (refs: readonly Ref[], expects: Expect, label: string, of?: string) => {
    for (const ref of refs) visit(ref, expects, label, of);
  };
  const p = model.project;
  if (p) {
    add(p.coreTeam, 'team', 'the core team of the project');
    add(p.document.owner, 'party', 'the owner of the strategy');
    add(p.document.preparedBy, 'party', 'who prepared the strategy');
  }
  for (const t of model.teams) {
    add(t.lead, 'role', 'the lead of team', t.id);
    add(t.channel, 'channel', 'the channel of team', t.id);
  }
  for (const r of model.roles) add(r.team, 'team', 'the team of role', r.id);
  for (const g of model.groups) addAll(g.members, 'party', 'a member of group', g.id);
  for (const pr of model.programs) {
    add(pr.meeting, 'meeting', 'the meeting of programme', pr.id);
    addAll(pr.members, 'party', 'a member of programme', pr.id);
  }
  for (const a of model.areas) {
    for (const o of a.owners) add(o.team, 'accountable', 'an owner of area', a.id);
    visitDuties(visit, a.duties, `area ${a.id}`);
    add(a.escalation, 'matrix', 'the escalation matrix of area', a.id);
  }
  for (const pl of model.pipelines) {
    for (const s of pl.stages) {
      for (const ref of holderRefs(s.owner)) add(ref, 'accountable', 'the owner of gate', s.id);
      for (const i of s.inputs) add(i.from, 'party', 'an input to gate', s.id);
      for (const c of s.criteria) if (c.kind === 'metric') add(c.metric, 'metric', 'a criterion of gate', s.id);
      addAll(s.signOff, 'party', 'a sign-off of gate', s.id);
    }
  }
  for (const m of model.matrices) {
    add(m.channel, 'channel', 'the channel of escalation matrix', m.id);
    for (const l of m.levels) {
      addAll(l.responders, 'party', 'a responder of escalation level', String(l.level));
      add(l.channel, 'channel', 'the channel of escalation level', String(l.level));
    }
  }
  for (const w of model.workflows) {
    for (const n of w.nodes) add(n.owner, 'party', 'the owner of step', n.id);
    for (const e of w.edges) {
      visit(e.from, 'node', 'the start of a transition of workflow', w.id, w);
      visit(e.to, 'node', 'the end of a transition of workflow', w.id, w);
    }
    for (const ph of w.phases) {
      addAll(ph.stakeholders, 'party', 'a stakeholder of phase', ph.id);
      addAll(ph.owners, 'party', 'an owner of phase', ph.id);
      visitDuties(visit, ph.duties, `phase ${ph.id}`);
    }
  }
  for (const m of model.meetings) {
    addAll(m.participants, 'party', 'a participant of meeting', m.id);
    add(m.channel, 'channel', 'the channel of meeting', m.id);
  }
  for (const pr of model.practices)
    for (const r of pr.responsibilities) add(r.party, 'party', 'a party of practice', pr.id);
  for (const t of model.triggers) {
    add(t.channel, 'channel', 'the channel of trigger', t.event);
    add(t.escalation, 'matrix', 'the escalation of trigger', t.event);
  }
  for (const s of model.spaces) {
    add(s.owner, 'party', 'the owner of space', s.id);
    addAll(s.maintainers, 'party', 'a maintainer of space', s.id);
    addAll(s.contributors, 'party', 'a contributor to space', s.id);
    addAll(s.inputFrom, 'party', 'an input to space', s.id);
    addAll(s.access, 'party', 'a reader of space', s.id);
  }
  for (const m of model.metrics) add(m.owner, 'party', 'the owner of metric', m.id);
  for (const r of model.risks) add(r.owner, 'party', 'the owner of risk', r.id);
  for (const plan of model.plans) {
    for (const ph of plan.phases) {
      add(ph.owner, 'party', 'the owner of plan phase', ph.id);
      for (const item of ph.items) add(item.owner, 'party', 'the owner of a task of phase', ph.id);
    }
  }
}
