import { own, ownArray, ownString } from '../../util/object.js';
import type { Model } from '../types.js';
import type { DocReader } from '../reader.js';

/** The rollout plan. */
export function readPlan(r: DocReader, model: Model): void {
  const id = ownString(r.data, 'id');
  if (id === undefined) return;
  model.plans.push({
    id,
    title: ownString(r.data, 'title'),
    description: ownString(r.data, 'description'),
    start: ownString(r.data, 'start'),
    phases: r.items('phases').map(({ item, id: phaseId, path }) => {
      const weeksText = ownString(item, 'weeks');
      const m = weeksText === undefined ? null : /^(\d+)(?:-(\d+))?$/.exec(weeksText);
      const weeks =
        m && weeksText !== undefined ? { from: Number(m[1]), to: Number(m[2] ?? m[1]), text: weeksText } : undefined;
      return {
        id: phaseId,
        name: ownString(item, 'name') ?? phaseId,
        weeks: weeks,
        owner: r.refOf(item, 'owner', path),
        items: ownArray(item, 'items').flatMap((entry, i) => {
          const task = ownString(entry, 'task');
          if (task === undefined) return [];
          const base = path.concat('items', i);
          return [
            {
              task,
              done: own(entry, 'done') === true,
              owner: r.refOf(entry, 'owner', base),
              loc: r.loc(base),
            },
          ];
        }),
        loc: r.loc(path),
      };
    }),
    loc: r.loc([]),
  });
}
