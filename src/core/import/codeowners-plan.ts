/**
 * From CODEOWNERS rules (last match wins) to areas (most specific match
 * wins) that give every path the owners GitHub gives it: lines a later,
 * broader line always overrides are dropped, and where a later line
 * overrides an earlier one only in part, the project's files caught in
 * between are claimed by exact path. Every such change is reported.
 */
import { compareSpecificity, globKey, globOf, isGlobError, literalPrefix, witness } from '../util/glob.js';
import type { Glob } from '../util/glob.js';
import type { CodeownersRule, ImportFinding } from './codeowners-parse.js';

export interface PlannedPattern {
  /** The perfcoord pattern (relative to the project folder). */
  glob: string;
  /** The CODEOWNERS line it comes from; 0 for an exact path added to keep GitHub's answer. */
  line: number;
}

export interface OwnerGroup {
  /** Owners as written, in the order of their first line. */
  owners: string[];
  patterns: PlannedPattern[];
}

export interface ImportPlan {
  /** One group per distinct owner set, in the order of first appearance; the empty set is the unowned list. */
  groups: OwnerGroup[];
  findings: ImportFinding[];
}

interface Entry {
  rule: CodeownersRule;
  glob: Glob;
  key: string;
  ownersKey: string;
  dropped: boolean;
  /** A path it matches, and "everything below" folder: worked out once, used in every pair. */
  witness: string;
  below: string | undefined;
  prefix: string;
}

/** "Everything below D" (or everything): the folder, or "" for the whole project. */
function everythingBelow(g: Glob): string | undefined {
  const segs = g.segments;
  const last = segs[segs.length - 1];
  const literal = (s: (typeof segs)[number]) => !s.globstar && s.tokens.every((t) => 'lit' in t);
  // "*" alone is GitHub's "every file"; "**" too.
  if (segs.length === 1 && last && !g.folderOnly) {
    if (last.globstar) return '';
    if (!g.anchored && last.tokens.length === 1 && 'star' in (last.tokens[0] ?? {})) return '';
  }
  if (!g.anchored) return undefined;
  const body = g.folderOnly ? segs : last?.globstar ? segs.slice(0, -1) : undefined;
  if (!body?.every(literal)) return undefined;
  return body.map((s) => (s.globstar ? '' : s.tokens.map((t) => ('lit' in t ? t.lit : '')).join(''))).join('/');
}

const within = (folder: string, prefix: string) =>
  folder === '' || prefix === folder || prefix.startsWith(`${folder}/`);

/**
 * The most specific entry matching the path; among equals, the one whose owner set
 * (area) comes first, as export codeowners resolves a tie.
 */
function perfcoordAnswer(
  entries: readonly Entry[],
  file: string,
  rank: ReadonlyMap<string, number>,
): Entry | undefined {
  let best: Entry | undefined;
  for (const e of entries) {
    if (e.dropped || !e.glob.match(file)) continue;
    const cmp = best ? compareSpecificity(e.glob.specificity, best.glob.specificity) : 1;
    if (!best || cmp > 0 || (cmp === 0 && (rank.get(e.ownersKey) ?? 0) < (rank.get(best.ownersKey) ?? 0))) best = e;
  }
  return best;
}

function githubAnswer(entries: readonly Entry[], file: string): Entry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]?.glob.match(file)) return entries[i];
  return undefined;
}

/**
 * `rules` in file order; `files` the project's files (relative to its folder)
 * on which a partial override is turned into exact paths.
 */
export function planImport(rules: readonly CodeownersRule[], files: readonly string[]): ImportPlan {
  const findings: ImportFinding[] = [];
  const entries: Entry[] = rules.map((rule) => ({
    rule,
    glob: rule.glob,
    key: globKey(rule.glob.source),
    ownersKey: rule.owners.join(' '),
    dropped: false,
    witness: witness(rule.glob.source),
    below: everythingBelow(rule.glob),
    prefix: literalPrefix(rule.glob.source),
  }));
  const byPrefix = new Map<string, Entry[]>();
  for (const e of entries) {
    const p = e.prefix;
    const list = byPrefix.get(p);
    if (list) list.push(e);
    else byPrefix.set(p, [e]);
  }
  const order = new Map(entries.map((e, i) => [e, i]));
  const partial = new Map<Entry, { by: Entry; at: string }>();
  // A later line at most as specific as an earlier one, with other owners, decides where both match.
  for (const [i, e] of entries.entries()) {
    const prefix = e.prefix;
    const parts = prefix === '' ? [] : prefix.split('/');
    for (let n = 0; n <= parts.length && !e.dropped; n++) {
      for (const later of byPrefix.get(parts.slice(0, n).join('/')) ?? []) {
        if ((order.get(later) ?? 0) <= i || later.ownersKey === e.ownersKey) continue;
        if (compareSpecificity(later.glob.specificity, e.glob.specificity) > 0) continue;
        const below = later.below;
        if (later.key === e.key || (below !== undefined && within(below, e.glob.anchored ? prefix : ''))) {
          e.dropped = true;
          findings.push({
            line: e.rule.line,
            col: 1,
            message: `"${e.rule.pattern}" never applies: line ${later.rule.line} ("${later.rule.pattern}") comes later and matches every path it does; dropped`,
          });
          break;
        }
        if (partial.has(e)) continue;
        const at = later.glob.match(e.witness) ? e.witness : e.glob.match(later.witness) ? later.witness : undefined;
        if (at !== undefined) partial.set(e, { by: later, at });
      }
    }
  }
  // Partial overrides: the files whose owners would change are claimed by exact path.
  const rank = new Map<string, number>();
  for (const e of entries) if (!rank.has(e.ownersKey)) rank.set(e.ownersKey, rank.size);
  const exact = new Map<Entry, string[]>();
  const overridden = new Map<Entry, { by: Entry; count: number }>();
  for (const file of files) {
    const github = githubAnswer(entries, file);
    const ours = perfcoordAnswer(entries, file, rank);
    if (!github || !ours || github.ownersKey === ours.ownersKey) continue;
    const list = exact.get(github) ?? [];
    list.push(file);
    exact.set(github, list);
    const seen = overridden.get(ours);
    if (seen) seen.count++;
    else overridden.set(ours, { by: github, count: 1 });
  }
  for (const [e, { by, count }] of overridden) {
    findings.push({
      line: e.rule.line,
      col: 1,
      message: `line ${by.rule.line} ("${by.rule.pattern}") comes later and overrides "${e.rule.pattern}" for ${count} ${count === 1 ? 'file' : 'files'} perfcoord would give to this line (more specific); ${count === 1 ? 'it is' : 'they are'} claimed by exact path for line ${by.rule.line}'s owners`,
    });
  }

  // Overridden in part where no file is now: said, so that a file added there later is no surprise.
  for (const [e, { by, at }] of partial) {
    if (e.dropped || overridden.has(e)) continue;
    findings.push({
      line: e.rule.line,
      col: 1,
      message: `line ${by.rule.line} ("${by.rule.pattern}") comes later and overrides "${e.rule.pattern}" where both match (e.g. "${at}"); no file is there now, so perfcoord keeps this line's owners there (more specific): claim such files by exact path if GitHub's answer matters`,
    });
  }

  const groups = new Map<string, OwnerGroup>();
  const group = (e: Entry) => {
    let g = groups.get(e.ownersKey);
    if (!g) groups.set(e.ownersKey, (g = { owners: e.rule.owners, patterns: [] }));
    return g;
  };
  const taken = new Set<string>();
  for (const e of entries) {
    if (e.dropped || taken.has(`${e.key}\0${e.ownersKey}`)) continue;
    taken.add(`${e.key}\0${e.ownersKey}`);
    group(e).patterns.push({ glob: e.glob.source, line: e.rule.line });
  }
  const exactOwner = new Map<string, string>();
  for (const [e, list] of exact) {
    const g = group(e);
    for (const file of list) {
      const glob = `/${file.replace(/[\\*?[\]{}!#\s]/g, '\\$&')}`;
      const parsed = globOf(glob);
      if (isGlobError(parsed)) continue;
      g.patterns.push({ glob, line: 0 });
      exactOwner.set(globKey(glob), e.ownersKey);
    }
  }
  // The same exact path kept for other owners would tie with the one just added: it is a file, so it
  // claims nothing else, and GitHub gives it to the later line.
  for (const [key, g] of groups) {
    g.patterns = g.patterns.filter((p) => p.line === 0 || (exactOwner.get(globKey(p.glob)) ?? key) === key);
  }
  return { groups: [...groups.values()].filter((g) => g.patterns.length > 0), findings };
}
