import type { Loc } from '../../model/types.js';
import type { Rule } from '../rule.js';

/** Names Windows reserves for devices: a file called con.md cannot be created there. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export const idReserved: Rule = {
  id: 'id-reserved',
  severity: 'error',
  description:
    'An id that becomes a file name (workflows, gate pipelines, escalation matrices, plans) is a reserved device name on some systems.',
  check(ctx) {
    const { model } = ctx;
    const named: { id: string; loc: Loc; what: string }[] = [
      ...model.workflows.map((x) => ({ ...x, what: 'workflow' })),
      ...model.pipelines.map((x) => ({ ...x, what: 'quality-gate pipeline' })),
      ...model.matrices.map((x) => ({ ...x, what: 'escalation matrix' })),
      ...model.plans.map((x) => ({ ...x, what: 'plan' })),
    ];
    for (const { id, loc, what } of named) {
      if (RESERVED.test(id)) {
        ctx.report(
          { doc: loc.doc, path: [...loc.path, 'id'] },
          `the ${what} id "${id}" names files of the rendered docs, and "${id}" is a reserved device name on Windows; choose another id`,
        );
      }
    }
  },
};
