/** "Did you mean …": the nearest candidates by edit distance. */

/** Optimal-string-alignment distance, giving up (Infinity) past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return Infinity;
  const n = b.length;
  let prev2: number[] = new Array<number>(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  let cur: number[] = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return Infinity;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] ?? Infinity;
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
  const w = normalizeId(wanted);
  const max = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  const scored: [number, string][] = [];
  for (const candidate of candidates) {
    if (candidate === wanted) continue;
    const c = normalizeId(candidate);
    let d = c === w ? 0 : editDistance(w, c, max);
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
