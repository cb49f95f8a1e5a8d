import type { ModelIndex } from '../../model/index-model.js';
import { ID_MAX, ID_PATTERN } from '../../util/ids.js';
import { didYouMean, nearestIn } from '../../util/suggest.js';
import type { Rule } from '../rule.js';
import type { Expect, RefSite } from './references.js';
import { referenceSites } from './references.js';

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

function exists(index: ModelIndex, site: RefSite): boolean {
  const id = site.ref.id;
  switch (site.expects) {
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
      return site.workflow?.nodes.some((n) => n.id === id) ?? false;
  }
}

/** Up to three ids that have `id` as one of their words. */
function containing(pool: readonly string[], id: string): string[] {
  return pool.filter((candidate) => candidate !== id && candidate.split(/[_-]/).includes(id)).slice(0, 3);
}

export const refUnknown: Rule = {
  id: 'ref-unknown',
  severity: 'error',
  description:
    'A reference names a team, role, group, channel, metric, meeting, escalation matrix or step that no document declares.',
  check(ctx) {
    const pools = new Map<string, { ids: string[]; near: (id: string) => string[] }>();
    for (const site of referenceSites(ctx.model)) {
      // A reference that is not an id at all is the schema's finding (and may be huge: aliases
      // can repeat one long value a thousand times).
      if (exists(ctx.index, site)) continue;
      if (site.ref.id.length > ID_MAX || !ID_PATTERN.test(site.ref.id)) continue;
      const [word, where] = WORDS[site.expects];
      const key = site.expects === 'node' ? `node:${site.workflow?.id ?? ''}` : site.expects;
      let entry = pools.get(key);
      if (!entry) {
        const ids = candidates(ctx.index, site).sort();
        entry = { ids, near: nearestIn(ids) };
        pools.set(key, entry);
      }
      const pool = entry.ids;
      const options = [...entry.near(site.ref.id)];
      // Too short for a spelling match ("qa"): the ids that hold it as a word ("qa_lead", "qa_engineer").
      if (options.length === 0) options.push(...containing(pool, site.ref.id));
      let hint = didYouMean(options);
      if (!hint) {
        const shown = pool.slice(0, 8).map((id) => `"${id}"`);
        hint =
          pool.length === 0
            ? `; no ${word} is declared yet: declare it in ${where}`
            : `; declare it in ${where}, or use one of ${shown.join(', ')}${pool.length > 8 ? ', …' : ''}`;
      }
      ctx.report(site.ref.loc, `${site.what} is "${site.ref.id}", but no ${word} has this id${hint}`, {
        ...(options[0] !== undefined ? { suggestion: options[0] } : {}),
      });
    }
  },
};
