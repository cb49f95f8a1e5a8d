import type { Rule } from '../rule.js';

export const escalationLevels: Rule = {
  id: 'escalation-levels',
  severity: 'error',
  description: 'Escalation levels are numbered 1, 2, 3 … in order, without gaps or repeats.',
  check(ctx) {
    for (const matrix of ctx.model.matrices) {
      if (matrix.levels.length === 0) {
        ctx.report(
          { doc: matrix.loc.doc, path: ['levels'] },
          `escalation matrix ${matrix.id} has no levels; add level 1 with its trigger, response time and responders`,
        );
        continue;
      }
      matrix.levels.forEach((level, i) => {
        const expected = i + 1;
        if (level.level !== expected) {
          ctx.report(
            { doc: level.loc.doc, path: [...level.loc.path, 'level'] },
            `escalation level ${level.level} is entry ${expected} of matrix ${matrix.id}; number the levels 1, 2, 3 … in order without gaps (expected ${expected})`,
          );
        }
      });
    }
  },
};
