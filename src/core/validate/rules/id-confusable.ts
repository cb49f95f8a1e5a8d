import type { Loc } from '../../model/types.js';
import type { Rule } from '../rule.js';

/** Ids that differ only in case or in "-" against "_" read as one id: who-owns and "did you mean" take them alike. */
const fold = (id: string) => id.toLowerCase().replace(/-/g, '_');

export const idConfusable: Rule = {
  id: 'id-confusable',
  severity: 'warning',
  description:
    'Two ids of the same kind differ only in "-" against "_", so people (and who-owns) take one for the other.',
  check(ctx) {
    const { model } = ctx;
    const kinds: [string, { id: string; loc: Loc }[]][] = [
      ['team, role or group', [...model.teams, ...model.roles, ...model.groups]],
      ['area', model.areas],
      ['meeting', model.meetings],
      ['channel', model.channels],
      ['metric', model.metrics],
      ['workflow', model.workflows],
      ['quality-gate pipeline', model.pipelines],
      ['escalation matrix', model.matrices],
      ['plan', model.plans],
    ];
    for (const [what, items] of kinds) {
      const first = new Map<string, { id: string; loc: Loc }>();
      for (const item of items) {
        const key = fold(item.id);
        const seen = first.get(key);
        if (!seen) {
          first.set(key, item);
          continue;
        }
        // The same id twice is id-duplicate's finding.
        if (seen.id === item.id) continue;
        ctx.report(
          { doc: item.loc.doc, path: [...item.loc.path, 'id'] },
          `the ${what} id "${item.id}" differs from "${seen.id}" only in "-" and "_", so the two are easily taken for one another (who-owns finds both); rename one`,
        );
      }
    }
  },
};
