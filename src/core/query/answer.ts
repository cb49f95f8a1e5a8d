import type { ModelIndex } from '../model/index-model.js';
import type { Model } from '../model/types.js';
import { describeArea } from './area-answer.js';
import { findAreas } from './area-lookup.js';
import { countGaps } from './json.js';
import type { AreaJson, PathJson, TeamJson, UnownedJson } from './json.js';
import { findPathOwners } from './path-lookup.js';
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

/** `relPath` is relative to the project folder, with "/" separators. */
export function answerPath(
  model: Model,
  index: ModelIndex,
  query: string,
  relPath: string,
  incomplete: boolean,
): PathJson {
  const lookup = findPathOwners(index, relPath);
  const areas = lookup.winners.flatMap((w) => {
    const area = index.areas.get(w.area);
    return area ? [describeArea(model, index, area)] : [];
  });
  return {
    version: 1,
    kind: 'path',
    query,
    incomplete,
    path: lookup.path,
    ambiguous: lookup.ambiguous,
    winners: lookup.winners,
    shadowed: lookup.shadowed,
    areas,
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
