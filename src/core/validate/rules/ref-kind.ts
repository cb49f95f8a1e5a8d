import type { Rule } from '../rule.js';
import { describe, forEachReference } from './references.js';

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
    forEachReference(ctx.model, (ref, expects, label, of) => {
      const allowed = ALLOWED[expects];
      if (!allowed) return;
      const entry = ctx.index.parties.get(ref.id);
      if (!entry || allowed.includes(entry.kind)) return;
      ctx.report(ref.loc, `${describe(label, of)} is "${ref.id}", which is a ${entry.kind}; ${HINTS[expects] ?? ''}`);
    });
  },
};
