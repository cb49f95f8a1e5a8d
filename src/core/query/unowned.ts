import type { ModelIndex } from '../model/index-model.js';
import type { Duty, Model } from '../model/types.js';
import type { SourceRef } from './answer-parts.js';
import { holderRefs } from '../model/ownership.js';
import { sourceOf } from './parties.js';
import { findPathOwners, normalizePath } from './path-lookup.js';
import { compareStrings } from '../util/compare.js';

export interface UnownedArea {
  id: string;
  title: string;
  source: SourceRef;
  reason: string;
}

export interface UnheldDuty {
  /** "area" or "phase" (of a workflow). */
  in: 'area' | 'phase';
  /** The area id, or "workflow/phase". */
  owner: string;
  duty: string;
  source: SourceRef;
  reason: string;
}

export interface UnclaimedPaths {
  /** False when no area declares paths: the project does not map code to areas, so nothing is missing. */
  checked: boolean;
  /** How many files were looked at (after skipping perfcoord's own files and the docs folder). */
  considered: number;
  /** Project-relative paths no area's glob matches, sorted. */
  files: string[];
  /** Paths two or more areas claim with equally specific globs, so none owns them, sorted. */
  tied: { path: string; areas: string[] }[];
  /** True when the project has more files than perfcoord lists, so some were not looked at. */
  truncated: boolean;
}

export interface UnownedReport {
  areas: UnownedArea[];
  duties: UnheldDuty[];
  paths: UnclaimedPaths;
}

export interface UnownedInput {
  /** Files of the project, relative to its folder, "/" separators. */
  files: readonly string[];
  /** perfcoord's own documents (the project file, the loaded files), relative to the project folder. */
  ownFiles: ReadonlySet<string>;
  /** The rendered-docs folder, relative to the project folder. */
  docsOut?: string;
  /** True when `files` stops short of every file of the project. */
  truncated?: boolean;
}

const SKIPPED_SEGMENTS = new Set(['.git', 'node_modules']);

/** Whether a party id is declared as a team, role or group. */
const declared = (index: ModelIndex, id: string) => index.parties.has(id);

/**
 * The gaps: areas with no accountable owner, duties with no declared holder,
 * and code files no area's globs claim. Undeclared ids count as nobody,
 * since nobody answers to them.
 */
export function unownedReport(model: Model, index: ModelIndex, input: UnownedInput): UnownedReport {
  const areas: UnownedArea[] = [];
  const duties: UnheldDuty[] = [];
  for (const area of index.areas.values()) {
    const named = [
      ...area.owners.map((o) => o.team.id),
      ...area.duties.flatMap((d) => holderRefs(d.holder).map((r) => r.id)),
    ];
    if (!named.some((id) => declared(index, id))) {
      const unknown = [...new Set(named)];
      areas.push({
        id: area.id,
        title: area.title,
        source: sourceOf(area.loc, 'id'),
        reason:
          unknown.length === 0
            ? 'no owners and no duty with a holder'
            : `its owners and holders (${unknown.join(', ')}) are declared in no Teams document`,
      });
    }
    for (const duty of area.duties) {
      const reason = unheldReason(index, duty);
      if (reason) duties.push({ in: 'area', owner: area.id, duty: duty.name, source: sourceOf(duty.loc), reason });
    }
  }
  for (const workflow of index.workflows.values()) {
    for (const phase of workflow.phases) {
      for (const duty of phase.duties) {
        const reason = unheldReason(index, duty);
        if (reason) {
          duties.push({
            in: 'phase',
            owner: `${workflow.id}/${phase.id}`,
            duty: duty.name,
            source: sourceOf(duty.loc),
            reason,
          });
        }
      }
    }
  }
  return { areas, duties, paths: unclaimedPaths(model, index, input) };
}

function unheldReason(index: ModelIndex, duty: Duty): string | undefined {
  const ids = holderRefs(duty.holder).map((r) => r.id);
  if (ids.length === 0) return 'no holder';
  if (ids.some((id) => declared(index, id))) return undefined;
  return `held by ${ids.join(', ')}, declared in no Teams document`;
}

function unclaimedPaths(model: Model, index: ModelIndex, input: UnownedInput): UnclaimedPaths {
  const globs = model.areas.flatMap((a) => a.paths.map((p) => p.glob));
  if (globs.length === 0) return { checked: false, considered: 0, files: [], tied: [], truncated: false };
  const tied: UnclaimedPaths['tied'] = [];
  const docsOut = input.docsOut === undefined ? '' : normalizePath(input.docsOut);
  const files: string[] = [];
  let considered = 0;
  for (const raw of input.files) {
    const file = normalizePath(raw);
    if (file === '' || input.ownFiles.has(file)) continue;
    if (file.split('/').some((s) => SKIPPED_SEGMENTS.has(s))) continue;
    if (docsOut !== '' && (file === docsOut || file.startsWith(`${docsOut}/`))) continue;
    considered++;
    const lookup = findPathOwners(index, file, model.unownedPaths);
    if (lookup.ambiguous) tied.push({ path: file, areas: lookup.winners.map((w) => w.area) });
    else if (lookup.winners.length === 0 && !lookup.unowned) files.push(file);
  }
  files.sort(compareStrings);
  tied.sort((a, b) => compareStrings(a.path, b.path));
  return { checked: true, considered, files: [...new Set(files)], tied, truncated: input.truncated ?? false };
}
