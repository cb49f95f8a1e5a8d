/** Areas, gates, escalation, workflows and the plan as entities to compare. */
import type { Area, EscalationMatrix, GatePipeline, GateStage, Plan, Workflow } from '../model/types.js';
import type { Entity } from './entity.js';
import { entity, fieldsOf, uniqueKeys } from './entity.js';
import { criterionText, flatten, holderIds, holderText, plain } from './plain.js';

function areaFields(area: Area): Record<string, unknown> {
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
  return fields;
}

export function areaEntities(area: Area): Entity[] {
  return [
    entity(
      'areas',
      area.id,
      area.loc,
      () => areaFields(area),
      (field) => {
        const owners = area.owners.map((o) => o.team.id);
        if (field === undefined)
          return { concern: 'ownership', ids: [...owners, ...area.duties.flatMap((d) => holderIds(d.holder))] };
        if (field.startsWith('duties.')) {
          const duty = area.duties.find((d) => `duties.${d.name}` === field);
          return { concern: 'duties', ids: duty ? holderIds(duty.holder) : [] };
        }
        const owner = /^owners\.([^.]+)\./.exec(field);
        if (owner?.[1] !== undefined) return { concern: 'ownership', ids: [owner[1]] };
        return field === 'title' || field === 'description' ? undefined : { concern: 'ownership', ids: owners };
      },
    ),
  ];
}

function stageFields(stage: GateStage): Record<string, unknown> {
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
  return f;
}

export function gateEntities(pipeline: GatePipeline): Entity[] {
  const out: Entity[] = [
    entity('gates', pipeline.id, pipeline.loc, () => {
      const fields = fieldsOf(pipeline, 'stages');
      if (pipeline.stages.length > 1) fields.stages = pipeline.stages.map((s) => s.id);
      return fields;
    }),
  ];
  for (const stage of pipeline.stages) {
    out.push(
      entity(
        'gates',
        `${pipeline.id}/${stage.id}`,
        stage.loc,
        () => stageFields(stage),
        (field) =>
          field === 'name'
            ? undefined
            : {
                concern: 'gates',
                ids: [
                  ...holderIds(stage.owner),
                  ...stage.signOff.map((r) => r.id),
                  ...stage.inputs.map((i) => i.from.id),
                ],
              },
      ),
    );
  }
  return out;
}

export function escalationEntities(matrix: EscalationMatrix): Entity[] {
  const out: Entity[] = [entity('escalation', matrix.id, matrix.loc, () => fieldsOf(matrix, 'levels'))];
  for (const level of matrix.levels) {
    out.push(
      entity(
        'escalation',
        `${matrix.id}/level ${level.level}`,
        level.loc,
        () => fieldsOf(level, 'level'),
        (field) => (field === 'name' ? undefined : { concern: 'escalation', ids: level.responders.map((r) => r.id) }),
      ),
    );
  }
  return out;
}

export function workflowEntities(workflow: Workflow): Entity[] {
  const w = workflow.id;
  const out: Entity[] = [entity('workflows', w, workflow.loc, () => fieldsOf(workflow, 'nodes', 'edges', 'phases'))];
  for (const node of workflow.nodes) out.push(entity('workflows', `${w}/${node.id}`, node.loc, () => fieldsOf(node)));
  for (const [id, edge] of uniqueKeys(workflow.edges, (e) => `${w}/${e.from.id} -> ${e.to.id}`))
    out.push(entity('workflows', id, edge.loc, () => fieldsOf(edge, 'from', 'to')));
  for (const phase of workflow.phases) {
    out.push(
      entity('workflows', `${w}/phase ${phase.id}`, phase.loc, () => {
        const f = fieldsOf(phase, 'duties');
        for (const duty of phase.duties) {
          const holder = holderText(duty.holder);
          if (holder !== undefined) f[`duties.${duty.name}`] = holder;
        }
        return f;
      }),
    );
  }
  return out;
}

export function planEntities(plan: Plan): Entity[] {
  const out: Entity[] = [entity('plan', plan.id, plan.loc, () => fieldsOf(plan, 'phases'))];
  for (const phase of plan.phases) {
    out.push(
      entity('plan', `${plan.id}/${phase.id}`, phase.loc, () => {
        const f = fieldsOf(phase, 'items', 'weeks');
        const weeks = phase.weeks;
        if (weeks) f.weeks = weeks.from === weeks.to ? `${weeks.from}` : `${weeks.from}-${weeks.to}`;
        return f;
      }),
    );
    for (const [id, item] of uniqueKeys(phase.items, (i) => `${plan.id}/${phase.id}: ${i.task}`))
      out.push(entity('plan', id, item.loc, () => fieldsOf(item, 'task')));
  }
  return out;
}
