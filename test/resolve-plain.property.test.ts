import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolvePlain } from '../src/core/load/resolve-plain.js';

/** YAML 1.2 core schema resolution as the specification's table gives it, every pattern tried in turn. */
function reference(str: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(str)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(str)) return str[0] === 't' || str[0] === 'T';
  if (/^0o[0-7]+$/.test(str)) return parseInt(str.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(str)) return parseInt(str, 10);
  if (/^0x[0-9a-fA-F]+$/.test(str)) return parseInt(str.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(str)) {
    if (str.slice(-3).toLowerCase() === 'nan') return NaN;
    return str[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(str) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(str)
  )
    return parseFloat(str);
  return str;
}

describe('resolvePlain', () => {
  it('resolves every plain scalar as the core schema does, its shortcut for names included', () => {
    const pieces = fc.constantFrom(
      'n',
      'N',
      'null',
      'Null',
      'NULL',
      '~',
      't',
      'true',
      'True',
      'TRUE',
      'f',
      'false',
      'FALSE',
      '0',
      '1',
      '9',
      '+',
      '-',
      '.',
      'e',
      'E',
      'x',
      '0x',
      '0o',
      'inf',
      'Inf',
      '.nan',
      'a',
      'Z',
      'é',
      ' ',
      '_',
    );
    const scalar = fc.oneof(
      fc.array(pieces, { maxLength: 4 }).map((p) => p.join('')),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(scalar, (s) => {
        expect(Object.is(resolvePlain(s), reference(s)) || resolvePlain(s) === reference(s)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});
