import type { AreaAnswer } from './answers.js';
import type { AreaMatch } from './area-lookup.js';
import type { PathClaim } from './path-lookup.js';
import type { TeamAnswer } from './team-answer.js';
import type { UnownedReport } from './unowned.js';

/**
 * The output of `perfcoord who-owns --json`: one object, whose `kind` says
 * which question it answers.
 *
 *     { version: 1, kind: "area", query, incomplete, match, ambiguous, areas: AreaAnswer[], suggestions }
 *     { version: 1, kind: "path", query, incomplete, path, ambiguous, winners: PathClaim[], shadowed: PathClaim[], areas: AreaAnswer[] }
 *     { version: 1, kind: "team", query, incomplete, team: TeamAnswer | null, reason, suggestions }
 *     { version: 1, kind: "unowned", incomplete, gaps, areas, duties, paths }
 *
 * `incomplete` is true when the project has validation errors. Absent values
 * are null, never missing keys. Adding keys keeps version 1; renaming,
 * removing or retyping one makes it version 2.
 */
export type WhoOwnsJson = AreaJson | PathJson | TeamJson | UnownedJson;

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
  return report.areas.length + report.duties.length + report.paths.files.length;
}

/** Pretty JSON with a final newline, keys in the order the types declare them. */
export function toJson(value: WhoOwnsJson): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
