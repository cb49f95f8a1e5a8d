import type { ModelIndex } from '../model/index-model.js';
import type { Model } from '../model/types.js';
import { describeArea } from './area-answer.js';
import { findAreas } from './area-lookup.js';
import { findPathOwners, nearbyClaims } from './path-lookup.js';
import { describeTeam } from './team-answer.js';
import { resolveTeam } from './team-lookup.js';
import { unownedReport } from './unowned.js';
import type { UnownedInput, UnownedReport } from './unowned.js';
import type { AreaAnswer } from './answer-parts.js';
import type { AreaMatch } from './area-lookup.js';
import type { PathClaim } from './path-lookup.js';
import type { TeamAnswer } from './team-answer.js';

/**
 * The output of `perfcoord who-owns --json`: one object, whose `kind` says
 * which question it answers.
 *
 *     { version: 1, kind: "area", query, incomplete, match, ambiguous, areas: AreaAnswer[], suggestions }
 *     { version: 1, kind: "path", query, incomplete, path, ambiguous, winners: PathClaim[], shadowed: PathClaim[], areas: AreaAnswer[], nearby: PathClaim[] }
 *     { version: 1, kind: "paths", incomplete, paths: PathResult[], unclaimed: string[], areas: AreaAnswer[] }
 *     { version: 1, kind: "team", query, incomplete, team: TeamAnswer | null, reason, suggestions }
 *     { version: 1, kind: "unowned", incomplete, gaps, areas, duties, paths }
 *
 * `incomplete` is true when the project has validation errors. Absent values
 * are null, never missing keys. Adding keys keeps version 1; renaming,
 * removing or retyping one makes it version 2.
 */
export type WhoOwnsJson = AreaJson | PathJson | PathsJson | TeamJson | UnownedJson;

interface Envelope {
  version: 1;
  incomplete: boolean;
}

export interface AreaJson extends Envelope {
  kind: 'area';
  query: string;
  /** How the areas were found; null when none were. */
  match: AreaMatch | null;
  ambiguous: boolean;
  areas: AreaAnswer[];
  /** Nearest area ids when nothing matched. */
  suggestions: string[];
}

export interface PathJson extends Envelope {
  kind: 'path';
  query: string;
  /** The path relative to the project folder. */
  path: string;
  ambiguous: boolean;
  winners: PathClaim[];
  shadowed: PathClaim[];
  /** The winning areas, described in full. */
  areas: AreaAnswer[];
  /** When no area claims the path: areas whose patterns start in the folders nearest to it. */
  nearby: PathClaim[];
  /** Present when an `unowned:` pattern leaves the path to nobody on purpose. */
  unowned?: { pattern: string; specificity: [number, number] };
}

/** One path of several asked at once: which areas claim it, without the areas in full. */
export interface PathResult {
  query: string;
  path: string;
  ambiguous: boolean;
  winners: PathClaim[];
  shadowed: PathClaim[];
  nearby: PathClaim[];
  unowned?: { pattern: string; specificity: [number, number] };
}

/** Several paths asked at once (`who-owns $(git diff --name-only)`). */
export interface PathsJson extends Envelope {
  kind: 'paths';
  /** Every path, in the order asked, each once. */
  paths: PathResult[];
  /** The paths no area claims. */
  unclaimed: string[];
  /** Every area that wins at least one path, described once, in order of first win. */
  areas: AreaAnswer[];
}

export interface TeamJson extends Envelope {
  kind: 'team';
  query: string;
  team: TeamAnswer | null;
  /** Why no team was found; null when one was. */
  reason: string | null;
  suggestions: string[];
}

export interface UnownedJson extends Envelope, UnownedReport {
  kind: 'unowned';
  /** How many gaps: unowned areas, unheld duties and unclaimed files. */
  gaps: number;
}

/** Gaps in an unowned report; the command exits 1 when there are any. */
export function countGaps(report: UnownedReport): number {
  return report.areas.length + report.duties.length + report.paths.files.length + report.paths.tied.length;
}

/** Pretty JSON with a final newline, keys in the order the types declare them. */
export function toJson(value: WhoOwnsJson): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

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
