import picomatch from 'picomatch';

/** Path globs as areas claim code paths with them (CODEOWNERS-like). */

const GLOB_CHARS = /[*?[\]{}!]/;

export function normalizeGlob(glob: string): string {
  // Most globs are already in normal form.
  if (!/^\s|\s$|\\|^\.?\/|\/$/.test(glob)) return glob;
  let g = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  // CODEOWNERS style: "/src/" is anchored at the root, "docs/" means the folder.
  if (g.startsWith('/')) g = g.slice(1);
  if (g.endsWith('/')) g += '**';
  return g;
}

/** "/Dockerfile" and "./Dockerfile" name the project folder's file only. */
export function isAnchored(glob: string): boolean {
  return /^\s*\.?[/\\]/.test(glob);
}

/**
 * How specific a glob is: more literal path segments win, then more literal
 * characters. who-owns lets the most specific matching pattern decide.
 */
export function specificity(glob: string): [number, number] {
  const segments = normalizeGlob(glob).split('/');
  let literalSegments = 0;
  let literalChars = 0;
  for (const seg of segments) {
    if (!GLOB_CHARS.test(seg)) literalSegments++;
    literalChars += seg.replace(/\*\*|[*?]|\[[^\]]*\]|\{[^}]*\}/g, '').length;
  }
  return [literalSegments, literalChars];
}

export function compareSpecificity(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** The folder part before the first wildcard: globs can overlap only along it. */
export function literalPrefix(glob: string): string {
  const segments = normalizeGlob(glob).split('/');
  const out: string[] = [];
  for (const seg of segments.slice(0, -1)) {
    if (GLOB_CHARS.test(seg)) break;
    out.push(seg);
  }
  return out.join('/');
}

/** A path the glob matches, for testing whether two globs overlap. */
export function witness(glob: string): string {
  return normalizeGlob(glob)
    .replace(/\{([^,}]*)[^}]*\}/g, '$1')
    .replace(/\[!?([^\]])[^\]]*\]/g, '$1')
    .replace(/\*\*/g, 'w')
    .replace(/[*?]/g, 'w');
}

const matchers = new Map<string, (path: string) => boolean>();

export function globMatcher(glob: string): (path: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    // "/" or "./" alone: the whole project folder.
    const g = normalizeGlob(glob) || '**';
    // A pattern without a "/" matches at any depth unless a leading "/" (or "./")
    // anchors it at the project folder, and a pattern matches what lies below
    // the folders it names, as in CODEOWNERS and .gitignore.
    const base = g.includes('/') || isAnchored(glob) ? g : `**/${g}`;
    m = picomatch(g.endsWith('/**') ? base : [base, `${base}/**`], { dot: true });
    matchers.set(glob, m);
  }
  return m;
}
