import { ownArray, ownString } from '../../util/object.js';
import type { Model, NodeType } from '../types.js';
import type { DocReader } from '../reader.js';

/** A workflow: nodes and edges, or phases. */
export function readWorkflow(r: DocReader, model: Model): void {
  const id = ownString(r.data, 'id');
  if (id === undefined) return;
  const types: readonly string[] = ['start', 'task', 'decision', 'end'];
  model.workflows.push({
    id,
    title: ownString(r.data, 'title') ?? id,
    description: ownString(r.data, 'description'),
    direction: ownString(r.data, 'direction') === 'LR' ? 'LR' : 'TD',
    nodes: r.items('nodes').flatMap(({ item, id: nodeId, path }) => {
      const type = ownString(item, 'type') ?? 'task';
      return [
        {
          id: nodeId,
          type: (types.includes(type) ? type : 'task') as NodeType,
          label: ownString(item, 'label') ?? nodeId,
          owner: r.refOf(item, 'owner', path),
          description: ownString(item, 'description'),
          loc: r.loc(path),
        },
      ];
    }),
    edges: ownArray(r.data, 'edges').flatMap((item, i) => {
      const path = ['edges', i];
      const from = r.refOf(item, 'from', path);
      const to = r.refOf(item, 'to', path);
      if (!from || !to) return [];
      return [{ from, to, label: ownString(item, 'label'), loc: r.loc(path) }];
    }),
    phases: r.items('phases').map(({ item, id: phaseId, path }) => ({
      id: phaseId,
      name: ownString(item, 'name'),
      trigger: ownString(item, 'trigger'),
      duration: ownString(item, 'duration'),
      stakeholders: r.refs(item, 'stakeholders', path),
      owners: r.refs(item, 'owners', path),
      activities: r.strings(item, 'activities'),
      deliverable: ownString(item, 'deliverable'),
      practices: r.textMap(item, 'practices'),
      duties: r.duties(item, path),
      loc: r.loc(path),
    })),
    loc: r.loc([]),
  });
}
