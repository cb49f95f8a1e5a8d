import type { ModelIndex } from '../model/index-model.js';
import type { Model } from '../model/types.js';
import { describeArea } from './area-answer.js';
import { findAreas } from './area-lookup.js';
import { countGaps } from './json.js';
import type { AreaJson, PathJson, PathResult, PathsJson, TeamJson, UnownedJson } from './json.js';
import { findPathOwners, nearbyClaims } from './path-lookup.js';
import { describeTeam } from './team-answer.js';
import { resolveTeam } from './team-lookup.js';
import { unownedReport } from './unowned.js';
import type { UnownedInput } from './unowned.js';

/** The answers of who-owns, as the JSON shape (version 1) that --json prints and the API returns. */

export function answerArea(model: Model, index: ModelIndex, query: string, incomplete: boolean): AreaJson {
  const lookup = findAreas(index, query);
  const areas = lookup.areas.map((a) => describeArea(model, index, a));
  return {
    version: 1,
    kind: 'area',
    query,
    incomplete,
    match: lookup.match,
    ambiguous: areas.length > 1,
    areas,
    suggestions: lookup.suggestions,
  };
}

function pathResult(model: Model, index: ModelIndex, query: string, relPath: string): PathResult {
  const lookup = findPathOwners(index, relPath, model.unownedPaths);
  return {
    query,
    path: lookup.path,
    ambiguous: lookup.ambiguous,
    winners: lookup.winners,
    shadowed: lookup.shadowed,
    nearby: lookup.winners.length === 0 && !lookup.unowned ? nearbyClaims(index, lookup.path) : [],
    ...(lookup.unowned ? { unowned: lookup.unowned } : {}),
  };
}

function describeWinners(model: Model, index: ModelIndex, results: readonly PathResult[]) {
  const seen = new Set<string>();
  return results.flatMap((r) =>
    r.winners.flatMap((w) => {
      const area = index.areas.get(w.area);
      if (!area || seen.has(area.id)) return [];
      seen.add(area.id);
      return [describeArea(model, index, area)];
    }),
  );
}

/** `relPath` is relative to the project folder, with "/" separators. */
export function answerPath(
  model: Model,
  index: ModelIndex,
  query: string,
  relPath: string,
  incomplete: boolean,
): PathJson {
  const r = pathResult(model, index, query, relPath);
  return {
    version: 1,
    kind: 'path',
    query,
    incomplete,
    path: r.path,
    ambiguous: r.ambiguous,
    winners: r.winners,
    shadowed: r.shadowed,
    areas: describeWinners(model, index, [r]),
    nearby: r.nearby,
    ...(r.unowned ? { unowned: r.unowned } : {}),
  };
}

/** Several paths: `paths` pairs each query with its path relative to the project folder. */
export function answerPaths(
  model: Model,
  index: ModelIndex,
  paths: readonly { query: string; relPath: string }[],
  incomplete: boolean,
): PathsJson {
  const seen = new Set<string>();
  const results: PathResult[] = [];
  for (const p of paths) {
    const r = pathResult(model, index, p.query, p.relPath);
    if (seen.has(r.path)) continue;
    seen.add(r.path);
    results.push(r);
  }
  return {
    version: 1,
    kind: 'paths',
    incomplete,
    paths: results,
    unclaimed: results.filter((r) => r.winners.length === 0 && !r.unowned).map((r) => r.path),
    areas: describeWinners(model, index, results),
  };
}

export function answerTeam(model: Model, index: ModelIndex, query: string, incomplete: boolean): TeamJson {
  const found = resolveTeam(index, query);
  if (found.team === null) {
    return {
      version: 1,
      kind: 'team',
      query,
      incomplete,
      team: null,
      reason: found.reason,
      suggestions: found.suggestions,
    };
  }
  return {
    version: 1,
    kind: 'team',
    query,
    incomplete,
    team: describeTeam(model, index, found.team, found.via),
    reason: null,
    suggestions: [],
  };
}

export function answerUnowned(model: Model, index: ModelIndex, input: UnownedInput, incomplete: boolean): UnownedJson {
  const report = unownedReport(model, index, input);
  return { version: 1, kind: 'unowned', incomplete, gaps: countGaps(report), ...report };
}
