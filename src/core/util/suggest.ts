/** "Did you mean …": the nearest candidates by edit distance. */

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** The longest text bitDistance takes as its pattern: one bit a character, in a 32-bit integer. */
const BITS = 31;

/** Where each character occurs in a text, a bit for each position: bitDistance's view of its pattern. */
interface Pattern {
  length: number;
  ascii: Int32Array;
  other: Map<number, number>;
}

function patternOf(text: string): Pattern {
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) ascii[c]! |= 1 << i;
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  return { length: text.length, ascii, other };
}

/**
 * The optimal-string-alignment distance from a pattern of at most 31 characters to `text`, a whole
 * column of the table at once in the bits of an integer (Hyyrö's bit-vector algorithm with
 * transpositions, 2003): a few operations a character of `text` instead of a row of cells.
 */
function bitDistance(p: Pattern, text: string): number {
  const m = p.length;
  if (m === 0) return text.length;
  const high = 1 << (m - 1);
  let vp = -1; // vertical differences of +1 (bits past the pattern's length are never read)
  let vn = 0; // of -1
  let d0 = 0; // diagonal zeros of the last column
  let before = 0; // the match mask of the last character
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const pm = c < 128 ? p.ascii[c]! : (p.other.get(c) ?? 0);
    const tr = ((~d0 & pm) << 1) & before;
    d0 = (((pm & vp) + vp) ^ vp) | pm | vn | tr;
    const hp = vn | ~(d0 | vp);
    const hn = d0 & vp;
    if (hp & high) score++;
    else if (hn & high) score--;
    const x = (hp << 1) | 1;
    vn = x & d0;
    vp = (hn << 1) | ~(x | d0);
    before = pm;
  }
  return score;
}

/** Optimal-string-alignment distance, giving up (Infinity) past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return Infinity;
  if (a.length <= BITS) {
    const d = bitDistance(patternOf(a), b);
    return d > max ? Infinity : d;
  }
  return tableDistance(a, b, max);
}

/** editDistance of texts too long for bitDistance: the table, a row at a time. */
function tableDistance(a: string, b: string, max: number): number {
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n * 2 + 1);
    rowB = new Int32Array(n * 2 + 1);
    rowC = new Int32Array(n * 2 + 1);
  }
  // Three reused rows: the one before last, the last, and the current one.
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return Infinity;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}

/** Lowercase, and "_", "-", spaces and dots all alike: how people misremember ids. */
export function normalizeId(value: string): string {
  return value.toLowerCase().replace(/[\s_.-]+/g, '_');
}

/**
 * Candidates close enough to `wanted` to be what was meant, nearest first
 * (ties in code-unit order). Close: equal once normalized, or within a third
 * of the length in edits (at least one, at most three).
 */
export function nearest(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const pool = [...candidates];
  return nearestNormalized(wanted, pool, pool.map(normalizeId), limit);
}

/** nearest() over a fixed pool, remembering its answers: one lookup per distinct misspelling. */
export function nearestIn(pool: readonly string[]): (wanted: string) => string[] {
  const memo = new Map<string, string[]>();
  const normalized = pool.map(normalizeId);
  return (wanted) => {
    let found = memo.get(wanted);
    if (!found) {
      found = nearestNormalized(wanted, pool, normalized);
      memo.set(wanted, found);
    }
    return found;
  };
}

function nearestNormalized(
  wanted: string,
  pool: readonly string[],
  normalized: readonly string[],
  limit = 3,
): string[] {
  const w = normalizeId(wanted);
  const max = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  const scored: [number, string][] = [];
  const pattern = w.length <= BITS ? patternOf(w) : undefined;
  for (let i = 0; i < pool.length; i++) {
    const candidate = pool[i]!;
    if (candidate === wanted) continue;
    const c = normalized[i]!;
    let d = Infinity;
    if (c === w) d = 0;
    else if (Math.abs(c.length - w.length) <= max) {
      d = pattern ? bitDistance(pattern, c) : tableDistance(w, c, max);
      if (d > max) d = Infinity;
    }
    if (d === Infinity && (c.startsWith(w) || w.startsWith(c)) && Math.min(c.length, w.length) >= 4) d = max + 0.5;
    if (d <= max + 0.5) scored.push([d, candidate]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return [...new Set(scored.map((s) => s[1]))].slice(0, limit);
}

/** ' did you mean "x"?' or ' did you mean "x" or "y"?', or ''. */
export function didYouMean(options: readonly string[]): string {
  if (options.length === 0) return '';
  const quoted = options.map((o) => `"${o}"`);
  const last = quoted.pop();
  return `; did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last}?`;
}
