/**
 * The exports against the tools' own rules: Lighthouse CI's assertion code
 * (@lhci/utils) over the exported lighthouserc fails exactly the audits gate
 * check fails, and every exported k6 threshold parses under k6's grammar.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { renderK6 } from '../src/core/export/k6.js';
import { evaluate } from '../src/core/gate/evaluate.js';
import type { Measure } from '../src/core/gate/measures.js';
import type { ResultSet } from '../src/core/gate/results/types.js';
import { measurement } from '../src/core/gate/results/types.js';
import { ROOT, runCli } from './helpers/run.js';

const require = createRequire(import.meta.url);
const { getAllAssertionResults } = require('@lhci/utils/src/assertions.js') as {
  getAllAssertionResults: (
    options: { assertions: unknown },
    lhrs: unknown[],
  ) => { auditId: string; auditProperty?: string; passed: boolean }[];
};

const DIR = path.join(ROOT, 'test/fixtures/gates');
const PROJECT = path.join(DIR, 'project');
const LHR = 'lighthouse-12.8.2-sample-trimmed.json';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-gate-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * k6's threshold grammar, as its documentation and metrics/thresholds_parser.go give it:
 *   assertion          -> aggregation_method whitespace* operator whitespace* float
 *   aggregation_method -> "count" | "rate" | "value" | "avg" | "min" | "max" | "med" | "p(" float ")"
 *   operator           -> ">" | ">=" | "<=" | "<" | "==" | "===" | "!="
 *   float              -> digit+ ("." digit+)?
 * The scanner cuts at the first operator found in the order <=, <, >=, >, ===, ==, !=.
 */
function parseK6Threshold(input: string): { method: string; op: string; value: number } | undefined {
  for (const op of ['<=', '<', '>=', '>', '===', '==', '!=']) {
    const at = input.indexOf(op);
    if (at < 0) continue;
    const right = input.slice(at + op.length).trim();
    if (right === '') continue;
    const method = input.slice(0, at).trim();
    const methodOk =
      ['count', 'rate', 'value', 'avg', 'min', 'max', 'med'].includes(method) || /^p\(\d+(\.\d+)?\)$/.test(method);
    if (!methodOk || !/^\d+(\.\d+)?$/.test(right)) return undefined;
    return { method, op, value: Number(right) };
  }
  return undefined;
}

describe('export lighthouserc and Lighthouse CI', () => {
  for (const stage of ['web', 'misspelt']) {
    it(`Lighthouse CI over the exported assertions fails exactly the audits gate check fails (${stage})`, async () => {
      const rc = await runCli(['export', 'lighthouserc', stage], PROJECT);
      expect(rc.code).toBe(0);
      const { assertions } = JSON.parse(rc.stdout).ci.assert;
      const lhr = JSON.parse(readFileSync(path.join(DIR, LHR), 'utf8')) as unknown;
      const lhciFailed = getAllAssertionResults({ assertions }, [lhr])
        .filter((r) => !r.passed)
        .map((r) => (r.auditProperty ? `${r.auditId}:${r.auditProperty}` : r.auditId));
      const check = await runCli(['gate', 'check', stage, '-f', 'json', '-r', `../${LHR}`], PROJECT);
      const ours = (
        JSON.parse(check.stdout) as { criteria: { metric: string; source: string; status: string }[] }
      ).criteria
        .filter((c) => c.source === 'lighthouse' && c.status !== 'pass')
        .map((c) => c.metric);
      expect([...new Set(lhciFailed)].sort()).toEqual(ours.sort());
      expect(ours.length).toBeGreaterThan(0);
    });
  }

  it('a strict or reversed comparison Lighthouse CI cannot express is left out and named', async () => {
    const project = path.join(tmp, 'strict');
    writeProject(project, [
      '      - { metric: speed-index, source: lighthouse, target: "< 3s" }',
      '      - { metric: interactive, source: lighthouse, target: "<= 5s" }',
    ]);
    const r = await runCli(['export', 'lighthouserc', 'web'], project);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'perfcoord: not exported: speed-index < 3s: Lighthouse CI asserts an audit value with "<=" only, found "<"\n',
    );
    expect(JSON.parse(r.stdout).ci.assert.assertions).toEqual({ interactive: ['error', { maxNumericValue: 5000 }] });
  });
});

describe('export k6', () => {
  it('every exported threshold parses under k6 grammar, in k6 units', async () => {
    const r = await runCli(['export', 'k6', 'load'], PROJECT);
    expect(r.code).toBe(0);
    const { thresholds } = JSON.parse(r.stdout) as { thresholds: Record<string, string[]> };
    const parsed = Object.entries(thresholds).flatMap(([metric, list]) =>
      list.map((t) => ({ metric, ...parseK6Threshold(t) })),
    );
    expect(parsed).toEqual([
      { metric: 'checks', method: 'rate', op: '>=', value: 0.7 },
      { metric: 'http_reqs', method: 'count', op: '>=', value: 3 },
      { metric: 'my_trend', method: 'p(95)', op: '<=', value: 20 },
      { metric: 'my_trend', method: 'max', op: '<', value: 20 },
      { metric: 'my_trend', method: 'avg', op: '<=', value: 10 },
      { metric: 'vus', method: 'value', op: '==', value: 1 },
    ]);
  });

  it('the grammar oracle refuses what k6 refuses', () => {
    for (const bad of ['p95<200', 'avg<=200ms', 'avg<=-1', 'mean<3', 'p(95)<=1e3', 'avg<=.5'])
      expect(parseK6Threshold(bad), bad).toBeUndefined();
    expect(parseK6Threshold('p(99.9) < 200')).toEqual({ method: 'p(99.9)', op: '<', value: 200 });
  });

  it('any k6 criterion exports to a threshold k6 parses, with the value gate check compares in ms or a fraction', () => {
    const stat = fc.constantFrom('avg', 'min', 'max', 'med', 'count', 'rate', 'value', 'p(90)', 'p(99.9)');
    const unit = fc.constantFrom('', 'ms', 's', 'us', '%');
    const op = fc.constantFrom('<=', '>=', '<', '>', '==', '!=');
    fc.assert(
      fc.property(
        stat,
        op,
        fc.integer({ min: 0, max: 1e7 }),
        fc.integer({ min: 0, max: 99 }),
        unit,
        (s, o, int, frac, u) => {
          const number = frac === 0 ? String(int) : `${int}.${frac}`;
          const measure = fakeMeasure({ metric: 'm', source: 'k6', stat: s, target: `${o} ${number}${u}` });
          const { content } = renderK6([measure], 'perfcoord.yaml', 'x');
          const t = (JSON.parse(content) as { thresholds: Record<string, string[]> }).thresholds.m?.[0];
          const parsed = parseK6Threshold(t ?? '');
          expect(parsed, t).toBeDefined();
          expect(parsed?.method).toBe(s);
          expect(parsed?.op).toBe(o);
          const factor = { '': 1, ms: 1, s: 1000, us: 0.001, '%': 0.01 }[u];
          const want = Number(number) * factor;
          // Relative: the exported figure is exact to 12 digits, the product here is a float.
          expect(Math.abs((parsed?.value ?? NaN) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, want));
        },
      ),
    );
  });
});

describe('the evaluator on its own', () => {
  it('a stat the file lacks is missing, naming the stats it has', () => {
    const set: ResultSet = {
      file: 'k6.json',
      format: 'k6-summary-data',
      source: 'k6',
      metrics: new Map([['http_req_duration', new Map([['p(95)', measurement(120, 'ms', 'time')]])]]),
    };
    const [v] = evaluate(
      [fakeMeasure({ metric: 'http_req_duration', source: 'k6', stat: 'p(99)', target: '<= 200ms' })],
      [set],
    );
    expect(v?.status).toBe('missing');
    expect(v?.note).toBe('k6.json has http_req_duration but not its p(99) (it has p(95))');
    expect(v?.suggestions).toEqual(['p(95)']);
  });

  it('time targets in any unit agree with a comparison in ms', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom('ms', 's', 'us'),
        (ms, t, u) => {
          const set: ResultSet = {
            file: 'f',
            format: 'k6-summary-data',
            source: 'k6',
            metrics: new Map([['d', new Map([['avg', measurement(ms, 'ms', 'time')]])]]),
          };
          const [v] = evaluate([fakeMeasure({ metric: 'd', source: 'k6', stat: 'avg', target: `<= ${t}${u}` })], [set]);
          const limitMs = t * { ms: 1, s: 1000, us: 0.001 }[u];
          expect(v?.status).toBe(ms <= limitMs ? 'pass' : 'fail');
        },
      ),
    );
  });
});

describe('export writes safely', () => {
  it('writes a file, keeps it when unchanged, refuses a file it did not write and a link', async () => {
    const out = path.join(tmp, 'thresholds.json');
    let r = await runCli(['export', 'k6', 'load', '-o', out], PROJECT);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('"p(95)<=20"');
    r = await runCli(['export', 'k6', 'load', '-o', out], PROJECT);
    expect(r.stderr).toContain('up to date');
    const mine = path.join(tmp, 'mine.json');
    writeFileSync(mine, '{ "thresholds": {} }\n');
    r = await runCli(['export', 'k6', 'load', '-o', mine], PROJECT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('was not generated by perfcoord');
    expect(readFileSync(mine, 'utf8')).toBe('{ "thresholds": {} }\n');
    r = await runCli(['export', 'k6', 'load', '-o', mine, '--force'], PROJECT);
    expect(r.code).toBe(0);
    const link = path.join(tmp, 'link.json');
    symlinkSync(out, link);
    r = await runCli(['export', 'lighthouserc', 'web', '-o', link], PROJECT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('symbolic link');
  });

  it('an unknown stage is a usage error with the nearest stage', async () => {
    const r = await runCli(['export', 'k6', 'lod'], PROJECT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no gate stage "lod"; did you mean "load"?');
  });
});

function fakeMeasure(m: { metric: string; source: Measure['source']; stat?: string; target: string }): Measure {
  const loc = { doc: undefined, path: [] } as unknown as Measure['loc'];
  return { ...m, loc, statLoc: loc, targetLoc: loc };
}

function writeProject(dir: string, criteria: string[]): void {
  const files: Record<string, string> = {
    'perfcoord.yaml': 'apiVersion: perfcoord/v1\nkind: Project\nname: t\ncoreTeam: performance\n',
    'coordination/teams.yaml':
      'apiVersion: perfcoord/v1\nkind: Teams\nteams:\n  - { id: performance, name: P, dependency: core }\n',
    'coordination/gates.yaml': [
      'apiVersion: perfcoord/v1',
      'kind: QualityGates',
      'id: g',
      'stages:',
      '  - id: web',
      '    owner: performance',
      '    criteria:',
      ...criteria,
      '',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
