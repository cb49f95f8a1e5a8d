/**
 * Path globs as areas claim code paths with them: GitHub's CODEOWNERS rules
 * (gitignore patterns without "!" and "[ ]"). One parse gives the segments,
 * the specificity and the matcher; glob.ts asks its questions of them.
 */

export type Token = { lit: string } | { star: true } | { any: true };

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
  readonly match: (path: string) => boolean;
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

const GLOBSTAR: Segment = { globstar: true };

/** One segment as written, with what the glob's checks and specificity need of it. */
interface Part {
  /** Nothing between two slashes (or before a leading, after a trailing one). */
  empty: boolean;
  seg: Segment;
  /** Literal text only: counts towards specificity as a segment. */
  literal: boolean;
  /** Literal characters: count towards specificity. */
  chars: number;
  /** "***" somewhere in it: an error. */
  triple: boolean;
}

function partOf(tokens: Token[]): Part {
  let stars = 0;
  let chars = 0;
  let literal = true;
  let run = 0; // stars in a row
  let triple = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ('lit' in t) {
      chars += t.lit.length;
      run = 0;
      continue;
    }
    literal = false;
    if ('star' in t) {
      stars++;
      if (++run === 3) triple = true;
    } else run = 0;
  }
  // "**" alone is the one segment for any folders.
  const seg: Segment = tokens.length === 2 && stars === 2 ? GLOBSTAR : { globstar: false, tokens };
  return { empty: tokens.length === 0, seg, literal, chars, triple };
}

const plainParts = new Map<string, Part>();

/**
 * A plain segment's part, shared by every glob that has the segment ("src", "**"): never changed
 * once made, and a model repeats most of its folder names thousands of times.
 */
function plainPart(segment: string): Part {
  let part = plainParts.get(segment);
  if (!part) {
    part = partOf(plainTokens(segment));
    plainParts.set(segment, part);
  }
  return part;
}

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

/** A parsed glob; its matcher is made when first asked for (validate parses every glob of a model but matches few). */
class ParsedGlob implements Glob {
  private matcher: ((path: string) => boolean) | undefined;

  constructor(
    readonly source: string,
    readonly anchored: boolean,
    readonly folderOnly: boolean,
    readonly segments: Segment[],
    readonly specificity: [number, number],
  ) {}

  get match(): (path: string) => boolean {
    return (this.matcher ??= matcherOf(this));
  }
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
  let parts: Part[];
  if (PLAIN.test(text)) parts = text.split('/').map(plainPart);
  else {
    const raw: Token[][] = [[]];
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
    parts = raw.map(partOf);
  }
  const n = parts.length;
  const leadingSlash = n > 1 && (parts[0] as Part).empty;
  const trailingSlash = n > 1 && (parts[n - 1] as Part).empty;
  const segments: Segment[] = [];
  let named = 0;
  let literalSegments = 0;
  let literalChars = 0;
  for (let i = 0; i < n; i++) {
    const part = parts[i] as Part;
    if (part.empty) continue;
    named++;
    if (part.seg.globstar) {
      // "**/**" is one "**".
      if (!segments[segments.length - 1]?.globstar) segments.push(GLOBSTAR);
      continue;
    }
    if (part.triple)
      return fail(source, '"***" means nothing in CODEOWNERS; use "**" for any folders or "*" within a name');
    segments.push(part.seg);
    literalChars += part.chars;
    if (part.literal) literalSegments++;
  }
  if (named === 0) return fail(source, 'the pattern names no path');
  return new ParsedGlob(source, leadingSlash || named > 1, trailingSlash, segments.slice(), [
    literalSegments,
    literalChars,
  ]);
}

export function isGlobError(g: Glob | GlobError): g is GlobError {
  return 'error' in g;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The segments matching is done with: an unanchored pattern starts with "**", a folder ends with it. */
export function effectiveSegments(glob: Glob): Segment[] {
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
