import type { ModelIndex } from '../model/index-model.js';
import type { Area } from '../model/types.js';
import { editDistance, nearest } from '../util/suggest.js';

/** How a query found its areas: the exact id, the id or title in another spelling, or words of them. */
export type AreaMatch = 'id' | 'normalized' | 'words';

export interface AreaLookup {
  match: AreaMatch | null;
  /** In declaration order; more than one when the query is ambiguous. */
  areas: Area[];
  /** Area ids close to the query, when nothing matched. */
  suggestions: string[];
}

const MAX_SUGGESTIONS = 5;
/** Shorter query words must match a whole word; "perf" may stand for "performance", "pe" may not. */
const MIN_PREFIX = 3;

/** Lowercase words of letters and digits: "API performance", "api-performance" and "API_Performance" alike. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function matchesWord(wanted: string, available: readonly string[]): boolean {
  return available.some((w) => w === wanted || (wanted.length >= MIN_PREFIX && w.startsWith(wanted)));
}

/**
 * Finds the areas a query names, trying the strictest reading first: the
 * exact id; then the id or the title with case, "_", "-" and spaces alike;
 * then every word of the query found among the words of the id or title.
 * Each step that finds anything decides, so a precise query never turns
 * ambiguous because its words also occur elsewhere.
 */
export function findAreas(index: ModelIndex, query: string): AreaLookup {
  const q = query.trim();
  const all = [...index.areas.values()];
  const exact = index.areas.get(q);
  if (exact) return { match: 'id', areas: [exact], suggestions: [] };

  const key = words(q).join('_');
  if (key === '') return { match: null, areas: [], suggestions: [] };
  const normalized = all.filter((a) => words(a.id).join('_') === key || words(a.title).join('_') === key);
  if (normalized.length > 0) return { match: 'normalized', areas: normalized, suggestions: [] };

  const wanted = words(q);
  const vocabulary = new Map(all.map((a) => [a, [...words(a.id), ...words(a.title)]]));
  const byWords = all.filter((a) => wanted.every((w) => matchesWord(w, vocabulary.get(a) ?? [])));
  if (byWords.length > 0) return { match: 'words', areas: byWords, suggestions: [] };

  return { match: null, areas: [], suggestions: suggestAreas(all, q, wanted, vocabulary) };
}

/**
 * Near misses by spelling of the whole id or title; then areas whose words
 * each come close to a word of the query ("databse" → database_optimization);
 * then areas whose owners' responsibilities, tasks or duties hold the words
 * ("caching", "load testing", "setup"); failing all, the areas sharing the
 * most words with the query. One tier only: a common word such as
 * "performance" would bury the one near miss that was meant.
 */
function suggestAreas(
  all: readonly Area[],
  query: string,
  wanted: readonly string[],
  vocabulary: Map<Area, string[]>,
): string[] {
  const byTitle = new Map<string, string>();
  for (const a of all) if (!byTitle.has(a.title)) byTitle.set(a.title, a.id);
  const ids = new Set(all.map((a) => a.id));
  // A candidate is an id or a title; a title stands for its area's id.
  const spelled = nearest(query, [...ids, ...byTitle.keys()], MAX_SUGGESTIONS).map((c) =>
    ids.has(c) ? c : (byTitle.get(c) ?? c),
  );
  if (spelled.length > 0) return [...new Set(spelled)];

  const first = (areas: readonly Area[]) => areas.slice(0, MAX_SUGGESTIONS).map((a) => a.id);
  const nearWords = all.filter((a) => wanted.every((w) => nearWord(w, vocabulary.get(a) ?? [])));
  if (nearWords.length > 0) return first(nearWords);

  const held = all.filter((a) => {
    const text = words(
      [
        ...a.owners.flatMap((o) => [o.responsibility ?? '', ...o.tasks]),
        ...a.duties.map((d) => d.name),
        a.description ?? '',
      ].join(' '),
    );
    return wanted.every((w) => matchesWord(w, text) || nearWord(w, text));
  });
  if (held.length > 0) return first(held);

  return all
    .map((a, order) => ({ a, order, hits: wanted.filter((w) => matchesWord(w, vocabulary.get(a) ?? [])).length }))
    .filter((s) => s.hits > 0)
    .sort((x, y) => y.hits - x.hits || x.order - y.order)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.a.id);
}

/** A word one typo away from one of `available` (two for long words); short words must be exact. */
function nearWord(wanted: string, available: readonly string[]): boolean {
  if (wanted.length < 4) return available.includes(wanted);
  const max = wanted.length >= 8 ? 2 : 1;
  return available.some((w) => matchesWord(wanted, [w]) || editDistance(wanted, w, max) <= max);
}
