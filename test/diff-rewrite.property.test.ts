import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { diffModels } from '../src/core/diff/index.js';
import type { DiffSide } from '../src/core/diff/index.js';
import { loadProject } from '../src/core/load/load.js';
import { validateProject } from '../src/core/validate/validate.js';
import { SEED } from './helpers/run.js';

/**
 * Saying the same thing differently changes nothing: the seed rewritten with
 * shuffled keys, flow or block style, other quoting, comments, its documents
 * moved between files and its lists split over two documents compares equal
 * to the seed.
 */
type Doc = Record<string, unknown>;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/.test(name) ? [full] : [];
    });
}

const seedDocs: Doc[][] = yamlFiles(path.join(SEED, 'coordination')).map((file) =>
  parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS() as Doc),
);
const projectDoc = parseAllDocuments(readFileSync(path.join(SEED, 'perfcoord.yaml'), 'utf8'))[0]?.toJS() as Doc;

function side(dir: string): DiffSide & { errors: string[] } {
  const { model, index, diagnostics } = validateProject(loadProject({ cwd: dir }));
  return {
    model,
    index,
    errors: diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${d.message}`),
  };
}

/** A small deterministic generator, so that one fast-check seed is one rewrite. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

function shuffleKeys(value: unknown, next: () => number, top = false): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, next));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Doc).map(([k, v]) => [k, shuffleKeys(v, next)] as const);
  const fixed = top ? entries.filter(([k]) => k === 'apiVersion' || k === 'kind') : [];
  const rest = entries.filter((e) => !fixed.includes(e));
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return Object.fromEntries([...fixed, ...rest]);
}

/** Splits the first list of items of a collection document into two documents. */
function split(doc: Doc): Doc[] {
  for (const key of ['teams', 'areas', 'meetings', 'metrics', 'risks', 'channels', 'spaces']) {
    const items = doc[key];
    if (!Array.isArray(items) || items.length < 2) continue;
    const half = Math.ceil(items.length / 2);
    return [
      { ...doc, [key]: items.slice(0, half) },
      { apiVersion: doc.apiVersion, kind: doc.kind, [key]: items.slice(half) },
    ];
  }
  return [doc];
}

interface Rewrite {
  seed: number;
  style: 'block' | 'flow' | 'any';
  quote: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';
  comments: boolean;
  layout: 'as-is' | 'one-file' | 'file-each';
  splits: boolean[];
}

function write(dir: string, r: Rewrite): void {
  const next = random(r.seed);
  const text = (doc: Doc) => {
    let out = stringify(shuffleKeys(doc, next, true), {
      collectionStyle: r.style,
      defaultStringType: r.quote,
      defaultKeyType: 'PLAIN',
      blockQuote: false,
      lineWidth: 0,
    });
    // Full-line comments are safe between any two lines of block YAML without block scalars.
    if (r.comments && r.style === 'block') out = out.replace(/\n(?=\s*- )/g, '\n# a comment\n');
    return (r.comments ? '# rewritten, same meaning\n' : '') + out;
  };
  const files: Doc[][] = seedDocs.map((docs, i) => docs.flatMap((d) => (r.splits[i] ? split(d) : [d])));
  const grouped =
    r.layout === 'one-file'
      ? [files.flat()]
      : r.layout === 'file-each'
        ? files
            .flat()
            .map((d) => [d])
            .reverse()
        : files;
  mkdirSync(path.join(dir, 'coordination/deeper'), { recursive: true });
  grouped.forEach((docs, i) => {
    const name = path.join(dir, 'coordination', i % 2 === 0 ? 'deeper' : '', `part-${i}.yaml`);
    writeFileSync(name, docs.map(text).join('---\n'));
  });
  writeFileSync(path.join(dir, 'perfcoord.yaml'), text(projectDoc));
}

const seedSide = side(SEED);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-rewrite-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('diff: a semantics-preserving rewrite of the seed', () => {
  it('yields no change', () => {
    let run = 0;
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          style: fc.constantFrom('block' as const, 'flow' as const, 'any' as const),
          quote: fc.constantFrom('PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const),
          comments: fc.boolean(),
          layout: fc.constantFrom('as-is' as const, 'one-file' as const, 'file-each' as const),
          splits: fc.array(fc.boolean(), { minLength: seedDocs.length, maxLength: seedDocs.length }),
        }),
        (r) => {
          const dir = path.join(tmp, `run-${run++}`);
          write(dir, r);
          const rewritten = side(dir);
          expect(rewritten.errors).toEqual([]);
          expect(rewritten.model.teams.length).toBe(seedSide.model.teams.length);
          expect(diffModels(seedSide, rewritten)).toEqual({ changes: [], teams: [] });
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 25 },
    );
  });
});
