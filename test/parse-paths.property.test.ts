import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../src/core/load/parse-fast.js';
import { fastPositions } from '../src/core/load/positions-fast.js';
import { parseYaml } from '../src/core/load/parse-yaml.js';
import { SEED } from './helpers/run.js';
import { mutate, mutations, yamlScalar, yamlValue } from './helpers/mutate.js';
import { compareStarts } from './helpers/positions.js';

/**
 * The fast path (js-yaml) may only answer when it gives exactly what the
 * complete parser gives: the same documents, the same data, and no finding
 * the complete parser would have reported. Then every diagnostic is the same
 * on both paths, since positions always come from the complete parser.
 */
function agree(text: string): void {
  const fast = parseFast(text);
  if (fast === undefined) return; // the complete parser takes over: nothing to compare
  const full = parseYaml(text);
  expect(full.problems, `the complete parser reports problems the fast path missed in:\n${text}`).toEqual([]);
  expect(fast.length).toBe(full.documents.length);
  fast.forEach((doc, i) => {
    const same = isDeepStrictEqual(doc.data, full.documents[i]?.data);
    if (!same) expect(doc.data, `data differs for:\n${text}`).toEqual(full.documents[i]?.data);
  });
  // Where keys and values start: from js-yaml's events, when they line up, exactly as the complete parser says.
  const positions = fastPositions(text);
  if (positions) {
    positionsSeen++;
    expect(positions.length).toBe(full.documents.length);
    positions.forEach((info, i) => {
      const expected = full.documents[i]?.info;
      if (!expected) throw new Error('no positions from the complete parser');
      const differences = compareStarts(info, expected, `#${i}`);
      expect(differences, `starts differ for:\n${text}`).toEqual([]);
    });
  }
}

let positionsSeen = 0;

function seedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? seedFiles(full) : name.endsWith('.yaml') ? [full] : [];
  });
}
const seedTexts = seedFiles(SEED).map((f) => readFileSync(f, 'utf8'));

const FRAGMENTS = [
  ':',
  ': ',
  '- ',
  '-',
  '#',
  ' #',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '\n',
  '\n  ',
  '  ',
  '\r\n',
  '?',
  '|',
  '>',
  '&a ',
  '*a',
  '!',
  '!!str ',
  '%',
  '@',
  '`',
  '~',
  'null',
  'true',
  'False',
  '0x1F',
  '0o17',
  '1e3',
  '+1',
  '-0',
  '.5',
  '.inf',
  '.NaN',
  '1_000',
  '007',
  '0b11',
  '12:30',
  '2025-08-25',
  'yes',
  'no',
  'on',
  'off',
  '<<',
  '__proto__',
  'constructor',
  '\\n',
  '\\x00',
  '\u00e9',
  '\ud83d\ude00',
  '\t',
  '---',
  '...',
  '- - ',
  'key: value',
];

const mutation = mutations(FRAGMENTS, { insert: 6, remove: 12 });

const key = fc.oneof(
  fc.constantFrom('id', 'title', 'teams', 'a b', 'x:y', '1', 'true', 'null', '', '-', '#c', "it's", '"q"'),
  fc.string({ maxLength: 8 }),
);
const scalar = yamlScalar(
  fc.constantFrom(
    '',
    'null',
    'true',
    'yes',
    '0x10',
    '0o7',
    '1e3',
    '.inf',
    '- x',
    'a: b',
    '#',
    "'",
    '"',
    '|',
    '[a]',
    '12:30',
    '007',
    '+1',
    '-0',
  ),
);
const value = yamlValue(key, scalar);

describe('fast and complete YAML paths agree', () => {
  it('on every file of the seed as written', () => {
    for (const text of seedTexts) {
      agree(text);
      expect(parseFast(text), 'the seed is plain YAML: the fast path should take it').toBeDefined();
      expect(fastPositions(text), 'and its positions too').toBeDefined();
    }
  });

  it('on block scalars with indentation indicators (found by the property below)', () => {
    agree('|1-\n "\n');
    agree('a: >2\n   x\n  y\n');
    agree('- |+1\n  x\n');
  });

  it('on document markers and comments that are not where they may be (found by the property below)', () => {
    agree('a: 1\n---      b: 2\n');
    agree('---# c: 1\n---# c: 2\n');
    agree('a: { b: 1 }#c\n');
    agree('a: "b"#c\n');
    agree('a: [b]#c\n');
  });

  it('on an empty sequence entry before a less indented one (found by the property below)', () => {
    agree('~: 1\nm:\n  - a:\n      - x\n      - # c\n  - b: 1\n');
    agree('~: 1\nm:\n  - a:\n      - x\n      -\n  - b: 1\n');
  });

  it('on documents written by a YAML printer in many styles', () => {
    fc.assert(
      fc.property(
        value,
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL'),
        (v, flowLevel, crlf, defaultStringType) => {
          let text = stringify(v, {
            flowCollectionPadding: flowLevel % 2 === 0,
            collectionStyle: flowLevel === 3 ? 'flow' : 'any',
            defaultStringType: defaultStringType as 'PLAIN',
            lineWidth: 0,
          });
          if (crlf) text = text.replace(/\n/g, '\r\n');
          agree(text);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it('on seed files after random edits', () => {
    const before = positionsSeen;
    fc.assert(
      fc.property(fc.constantFrom(...seedTexts), fc.array(mutation, { minLength: 1, maxLength: 4 }), (text, edits) => {
        agree(mutate(text, edits));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1500) },
    );
    // Most edited files still take the fast path, positions included: the comparison above ran.
    expect(positionsSeen - before).toBeGreaterThan(Number(process.env.PROPERTY_RUNS ?? 1500) / 4);
  });
});
