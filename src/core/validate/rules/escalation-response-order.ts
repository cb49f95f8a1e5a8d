import { formatMinutes } from '../../util/durations.js';
import type { Rule } from '../rule.js';

export const escalationResponseOrder: Rule = {
  id: 'escalation-response-order',
  severity: 'warning',
  description: 'A higher escalation level is answered more slowly than a lower one.',
  check(ctx) {
    for (const matrix of ctx.model.matrices) {
      let fastest: { level: number; minutes: number } | undefined;
      for (const level of matrix.levels) {
        const minutes = level.responseMinutes;
        if (minutes === undefined) continue;
        if (fastest && minutes > fastest.minutes) {
          ctx.report(
            { doc: level.loc.doc, path: [...level.loc.path, 'responseTime'] },
            `escalation level ${level.level} answers in ${formatMinutes(minutes)}, slower than level ${fastest.level} (${formatMinutes(fastest.minutes)}); a more serious level usually answers at least as fast`,
          );
        }
        if (!fastest || minutes <= fastest.minutes) fastest = { level: level.level, minutes };
      }
    }
  },
};
