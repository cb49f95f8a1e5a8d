import type { ModelIndex } from '../../model/index-model.js';
import type { Workflow } from '../../model/types.js';
import { ID_MAX, ID_PATTERN } from '../../util/ids.js';
import { didYouMean, nearestIn } from '../../util/suggest.js';
import type { Rule } from '../rule.js';
import type { Expect, RefSite } from './references.js';
import { describe, forEachReference } from './references.js';
import { graphOf } from './workflow-graph.js';

const WORDS: Record<Expect, [string, string]> = {
  party: ['team, role or group', 'a Teams document'],
  team: ['team', 'a Teams document (teams:)'],
  role: ['role', 'a Teams document (roles:)'],
  accountable: ['team or role', 'a Teams document'],
  channel: ['channel', 'a Channels document'],
  metric: ['metric', 'a Metrics document'],
  meeting: ['meeting', 'a Cadence document'],
  matrix: ['escalation matrix', 'an EscalationMatrix document'],
  node: ['step', 'the nodes of this workflow'],
};

/** The ids a site may name, when it names one that does not exist. */
function candidates(index: ModelIndex, site: RefSite): string[] {
  switch (site.expects) {
    case 'team':
      return [...index.teams.keys()];
    case 'role':
      return [...index.parties].filter(([, e]) => e.kind === 'role').map(([id]) => id);
    case 'accountable':
      return [...index.parties].filter(([, e]) => e.kind !== 'group').map(([id]) => id);
    case 'party':
      return [...index.parties.keys()];
    case 'channel':
      return [...index.channels.keys()];
    case 'metric':
      return [...index.metrics.keys()];
    case 'meeting':
      return [...index.meetings.keys()];
    case 'matrix':
      return [...index.matrices.keys()];
    case 'node':
      return site.workflow?.nodes.map((n) => n.id) ?? [];
  }
}

function exists(index: ModelIndex, id: string, expects: Expect, workflow: Workflow | undefined): boolean {
  switch (expects) {
    case 'party':
    case 'team':
    case 'role':
    case 'accountable':
      return index.parties.has(id);
    case 'channel':
      return index.channels.has(id);
    case 'metric':
      return index.metrics.has(id);
    case 'meeting':
      return index.meetings.has(id);
    case 'matrix':
      return index.matrices.has(id);
    case 'node':
      return workflow !== undefined && graphOf(workflow).nodes.has(id);
  }
}

/** Up to three ids that have `id` as one of their words. */
function containing(pool: readonly string[], id: string): string[] {
  return pool.filter((candidate) => candidate !== id && candidate.split(/[_-]/).includes(id)).slice(0, 3);
}

const STRICT: readonly Expect[] = ['team', 'role', 'accountable'];

/** Places named in a grouped message; the rest are counted. */
const PLACES_SHOWN = 3;

/** Sites that look an id up in the same table (team, role, group and holder references all do). */
function tableOf(site: RefSite): string {
  if (site.expects === 'node') return `node:${site.workflow?.id ?? ''}`;
  return ['party', 'team', 'role', 'accountable'].includes(site.expects) ? 'party' : site.expects;
}

/**
 * One finding an unknown id, at its first reference. A deleted team is one mistake with one fix;
 * a finding at each of its twenty references would bury it (and repeat a "did you mean" that fits
 * only some of them). The message counts the references and names the first few.
 */
export const refUnknown: Rule = {
  id: 'ref-unknown',
  severity: 'error',
  description:
    'A reference names a team, role, group, channel, metric, meeting, escalation matrix or step that no document declares.',
  check(ctx) {
    const groups = new Map<string, RefSite[]>();
    forEachReference(ctx.model, (ref, expects, label, of, workflow) => {
      if (exists(ctx.index, ref.id, expects, workflow)) return;
      // A reference that is not an id at all is the schema's finding (and may be huge: aliases
      // can repeat one long value a thousand times).
      if (ref.id.length > ID_MAX || !ID_PATTERN.test(ref.id)) return;
      const site: RefSite = { ref, expects, what: describe(label, of), ...(workflow ? { workflow } : {}) };
      const key = `${tableOf(site)}\u0000${ref.id}`;
      const group = groups.get(key);
      if (group) group.push(site);
      else groups.set(key, [site]);
    });
    // The ids the references of a group may name, and the search among them: made once for each
    // combination of kinds (and workflow), however many unknown ids share it.
    const pools = new Map<string, { pool: string[]; nearest: (id: string) => string[] }>();
    for (const sites of groups.values()) {
      const first = sites[0] as RefSite;
      const id = first.ref.id;
      // Only what fits every reference is worth suggesting.
      const kinds = [...new Set(sites.map((s) => s.expects))];
      const poolKey = `${[...kinds].sort().join(',')}\u0000${first.workflow?.id ?? ''}`;
      let entry = pools.get(poolKey);
      if (!entry) {
        const pool = kinds
          .map((expects) => candidates(ctx.index, { ...first, expects }))
          .reduce((a, b) => {
            const inB = new Set(b);
            return a.filter((x) => inB.has(x));
          })
          .sort();
        entry = { pool, nearest: nearestIn(pool) };
        pools.set(poolKey, entry);
      }
      const { pool } = entry;
      const options = [...entry.nearest(id)];
      // Too short for a spelling match ("qa"): the ids that hold it as a word ("qa_lead", "qa_engineer").
      if (options.length === 0) options.push(...containing(pool, id));
      const [word] = WORDS[kinds.length === 1 ? first.expects : 'party'];
      // Declared where the strictest reference looks: a team id for "the team of role x".
      const strictest = STRICT.find((k) => kinds.includes(k)) ?? first.expects;
      const [, where] = WORDS[strictest];
      let hint = didYouMean(options);
      if (!hint) {
        const shown = pool.slice(0, 8).map((x) => `"${x}"`);
        hint =
          pool.length === 0
            ? `; no ${word} is declared yet: declare it in ${where}`
            : `; declare it in ${where}, or use one of ${shown.join(', ')}${pool.length > 8 ? ', …' : ''}`;
      }
      const suggestion = options[0] !== undefined ? { suggestion: options[0] } : {};
      if (sites.length === 1) {
        ctx.report(first.ref.loc, `${first.what} is "${id}", but no ${word} has this id${hint}`, suggestion);
        continue;
      }
      const places = sites.slice(0, PLACES_SHOWN).map((s) => s.what);
      const more = sites.length - places.length;
      ctx.report(
        first.ref.loc,
        `"${id}" is not declared (no ${word} has this id); referenced ${sites.length} times: ${places.join('; ')}${more > 0 ? `; and ${more} more` : ''}${hint}`,
        suggestion,
      );
    }
  },
};
