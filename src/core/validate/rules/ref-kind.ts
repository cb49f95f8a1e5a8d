import type { Rule } from '../rule.js';
import { referenceSites } from './references.js';

const ALLOWED: Record<string, readonly string[]> = {
  team: ['team'],
  role: ['role'],
  accountable: ['team', 'role'],
};

const HINTS: Record<string, string> = {
  team: 'name a team here',
  role: 'name a role here (declare one under roles: with team set)',
  accountable: 'a group cannot be held to account: name one team or role, or list several with joint: [...]',
};

export const refKind: Rule = {
  id: 'ref-kind',
  severity: 'error',
  description:
    'A reference names something of the wrong kind, e.g. a group where one accountable team or role is needed.',
  check(ctx) {
    for (const site of referenceSites(ctx.model)) {
      const allowed = ALLOWED[site.expects];
      if (!allowed) continue;
      const entry = ctx.index.parties.get(site.ref.id);
      if (!entry || allowed.includes(entry.kind)) continue;
      ctx.report(
        site.ref.loc,
        `${site.what} is "${site.ref.id}", which is a ${entry.kind}; ${HINTS[site.expects] ?? ''}`,
      );
    }
  },
};
