import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run.js';

/**
 * The layers are enforced by ESLint (eslint.config.js): files that break the
 * flow of data are linted where they would live, and must be rejected; files
 * that keep it must pass. The probes exist only while the test runs.
 */
const tag = `lint-probe-${process.pid}`;
const written: string[] = [];
afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
});

function probe(rel: string, source: string, n: number): string {
  const file = path.join(ROOT, rel.replace('PROBE', `${tag}-${n}`));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, source);
  written.push(file);
  return file;
}

const cases: { name: string; rel: string; source: string; rejected: boolean }[] = [
  {
    name: 'core imports the CLI',
    rel: 'src/core/PROBE.ts',
    source: "import { main } from './../cli/main.js';\nexport const x = main;\n",
    rejected: true,
  },
  {
    name: 'core imports src/svg (types too)',
    rel: 'src/core/render/PROBE.ts',
    source: "import type { DiagramSource } from '../../svg/types.js';\nexport type X = DiagramSource;\n",
    rejected: true,
  },
  {
    name: 'the loader imports the model',
    rel: 'src/core/load/PROBE.ts',
    source: "import { isKind } from '../model/kinds.js';\nexport const x = isKind;\n",
    rejected: true,
  },
  {
    name: 'the loader imports the writer',
    rel: 'src/core/load/PROBE.ts',
    source: "export { writeFileAtomic } from '../write/atomic.js';\n",
    rejected: true,
  },
  {
    name: 'the model imports validate',
    rel: 'src/core/model/read/PROBE.ts',
    source: "import { RULES } from '../../validate/rules/index.js';\nexport const x = RULES;\n",
    rejected: true,
  },
  {
    name: 'validate imports render',
    rel: 'src/core/validate/PROBE.ts',
    source: "import { md } from '../render/markdown.js';\nexport const x = md;\n",
    rejected: true,
  },
  {
    name: 'render imports validate',
    rel: 'src/core/render/pages/PROBE.ts',
    source: "import { ruleCatalog } from '../../validate/catalog.js';\nexport const x = ruleCatalog;\n",
    rejected: true,
  },
  {
    name: 'render imports the writer',
    rel: 'src/core/render/PROBE.ts',
    source: "import { writeFileAtomic } from '../write/atomic.js';\nexport const x = writeFileAtomic;\n",
    rejected: true,
  },
  {
    name: 'the loader uses a utility',
    rel: 'src/core/load/PROBE.ts',
    source: "import { own } from '../util/object.js';\nexport const x = own;\n",
    rejected: false,
  },
  {
    name: 'render reads the model',
    rel: 'src/core/render/PROBE.ts',
    source: "import { teamsOf } from '../model/index-model.js';\nexport const x = teamsOf;\n",
    rejected: false,
  },
  {
    name: 'the CLI uses the core',
    rel: 'src/cli/PROBE.ts',
    source: "import { loadProject } from '../core/load/load.js';\nexport const x = loadProject;\n",
    rejected: false,
  },
];

describe('layers', () => {
  it('ESLint rejects every import against the flow, and only those', async () => {
    const files = cases.map((c, i) => probe(c.rel, c.source, i));
    // One run for every probe: a typed lint starts a TypeScript program, which is slow.
    const results = await new ESLint({ cwd: ROOT }).lintFiles(files);
    const restricted = new Map(
      results.map((r) => [r.filePath, r.messages.filter((m) => m.ruleId === 'no-restricted-imports')]),
    );
    cases.forEach((c, i) => {
      const found = restricted.get(files[i]!) ?? [];
      expect(found.length, c.name).toBe(c.rejected ? 1 : 0);
    });
    // The message says what to do, not only that it is forbidden.
    expect(restricted.get(files[2]!)?.[0]?.message).toContain('src/core/load must not import');
  }, 120_000);
});

/** Relative imports that load code (not `import type`), static or dynamic, of every file under src/. */
function valueImports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.includes(tag))
    .map((f) => path.join(ROOT, 'src', f));
  const spec =
    /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(spec)].map((m) =>
      path.resolve(path.dirname(file), (m[1] ?? m[2])!).replace(/\.js$/, '.ts'),
    );
    graph.set(file, targets);
  }
  return graph;
}

describe('imports', () => {
  it('form no cycle', () => {
    const graph = valueImports();
    expect(graph.size).toBeGreaterThan(100);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
