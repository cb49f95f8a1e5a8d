import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { climbsOut, displayPath, isInside, relativeInside, toPosix } from '../src/core/util/paths.js';

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
});
