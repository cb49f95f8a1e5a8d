/** A model as the entities `perfcoord diff` compares, keyed by kind and id. */
import type { Model } from '../model/types.js';
import type { Entity } from './entity.js';
import { fieldsOf, uniqueKeys } from './entity.js';
import { areaEntities, escalationEntities, gateEntities, planEntities, workflowEntities } from './entities-work.js';

function simple(kind: Entity['kind'], items: readonly { id: string }[], omit: string[] = []): Entity[] {
  return items.map((item) => ({ kind, id: item.id, fields: fieldsOf(item, ...omit) }));
}

/**
 * Every entity of a model. Where things are written (file, order of
 * documents, section headings) is not part of any entity, so moving a
 * document to another file changes nothing.
 */
export function entitiesOf(model: Model): Entity[] {
  const out: Entity[] = [];
  if (model.project) {
    // Which files hold the documents is how the project is written, not what it says.
    const fields = fieldsOf(model.project, 'include', 'exclude', 'docsOut');
    out.push({ kind: 'project', id: 'project', fields });
  }
  for (const team of model.teams) {
    out.push({
      kind: 'teams',
      id: team.id,
      fields: fieldsOf(team),
      parties: (field) => (field === 'description' ? undefined : { concern: 'team', ids: [team.id] }),
    });
  }
  for (const role of model.roles) {
    const ids = role.team ? [role.team.id] : [];
    out.push({ kind: 'roles', id: role.id, fields: fieldsOf(role), parties: () => ({ concern: 'team', ids }) });
  }
  out.push(...simple('groups', model.groups), ...simple('programs', model.programs));
  for (const area of model.areas) out.push(...areaEntities(area));
  for (const pipeline of model.pipelines) out.push(...gateEntities(pipeline));
  for (const matrix of model.matrices) out.push(...escalationEntities(matrix));
  for (const workflow of model.workflows) out.push(...workflowEntities(workflow));
  for (const meeting of model.meetings) {
    const ids = meeting.participants.map((p) => p.id);
    out.push({
      kind: 'cadence',
      id: meeting.id,
      fields: fieldsOf(meeting),
      parties: (field) => (field === 'title' || field === 'notes' ? undefined : { concern: 'meetings', ids }),
    });
  }
  out.push(...simple('practices', model.practices), ...simple('channels', model.channels));
  for (const [id, trigger] of uniqueKeys(model.triggers, (t) => t.event))
    out.push({ kind: 'triggers', id, fields: fieldsOf(trigger, 'event') });
  out.push(...simple('docs', model.spaces), ...simple('metrics', model.metrics), ...simple('risks', model.risks));
  for (const plan of model.plans) out.push(...planEntities(plan));
  return out;
}
