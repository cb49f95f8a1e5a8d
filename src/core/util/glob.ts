/**
 * Questions asked of path globs by text, each answered once per distinct
 * pattern: who-owns, validate, export and import codeowners share the parse
 * (glob-parse.ts), so that they can never disagree.
 */
import type { Glob, GlobError, Segment, Token } from './glob-parse.js';
import { effectiveSegments, isGlobError, parseGlob } from './glob-parse.js';

export type { Glob, GlobError, Segment } from './glob-parse.js';
export { isGlobError, parseGlob } from './glob-parse.js';

const parsed = new Map<string, Glob | GlobError>();

/** Parsed once per distinct pattern text: a model may repeat its globs thousands of times. */
export function globOf(source: string): Glob | GlobError {
  let g = parsed.get(source);
  if (!g) {
    g = parseGlob(source);
    parsed.set(source, g);
  }
  return g;
}

/** A matcher; a pattern CODEOWNERS cannot express (reported by validate) matches nothing. */
export function globMatcher(source: string): (path: string) => boolean {
  const g = globOf(source);
  return isGlobError(g) ? () => false : g.match;
}

export function specificity(source: string): [number, number] {
  const g = globOf(source);
  return isGlobError(g) ? [0, 0] : g.specificity;
}

export function compareSpecificity(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** The folder part before the first wildcard: globs can overlap only along it. */
export function literalPrefix(source: string): string {
  const g = globOf(source);
  // An unanchored pattern starts with "**": no literal folder.
  if (isGlobError(g) || !g.anchored) return '';
  const segs = g.segments;
  // The last segment is a name, not a folder, unless "**" follows it (a trailing "/").
  const folders = g.folderOnly && !segs[segs.length - 1]?.globstar ? segs.length : segs.length - 1;
  let out = '';
  for (let i = 0; i < folders; i++) {
    const seg = segs[i] as Segment;
    if (seg.globstar || seg.tokens.length !== 1) break;
    const token = seg.tokens[0] as Token;
    if (!('lit' in token)) break;
    out = i === 0 ? token.lit : `${out}/${token.lit}`;
  }
  return out;
}

const witnesses = new Map<string, string>();

/** A path the glob matches, for testing whether two globs overlap. */
export function witness(source: string): string {
  let w = witnesses.get(source);
  if (w === undefined) {
    w = witnessOf(source);
    witnesses.set(source, w);
  }
  return w;
}

function witnessOf(source: string): string {
  const g = globOf(source);
  if (isGlobError(g)) return '';
  return effectiveSegments(g)
    .map((seg) => (seg.globstar ? 'w' : seg.tokens.map((t) => ('lit' in t ? t.lit : 'w')).join('')))
    .join('/');
}

/** Two spellings of one pattern ("src/db/" and "/src/db/**") compare equal by this key. */
export function globKey(source: string): string {
  const g = globOf(source);
  return isGlobError(g) ? source : codeownersPattern(g, '');
}

const CODEOWNERS_SPECIAL = /[\\*?\s#[\]{}!]/gu;

/**
 * The pattern as a CODEOWNERS line writes it, below `prefix` (the project
 * folder relative to the repository root, "" at the root). Always anchored,
 * so that it claims nothing outside the project folder.
 */
export function codeownersPattern(glob: Glob, prefix: string): string {
  const segs = [...glob.segments];
  if (!glob.anchored && !segs[0]?.globstar) segs.unshift({ globstar: true });
  const body = segs
    .map((seg) =>
      seg.globstar
        ? '**'
        : seg.tokens
            .map((t) => ('lit' in t ? t.lit.replace(CODEOWNERS_SPECIAL, '\\$&') : 'star' in t ? '*' : '?'))
            .join(''),
    )
    .join('/');
  const root = prefix === '' ? '' : `/${prefix}`;
  // "**" alone right at the root is GitHub's "*": every file.
  if (root === '' && body === '**' && !glob.folderOnly) return '*';
  return `${root}/${body}${glob.folderOnly ? '/' : ''}`;
}
