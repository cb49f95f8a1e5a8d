import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nearest, normalizeId } from '../src/core/util/suggest.js';

/** The optimal-string-alignment distance as the textbook table has it: the reference for both of editDistance's ways. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/** nearest() as its contract says, by the full edit distance to every candidate. */
function reference(wanted: string, pool: readonly string[]): string[] {
  const w = normalizeId(wanted);
  const max = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  const scored: [number, string][] = [];
  for (const candidate of pool) {
    if (candidate === wanted) continue;
    const c = normalizeId(candidate);
    const full = osa(w, c);
    let d = full <= max ? full : Infinity;
    if (d === Infinity && (c.startsWith(w) || w.startsWith(c)) && Math.min(c.length, w.length) >= 4) d = max + 0.5;
    if (d <= max + 0.5) scored.push([d, candidate]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return [...new Set(scored.map((s) => s[1]))].slice(0, 3);
}

const id = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 't', '-', '_', '1', '2', 'é', 'A'), maxLength: 10 });

describe('nearest', () => {
  it('suggests what the full edit distance to every candidate says', () => {
    fc.assert(
      fc.property(id, fc.array(id, { maxLength: 30 }), (wanted, pool) => {
        expect(nearest(wanted, pool)).toEqual(reference(wanted, pool));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) },
    );
  });
});

// Short texts take the bit-vector way (up to 31 characters), longer ones the table.
const text = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', 'é', '😀'), maxLength });

describe('editDistance', () => {
  it('is the optimal-string-alignment distance, with transpositions, either way', () => {
    fc.assert(
      fc.property(text(40), text(40), (a, b) => {
        expect(editDistance(a, b)).toBe(osa(a, b));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) },
    );
  });

  it('gives up past the bound, and only there', () => {
    fc.assert(
      fc.property(text(34), text(34), fc.integer({ min: 0, max: 5 }), (a, b, max) => {
        const d = osa(a, b);
        expect(editDistance(a, b, max)).toBe(d <= max ? d : Infinity);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) },
    );
  });

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('team-252', 'taem-252')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3); // alignment without editing a substring twice
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('a'.repeat(31), 'a'.repeat(30) + 'b')).toBe(1);
  });
});
