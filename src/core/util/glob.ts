/**
 * Path globs as areas claim code paths with them: GitHub's CODEOWNERS rules
 * (gitignore patterns without "!" and "[ ]"). One parse gives the matcher,
 * the specificity, the literal prefix and the CODEOWNERS spelling, so that
 * who-owns, validate and export codeowners can never disagree.
 */

type Token = { lit: string } | { star: true } | { any: true };

/** One path segment of a pattern: "**", or a run of literal text and wildcards. */
export type Segment = { globstar: true } | { globstar: false; tokens: Token[] };

export interface Glob {
  source: string;
  /** Matches from the project folder only (a leading or middle "/"); else at any depth. */
  anchored: boolean;
  /** A trailing "/": matches a folder and what is in it, never a file of that name. */
  folderOnly: boolean;
  /** The segments as written, without the implied leading or trailing "**". */
  segments: Segment[];
  /** [literal segments, literal characters]: larger wins, segments first. */
  specificity: [number, number];
  match: (path: string) => boolean;
}

export interface GlobError {
  source: string;
  error: string;
}

const WHOLE_FOLDER = /^\s*\.?\/\s*$/;

/** A pattern with no escape, range or braces: its segments split at "/" and at the wildcards. */
const PLAIN = /^[^\\[\]{}]*$/;

function plainTokens(segment: string): Token[] {
  // Array literals, or a copy at the exact length: a parsed glob is kept for the whole run, and an
  // array grown by push keeps room for 16 more.
  if (segment.indexOf('*') === -1 && segment.indexOf('?') === -1) return segment === '' ? [] : [{ lit: segment }];
  const tokens: Token[] = [];
  let from = 0; // where the current literal run starts
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if (c !== 42 && c !== 63) continue; // * ?
    if (i > from) tokens.push({ lit: segment.slice(from, i) });
    tokens.push(c === 42 ? { star: true } : { any: true });
    from = i + 1;
  }
  if (segment.length > from) tokens.push({ lit: segment.slice(from) });
  return tokens.slice();
}

const plainSegments = new Map<string, Token[]>();

/**
 * A plain segment's tokens, shared by every glob that has the segment ("src", "**"): never changed
 * once made, and a model repeats most of its folder names thousands of times.
 */
function tokensOf(segment: string): Token[] {
  let tokens = plainSegments.get(segment);
  if (!tokens) {
    tokens = plainTokens(segment);
    plainSegments.set(segment, tokens);
  }
  return tokens;
}

const GLOBSTAR: Segment = { globstar: true };

const fail = (source: string, error: string): GlobError => ({ source, error });

/** The matcher of a parsed glob, its expression compiled when first used. */
function matcherOf(glob: Glob): (path: string) => boolean {
  // Every literal run must appear in a path the glob matches: a search for the longest turns most
  // paths away before the expression runs (import compares thousands of globs pairwise).
  let needle = '';
  for (const seg of glob.segments)
    if (!seg.globstar) for (const t of seg.tokens) if ('lit' in t && t.lit.length > needle.length) needle = t.lit;
  let regex: RegExp | undefined;
  return (path) => path.includes(needle) && (regex ??= new RegExp(regexOf(glob), 'u')).test(path);
}

/** Why a glob cannot be written in CODEOWNERS, or its parsed form. */
export function parseGlob(source: string): Glob | GlobError {
  let text = source.trim();
  if (text === '') return fail(source, 'the pattern is empty');
  // "/" and "./" alone: the whole project folder, as perfcoord has always read them.
  if (WHOLE_FOLDER.test(text)) text = '/**';
  else if (text.startsWith('./')) text = text.slice(1);
  if (text.startsWith('!'))
    return fail(source, '"!" (negation) cannot be expressed in CODEOWNERS; claim the paths the area does own instead');
  if (text.startsWith('#'))
    return fail(source, 'a pattern starting with "#" is a comment in CODEOWNERS; start it with "/" or "**/" instead');
  let raw: Token[][];
  if (PLAIN.test(text)) raw = text.split('/').map(tokensOf);
  else {
    raw = [[]];
    let escaped = false;
    for (const ch of text) {
      const current = raw[raw.length - 1] ?? [];
      // Literal text is kept in runs, one token each (a token a character made parsing thousands of globs slow).
      const literal = (c: string) => {
        const last = current[current.length - 1];
        if (last && 'lit' in last) last.lit += c;
        else current.push({ lit: c });
      };
      if (escaped) {
        literal(ch);
        escaped = false;
      } else if (ch === '\\') escaped = true;
      else if (ch === '/') raw.push([]);
      else if (ch === '*') current.push({ star: true });
      else if (ch === '?') current.push({ any: true });
      else if (ch === '[' || ch === ']')
        return fail(
          source,
          '"[ ]" character ranges do not work in CODEOWNERS; write each name, or escape a literal bracket as "\\["',
        );
      else if (ch === '{' || ch === '}')
        return fail(source, '"{a,b}" alternatives do not work in CODEOWNERS; write one pattern for each alternative');
      else literal(ch);
    }
    if (escaped) return fail(source, 'the pattern ends with a lone "\\"; escape a backslash as "\\\\"');
  }
  const leadingSlash = raw.length > 1 && (raw[0]?.length ?? 0) === 0;
  const trailingSlash = raw.length > 1 && (raw[raw.length - 1]?.length ?? 0) === 0;
  const parts = raw.filter((t) => t.length > 0);
  if (parts.length === 0) return fail(source, 'the pattern names no path');
  const segments: Segment[] = [];
  for (const tokens of parts) {
    let stars = 0;
    for (const t of tokens) if ('star' in t) stars++;
    if (tokens.length === 2 && stars === 2) {
      // "**/**" is one "**".
      if (!segments[segments.length - 1]?.globstar) segments.push(GLOBSTAR);
    } else if (stars >= 3 && /\*\*\*/.test(tokens.map((t) => ('star' in t ? '*' : '.')).join('')))
      return fail(source, '"***" means nothing in CODEOWNERS; use "**" for any folders or "*" within a name');
    else segments.push({ globstar: false, tokens });
  }
  const anchored = leadingSlash || parts.length > 1;
  const glob: Glob = {
    source,
    anchored,
    folderOnly: trailingSlash,
    segments: segments.slice(),
    specificity: specificityOf(segments),
    match: () => false,
  };
  // Compiled when first used: validate parses every glob of a model but matches few of them.
  glob.match = matcherOf(glob);
  return glob;
}

export function isGlobError(g: Glob | GlobError): g is GlobError {
  return 'error' in g;
}

function specificityOf(segments: readonly Segment[]): [number, number] {
  let literalSegments = 0;
  let literalChars = 0;
  for (const seg of segments) {
    if (seg.globstar) continue;
    let literal = true;
    for (const t of seg.tokens) {
      if ('lit' in t) literalChars += t.lit.length;
      else literal = false;
    }
    if (literal) literalSegments++;
  }
  return [literalSegments, literalChars];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The segments matching is done with: an unanchored pattern starts with "**", a folder ends with it. */
function effectiveSegments(glob: Glob): Segment[] {
  const segs = [...glob.segments];
  if (!glob.anchored && !segs[0]?.globstar) segs.unshift({ globstar: true });
  if (glob.folderOnly && !segs[segs.length - 1]?.globstar) segs.push({ globstar: true });
  return segs;
}

function regexOf(glob: Glob): string {
  const segs = effectiveSegments(glob);
  let out = '^';
  segs.forEach((seg, i) => {
    const first = i === 0;
    const last = i === segs.length - 1;
    if (seg.globstar) {
      out += first ? (last ? '.+' : '(?:[^/]+/)*') : last ? '/.+' : '(?:/[^/]+)*';
      return;
    }
    // A leading "**" carries its own slash.
    if (!first && !(i === 1 && segs[0]?.globstar)) out += '/';
    if (seg.tokens.length === 1 && 'star' in (seg.tokens[0] ?? {})) out += '[^/]+';
    else for (const t of seg.tokens) out += 'lit' in t ? escapeRegex(t.lit) : 'star' in t ? '[^/]*' : '[^/]';
  });
  const end = segs[segs.length - 1];
  // A named file or folder covers what is below it; GitHub's "dir/*" stops at the files of dir.
  const loneStar = end && !end.globstar && end.tokens.length === 1 && 'star' in (end.tokens[0] ?? {});
  if (end && !end.globstar && !loneStar) out += '(?:/.+)?';
  return `${out}$`;
}

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
