import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { depthBound, findExcessiveNesting, scanNesting } from '../src/core/load/depth.js';

/** YAML-ish text: the characters the nesting scan reacts to, with lines and indentation. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('- ', '? ', ': ', 'a: ', '[', ']', '{', '}', ',', '"', "'", '\\', '#', '|', '>', '&a ', '!t '),
      fc.constantFrom('\n', '\n  ', '\n    ', '\n\t', '\r\n', ' ', 'x', '-', '?', ':'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('the nesting bound', () => {
  it('never lets through a text the scan would stop', () => {
    fc.assert(
      fc.property(yamlish, fc.integer({ min: 2, max: 12 }), (text, maxDepth) => {
        const scanned = scanNesting(text, maxDepth);
        if (depthBound(text) <= maxDepth) expect(scanned).toBeUndefined();
        expect(findExcessiveNesting(text, maxDepth)).toEqual(scanned);
      }),
      { numRuns: 5000 },
    );
  });

  it('lets an ordinary document through without a scan, and not a deep one', () => {
    const ordinary = 'apiVersion: perfcoord/v1\nkind: Teams\nteams:\n  - id: a\n    tags: [x, y]\n';
    expect(depthBound(ordinary)).toBeLessThan(10);
    expect(depthBound(`a: ${'['.repeat(100)}`)).toBeGreaterThan(64);
    expect(depthBound(`a: "x"${'y'.repeat(1001)}`)).toBe(Infinity);
  });
});
