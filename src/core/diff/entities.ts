/** A model as the entities `perfcoord diff` compares, keyed by kind and id. */
import type { Model } from '../model/types.js';
import type { Entity } from './entity.js';
import { entity, fieldsOf, uniqueKeys } from './entity.js';
import { areaEntities, escalationEntities, gateEntities, planEntities, workflowEntities } from './entities-work.js';

function simple(kind: Entity['kind'], items: readonly (object & { id: string; loc: Entity['source'] })[]): Entity[] {
  return items.map((item) => entity(kind, item.id, item.loc, () => fieldsOf(item)));
}

/**
 * Every entity of a model. Where things are written (file, order of
 * documents, section headings) is not part of any entity, so moving a
 * document to another file changes nothing.
 */
export function entitiesOf(model: Model): Entity[] {
  const out: Entity[] = [];
  const project = model.project;
  // Which files hold the documents is how the project is written, not what it says.
  if (project)
    out.push(entity('project', 'project', project.loc, () => fieldsOf(project, 'include', 'exclude', 'docsOut')));
  for (const team of model.teams) {
    out.push(
      entity(
        'teams',
        team.id,
        team.loc,
        () => fieldsOf(team),
        (field) => (field === 'description' ? undefined : { concern: 'team', ids: [team.id] }),
      ),
    );
  }
  for (const role of model.roles) {
    const ids = role.team ? [role.team.id] : [];
    out.push(
      entity(
        'roles',
        role.id,
        role.loc,
        () => fieldsOf(role),
        () => ({ concern: 'team', ids }),
      ),
    );
  }
  out.push(...simple('groups', model.groups), ...simple('programs', model.programs));
  for (const area of model.areas) out.push(...areaEntities(area));
  for (const pipeline of model.pipelines) out.push(...gateEntities(pipeline));
  for (const matrix of model.matrices) out.push(...escalationEntities(matrix));
  for (const workflow of model.workflows) out.push(...workflowEntities(workflow));
  for (const meeting of model.meetings) {
    out.push(
      entity(
        'cadence',
        meeting.id,
        meeting.loc,
        () => fieldsOf(meeting),
        (field) =>
          field === 'title' || field === 'notes'
            ? undefined
            : { concern: 'meetings', ids: meeting.participants.map((p) => p.id) },
      ),
    );
  }
  out.push(...simple('practices', model.practices), ...simple('channels', model.channels));
  for (const [id, trigger] of uniqueKeys(model.triggers, (t) => t.event))
    out.push(entity('triggers', id, trigger.loc, () => fieldsOf(trigger, 'event')));
  out.push(...simple('docs', model.spaces), ...simple('metrics', model.metrics), ...simple('risks', model.risks));
  for (const plan of model.plans) out.push(...planEntities(plan));
  return out;
}
