import { ownArray, ownString } from '../../util/object.js';
import type { Area, Model } from '../types.js';
import type { DocReader } from '../reader.js';

/** Shared areas: owners, duties and code paths. */
export function readAreas(r: DocReader, model: Model): void {
  for (const { item, id, path } of r.items('areas')) {
    const area: Area = {
      id,
      title: ownString(item, 'title') ?? id,
      description: ownString(item, 'description'),
      paths: ownArray(item, 'paths').flatMap((glob, i) =>
        typeof glob === 'string' ? [{ glob, loc: r.loc([...path, 'paths', i]) }] : [],
      ),
      owners: ownArray(item, 'owners').flatMap((owner, i) => {
        const base = [...path, 'owners', i];
        const team = r.refOf(owner, 'team', base);
        if (!team) return [];
        return [
          {
            team,
            responsibility: ownString(owner, 'responsibility'),
            tasks: r.strings(owner, 'tasks'),
            loc: r.loc(base),
          },
        ];
      }),
      duties: r.duties(item, path),
      escalation: r.refOf(item, 'escalation', path),
      section: r.section,
      loc: r.loc(path),
    };
    model.areas.push(area);
  }
  ownArray(r.data, 'unowned').forEach((glob, i) => {
    if (typeof glob === 'string') model.unownedPaths.push({ glob, loc: r.loc(['unowned', i]) });
  });
}
