import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nearest, normalizeId } from '../src/core/util/suggest.js';

/** nearest() as its contract says, by the full edit distance to every candidate. */
function reference(wanted: string, pool: readonly string[]): string[] {
  const w = normalizeId(wanted);
  const max = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  const scored: [number, string][] = [];
  for (const candidate of pool) {
    if (candidate === wanted) continue;
    const c = normalizeId(candidate);
    let d = c === w ? 0 : editDistance(w, c, max);
    if (d === Infinity && (c.startsWith(w) || w.startsWith(c)) && Math.min(c.length, w.length) >= 4) d = max + 0.5;
    if (d <= max + 0.5) scored.push([d, candidate]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return [...new Set(scored.map((s) => s[1]))].slice(0, 3);
}

const id = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 't', '-', '_', '1', '2', 'é', 'A'), maxLength: 10 });

describe('nearest', () => {
  it('skips candidates by a lower bound without changing what it suggests', () => {
    fc.assert(
      fc.property(id, fc.array(id, { maxLength: 30 }), (wanted, pool) => {
        expect(nearest(wanted, pool)).toEqual(reference(wanted, pool));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) },
    );
  });
});
