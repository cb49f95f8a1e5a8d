import type { Rule } from '../rule.js';

export const escalationResponders: Rule = {
  id: 'escalation-responders',
  severity: 'error',
  description: 'Every escalation level names at least one responder.',
  check(ctx) {
    for (const matrix of ctx.model.matrices) {
      for (const level of matrix.levels) {
        if (level.responders.length === 0) {
          ctx.report(
            { doc: level.loc.doc, path: [...level.loc.path, 'responders'] },
            `escalation level ${level.level} of matrix ${matrix.id} has no responders: name the roles or teams that answer it`,
          );
        }
      }
    }
  },
};
