/** "Did you mean …": the nearest candidates by edit distance. */

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal-string-alignment distance, giving up (Infinity) past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return Infinity;
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
  const bag = bagOf(w);
  for (let i = 0; i < pool.length; i++) {
    const candidate = pool[i]!;
    if (candidate === wanted) continue;
    const c = normalized[i]!;
    let d = c === w ? 0 : bag && bagDistance(bag, w.length, c) > max ? Infinity : editDistance(w, c, max);
    if (d === Infinity && (c.startsWith(w) || w.startsWith(c)) && Math.min(c.length, w.length) >= 4) d = max + 0.5;
    if (d <= max + 0.5) scored.push([d, candidate]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return [...new Set(scored.map((s) => s[1]))].slice(0, limit);
}

/** How often each character occurs in an ASCII text, or undefined for other texts. */
function bagOf(text: string): Int32Array | undefined {
  const bag = new Int32Array(128);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return undefined;
    bag[c]!++;
  }
  return bag;
}

/**
 * A lower bound of the edit distance from the text counted in `bag` to `other`: the characters
 * either has that the other lacks. An edit changes it by one at most, a transposition not at all;
 * a few additions spare the full distance for most candidates.
 */
function bagDistance(bag: Int32Array, length: number, other: string): number {
  if (taken.length < other.length) taken = new Int32Array(other.length * 2);
  let shared = 0;
  let ascii = true;
  for (let i = 0; i < other.length; i++) {
    const c = other.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (bag[c]! > 0) {
      bag[c]!--;
      taken[shared++] = c;
    }
  }
  for (let k = 0; k < shared; k++) bag[taken[k]!]!++; // the counts as they were
  return ascii ? Math.max(length, other.length) - shared : 0;
}

/** The characters bagDistance took from the bag, to put back. */
let taken = new Int32Array(64);

/** ' did you mean "x"?' or ' did you mean "x" or "y"?', or ''. */
export function didYouMean(options: readonly string[]): string {
  if (options.length === 0) return '';
  const quoted = options.map((o) => `"${o}"`);
  const last = quoted.pop();
  return `; did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last}?`;
}
