import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scanNesting } from '../src/core/load/depth.js';
import { parsePlain, parsePlainBounded, plainNestingBound, plainPositions } from '../src/core/load/parse-plain.js';
import { parseYaml } from '../src/core/load/parse-yaml.js';
import { SEED } from './helpers/run.js';
import { mutate, mutations, yamlScalar, yamlValue } from './helpers/mutate.js';
import { compareStarts } from './helpers/positions.js';

/**
 * The line reader may only answer when it gives exactly what the complete parser gives: the same
 * documents, the same data, the same starts of keys and values, and no finding the complete parser
 * would have reported.
 */
let taken = 0;
function agree(text: string): void {
  const plain = parsePlain(text);
  if (plain === undefined) return; // another parser takes over
  taken++;
  const full = parseYaml(text);
  expect(full.problems, `the complete parser reports problems the line reader missed in:\n${text}`).toEqual([]);
  expect(plain.length, `documents of:\n${text}`).toBe(full.documents.length);
  plain.forEach((doc, i) => {
    if (!isDeepStrictEqual(doc.data, full.documents[i]?.data))
      expect(doc.data, `data differs for:\n${text}`).toEqual(full.documents[i]?.data);
  });
  // Its bound of the nesting holds the depth scan, which the loader then does without.
  const bound = plainNestingBound(text) ?? 0;
  expect(scanNesting(text, bound), `the nesting scan goes past ${bound} in:\n${text}`).toBeUndefined();
  expect(parsePlainBounded(text, bound)?.within, `bounded by ${bound}:\n${text}`).toBe(true);
  // Where keys and values start, for findings: as the complete parser says.
  const positions = plainPositions(text);
  expect(positions?.length, `positions of:\n${text}`).toBe(full.documents.length);
  positions?.forEach((info, i) => {
    const expected = full.documents[i]?.info;
    if (!expected) throw new Error('no positions from the complete parser');
    expect(compareStarts(info, expected, `#${i}`), `starts differ for:\n${text}`).toEqual([]);
  });
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : name.endsWith('.yaml') ? [full] : [];
  });
}
const seedTexts = yamlFiles(SEED).map((f) => readFileSync(f, 'utf8'));

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1500);

/** Edits aimed at what the reader decides: indentation, comments, markers, quotes, flow, block scalars. */
const FRAGMENTS = [
  ' ',
  '  ',
  '\n',
  '\n  ',
  '\n\n',
  '\n  \n',
  ':',
  ': ',
  ':\n',
  '- ',
  '-',
  '- - ',
  '#',
  ' #',
  ' # c',
  '"',
  "'",
  "''",
  '\\',
  '[',
  ']',
  '{',
  '}',
  ',',
  ', ',
  '[]',
  '{}',
  '[a, b]',
  '{a: b}',
  '|',
  '|-',
  '|+',
  '>',
  '>-',
  '|2',
  '---',
  '---\n',
  '\n---\n',
  '...',
  '\n...\n',
  '?',
  '&a ',
  '*a',
  '!',
  '%',
  '@',
  '`',
  '~',
  'null',
  'true',
  '0x1F',
  '0o17',
  '1e3',
  '-1',
  '.5',
  '.inf',
  '12:30',
  'a: b',
  '__proto__',
  'constructor: 1\n',
  '\u00e9',
  '\ud83d\ude00',
  '\t',
  '\r',
  '\u0085',
  '\u2028',
  '\ufeff',
];

const mutation = mutations(FRAGMENTS, { insert: 4, remove: 6 });

// Mostly keys as coordination files write them, so that most documents stay in the subset.
const key = fc.oneof(
  { arbitrary: fc.constantFrom('id', 'title', 'a b', 'x.y', 'a/b', 'a-b', 'k1', 'team_2'), weight: 6 },
  { arbitrary: fc.constantFrom('1', 'true', 'null', '', '-', '#c', "it's", '__proto__', 'a:b', ' a'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
);
const scalar = yamlScalar(
  fc.string({ unit: fc.constantFrom('a', ' ', '\n', '#', ':', '-', "'", '"', ','), maxLength: 12 }),
  fc.constantFrom('', 'null', 'true', '0x10', '1e3', '.inf', '- x', 'a: b', '#', '|', '[a]', '12:30', ' lead', 'end '),
);
const value = yamlValue(key, scalar);

describe('the line reader agrees with the complete parser', () => {
  it('takes every file of the seed, with its data', () => {
    for (const text of seedTexts) {
      expect(parsePlain(text), 'the seed is in the subset: the line reader should take it').toBeDefined();
      agree(text);
    }
  });

  it('on chosen cases, each of which it takes', () => {
    for (const text of [
      'a: >-\n  x\n\n  y\n', // a folded scalar with an empty line
      '- |\n x\n', // a literal scalar as an entry
      'a:\n- b\nc: d\n', // a sequence at its key's indentation
      '- a: 1\n  b:\n  - c\n', // a mapping that starts on an entry's line
      '- - a\n  - b\n', // a sequence that starts on an entry's line
      'a: b\u00a0\n', // a no-break space ends the value: YAML trims spaces only (found by the property below)
      '- { a: 1, b: [x, "y"] }\n', // a flow sequence in a flow mapping (found by the property below)
    ]) {
      expect(parsePlain(text), `the line reader should take:\n${text}`).toBeDefined();
      agree(text);
    }
  });

  it('on documents written by a YAML printer in many styles', () => {
    const before = taken;
    fc.assert(
      fc.property(
        value,
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
        fc.integer({ min: 1, max: 4 }),
        (v, flowLevel, defaultStringType, indent) => {
          const doc = typeof v === 'object' && v !== null && !Array.isArray(v) ? v : { v };
          agree(
            stringify(doc, {
              flowCollectionPadding: flowLevel % 2 === 0,
              collectionStyle: flowLevel === 3 ? 'flow' : 'any',
              defaultStringType: defaultStringType as 'PLAIN',
              indent,
              indentSeq: flowLevel !== 1,
              lineWidth: 0,
            }),
          );
        },
      ),
      { numRuns: RUNS },
    );
    // The comparison ran on a good share of the documents.
    expect(taken - before).toBeGreaterThan(RUNS / 4);
  });

  it('on seed files after random edits', () => {
    const before = taken;
    fc.assert(
      fc.property(fc.constantFrom(...seedTexts), fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, edits) =>
        agree(mutate(text, edits)),
      ),
      {
        numRuns: RUNS,
        ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {}),
      },
    );
    expect(taken - before).toBeGreaterThan(RUNS / 4);
  });

  it('on nesting around the depth allowed, which it reads only when its bound shows it within', () => {
    // Block mappings, block sequences and compact entries around flow collections nested in one
    // another: the block levels widen the indentation, the flow ones do not.
    let within = 0;
    let beyond = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('map', 'seq', 'compact'), { maxLength: 35 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 60, max: 70 }),
        (blocks, flows, max) => {
          let text = `${'['.repeat(flows)}leaf${']'.repeat(flows)}`;
          for (const l of blocks) {
            if (l === 'map') text = `k:\n${indent(text)}`;
            else if (l === 'seq') text = `-\n${indent(text)}`;
            else text = `- ${indent(text).trimStart()}`;
          }
          const bounded = parsePlainBounded(text, max);
          if (bounded?.within) {
            within++;
            expect(scanNesting(text, max), text).toBeUndefined();
          } else beyond++;
          if (bounded) agree(text);
        },
      ),
      { numRuns: Math.ceil(RUNS / 5) },
    );
    // Both sides of the limit were reached.
    expect(within).toBeGreaterThan(0);
    expect(beyond).toBeGreaterThan(0);
  });
});

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
