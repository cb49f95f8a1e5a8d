import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { climbsOut, displayPath, isInside, relativeInside, relativePath, toPosix } from '../src/core/util/paths.js';

const root = path.resolve('/project');
const at = (...parts: string[]) => path.join(root, ...parts);

describe('paths', () => {
  it.each([
    // child, inside?
    [at(), true],
    [at('a.yaml'), true],
    [at('..notes'), true],
    [at('..notes', 'x.yaml'), true],
    [at('...'), true],
    [at('a', '..', 'b'), true],
    [path.resolve(root, '..'), false],
    [path.resolve(root, '..', 'other'), false],
    [path.resolve(root, '..', 'project-two'), false],
  ])('isInside(%s) is %s', (child, inside) => {
    expect(isInside(root, child)).toBe(inside);
    expect(relativeInside(root, child) !== undefined).toBe(inside);
  });

  it('climbsOut looks at path segments, not at the first two characters', () => {
    expect(climbsOut('..')).toBe(true);
    expect(climbsOut(`..${path.sep}x`)).toBe(true);
    expect(climbsOut('..notes')).toBe(false);
    expect(climbsOut('')).toBe(false);
  });

  it('relativeInside and displayPath speak with "/"', () => {
    expect(relativeInside(root, at('..notes', 'a.yaml'))).toBe('..notes/a.yaml');
    expect(relativeInside(root, root)).toBe('');
    expect(displayPath(root, root)).toBe('.');
    expect(displayPath(root, at('..notes', 'a.yaml'))).toBe('..notes/a.yaml');
    expect(displayPath(at('sub'), at('other', 'b.yaml'))).toBe(toPosix(at('other', 'b.yaml')));
    expect(toPosix(['a', 'b', 'c'].join(path.sep))).toBe('a/b/c');
  });

  it('relativePath agrees with path.relative, whatever the paths (its shortcut included)', () => {
    const segment = fc.constantFrom('a', 'b', '.', '..', '', '.x', '..y', 'a.b', 'ab');
    const absolute = fc.array(segment, { maxLength: 5 }).map((parts) => `/${parts.join('/')}`);
    const pair = fc.oneof(
      fc.tuple(absolute, absolute),
      // Below one another, as the loader asks most of the time.
      fc
        .tuple(absolute, fc.array(segment, { minLength: 1, maxLength: 4 }))
        .map(([from, rest]) => [from, `${from}/${rest.join('/')}`]),
    );
    fc.assert(
      fc.property(pair, ([from, to]) => {
        expect(relativePath(from as string, to as string)).toBe(path.relative(from as string, to as string));
      }),
      { numRuns: 2000 },
    );
  });
});
