/** Areas, gates, escalation, workflows and the plan as entities to compare. */
import type { Area, EscalationMatrix, GatePipeline, Plan, Workflow } from '../model/types.js';
import type { Entity } from './entity.js';
import { fieldsOf, uniqueKeys } from './entity.js';
import { criterionText, flatten, holderIds, holderText, plain } from './plain.js';

export function areaEntities(area: Area): Entity[] {
  const fields = fieldsOf(area, 'paths', 'owners', 'duties');
  if (area.paths.length > 0) fields.paths = area.paths.map((p) => p.glob).sort();
  if (area.owners.length > 0) fields.owners = [...new Set(area.owners.map((o) => o.team.id))].sort();
  for (const owner of area.owners) {
    const data = plain({ responsibility: owner.responsibility, tasks: owner.tasks });
    flatten(data, `owners.${owner.team.id}`, fields);
  }
  for (const duty of area.duties) {
    const holder = holderText(duty.holder);
    if (holder !== undefined) fields[`duties.${duty.name}`] = holder;
  }
  const owners = area.owners.map((o) => o.team.id);
  const holders = new Map(area.duties.map((d) => [`duties.${d.name}`, holderIds(d.holder)]));
  return [
    {
      kind: 'areas',
      id: area.id,
      fields,
      parties: (field) => {
        if (field === undefined) return { concern: 'ownership', ids: [...owners, ...[...holders.values()].flat()] };
        if (field.startsWith('duties.')) return { concern: 'duties', ids: holders.get(field) ?? [] };
        const owner = /^owners\.([^.]+)\./.exec(field);
        if (owner?.[1] !== undefined) return { concern: 'ownership', ids: [owner[1]] };
        return field === 'title' || field === 'description' ? undefined : { concern: 'ownership', ids: owners };
      },
    },
  ];
}

export function gateEntities(pipeline: GatePipeline): Entity[] {
  const fields = fieldsOf(pipeline, 'stages');
  if (pipeline.stages.length > 1) fields.stages = pipeline.stages.map((s) => s.id);
  const out: Entity[] = [{ kind: 'gates', id: pipeline.id, fields }];
  for (const stage of pipeline.stages) {
    const f = fieldsOf(stage, 'criteria', 'owner');
    const owner = holderText(stage.owner);
    if (owner !== undefined) f.owner = owner;
    const texts: string[] = [];
    for (const c of stage.criteria) {
      // A measurable criterion is keyed by its metric, so that a new target reads as loosened or tightened.
      const data = plain(c) as Record<string, unknown> | string | undefined;
      const metric = typeof data === 'object' && typeof data.metric === 'string' ? data.metric : undefined;
      if (metric === undefined || typeof data !== 'object') {
        const text = criterionText(c);
        if (text !== undefined) texts.push(text);
        continue;
      }
      const { kind: _kind, metric: _metric, ...rest } = data;
      const keys = Object.keys(rest);
      if (keys.length === 1 && keys[0] === 'target') f[`criteria.${metric}`] = rest.target;
      else flatten(rest, `criteria.${metric}`, f);
    }
    if (texts.length > 0) f.criteria = texts.sort();
    const ids = [...holderIds(stage.owner), ...stage.signOff.map((r) => r.id), ...stage.inputs.map((i) => i.from.id)];
    out.push({
      kind: 'gates',
      id: `${pipeline.id}/${stage.id}`,
      fields: f,
      parties: (field) => (field === 'name' ? undefined : { concern: 'gates', ids }),
    });
  }
  return out;
}

export function escalationEntities(matrix: EscalationMatrix): Entity[] {
  const out: Entity[] = [{ kind: 'escalation', id: matrix.id, fields: fieldsOf(matrix, 'levels') }];
  for (const level of matrix.levels) {
    const ids = level.responders.map((r) => r.id);
    out.push({
      kind: 'escalation',
      id: `${matrix.id}/level ${level.level}`,
      fields: fieldsOf(level, 'level'),
      parties: (field) => (field === 'name' ? undefined : { concern: 'escalation', ids }),
    });
  }
  return out;
}

export function workflowEntities(workflow: Workflow): Entity[] {
  const out: Entity[] = [
    { kind: 'workflows', id: workflow.id, fields: fieldsOf(workflow, 'nodes', 'edges', 'phases') },
  ];
  for (const node of workflow.nodes)
    out.push({ kind: 'workflows', id: `${workflow.id}/${node.id}`, fields: fieldsOf(node) });
  const edges = uniqueKeys(workflow.edges, (e) => `${workflow.id}/${e.from.id} -> ${e.to.id}`);
  for (const [id, edge] of edges) out.push({ kind: 'workflows', id, fields: fieldsOf(edge, 'from', 'to') });
  for (const phase of workflow.phases) {
    const f = fieldsOf(phase, 'duties');
    for (const duty of phase.duties) {
      const holder = holderText(duty.holder);
      if (holder !== undefined) f[`duties.${duty.name}`] = holder;
    }
    out.push({ kind: 'workflows', id: `${workflow.id}/phase ${phase.id}`, fields: f });
  }
  return out;
}

export function planEntities(plan: Plan): Entity[] {
  const out: Entity[] = [{ kind: 'plan', id: plan.id, fields: fieldsOf(plan, 'phases') }];
  for (const phase of plan.phases) {
    const f = fieldsOf(phase, 'items', 'weeks');
    if (phase.weeks)
      f.weeks = phase.weeks.from === phase.weeks.to ? `${phase.weeks.from}` : `${phase.weeks.from}-${phase.weeks.to}`;
    out.push({ kind: 'plan', id: `${plan.id}/${phase.id}`, fields: f });
    for (const [id, item] of uniqueKeys(phase.items, (i) => `${plan.id}/${phase.id}: ${i.task}`))
      out.push({ kind: 'plan', id, fields: fieldsOf(item, 'task') });
  }
  return out;
}
