import { own, ownArray, ownString } from '../../util/object.js';
import type { Criterion, Model, ResultSource } from '../types.js';
import type { DocReader, P } from '../reader.js';

const SOURCES: ReadonlySet<string> = new Set<ResultSource>(['k6', 'lighthouse', 'bench']);

export function isResultSource(value: unknown): value is ResultSource {
  return typeof value === 'string' && SOURCES.has(value);
}

/** A criterion: free text, a measurable { metric, target }, or a tool's metric { metric, source, stat?, target }. */
function criterion(r: DocReader, value: unknown, path: P): Criterion | undefined {
  if (typeof value === 'string') return { kind: 'text', text: value };
  const target = ownString(value, 'target');
  const source = own(value, 'source');
  const description = ownString(value, 'description');
  if (isResultSource(source)) {
    const metric = ownString(value, 'metric');
    if (metric === undefined || target === undefined) return undefined;
    const stat = ownString(value, 'stat');
    return { kind: 'measure', metric, source, stat, target, description, loc: r.loc(path) };
  }
  const metric = r.refOf(value, 'metric', path);
  if (!metric || target === undefined) return undefined;
  return { kind: 'metric', metric, target, description, loc: r.loc(path) };
}

/** A quality-gate pipeline and its stages. */
export function readGates(r: DocReader, model: Model): void {
  const id = ownString(r.data, 'id');
  if (id === undefined) return;
  model.pipelines.push({
    id,
    title: ownString(r.data, 'title'),
    description: ownString(r.data, 'description'),
    stages: r.items('stages').map(({ item, id: stageId, path }) => ({
      id: stageId,
      name: ownString(item, 'name'),
      owner: own(item, 'owner') === undefined ? undefined : r.holder(own(item, 'owner'), path.concat('owner')),
      inputs: ownArray(item, 'inputs').flatMap((input, i) => {
        const from = r.refOf(input, 'from', path.concat('inputs', i));
        const text = ownString(input, 'input');
        return from && text !== undefined ? [{ from, input: text }] : [];
      }),
      criteria: ownArray(item, 'criteria').flatMap((c, i) => criterion(r, c, path.concat('criteria', i)) ?? []),
      signOff: r.refs(item, 'signOff', path),
      deliverable: ownString(item, 'deliverable'),
      practices: r.textMap(item, 'practices'),
      loc: r.loc(path),
    })),
    loc: r.loc([]),
  });
}
