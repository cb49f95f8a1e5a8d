/**
 * gate check over real result files (see test/fixtures/gates/README.md), each
 * verdict held to one computed here straight from the file, with the units
 * converted by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/run.js';

const DIR = path.join(ROOT, 'test/fixtures/gates');
const PROJECT = path.join(DIR, 'project');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = (file: string): any => JSON.parse(readFileSync(path.join(DIR, file), 'utf8'));
const LHR = 'lighthouse-12.8.2-sample-trimmed.json';
const BENCH = [
  'bencher-bmf-latency.json',
  'bencher-bmf-dhat.json',
  'github-action-benchmark-custom-smaller.json',
  'github-action-benchmark-custom-bigger.json',
];

interface Row {
  metric: string;
  stat: string | null;
  status: string;
  actual: number | null;
}

async function check(stage: string, files: string[]): Promise<{ code: number; rows: Row[]; passed: boolean }> {
  const r = await runCli(['gate', 'check', stage, '-f', 'json', ...files.flatMap((f) => ['-r', `../${f}`])], PROJECT);
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as { passed: boolean; criteria: Row[] };
  return { code: r.code, rows: out.criteria, passed: out.passed };
}

const verdict = (ok: boolean) => (ok ? 'pass' : 'fail');

describe('gate check verdicts agree with a computation straight from the files', () => {
  it('a Lighthouse 12 report: audits in ms, bytes and unitless, category scores', async () => {
    const lhr = load(LHR);
    expect(lhr.lighthouseVersion).toMatch(/^12\./);
    const audit = (id: string): number => lhr.audits[id].numericValue;
    const expected = [
      verdict(audit('largest-contentful-paint') <= 2500),
      verdict(audit('cumulative-layout-shift') <= 0.1),
      verdict(audit('total-blocking-time') <= 1.2 * 1000),
      verdict(audit('total-byte-weight') <= 2 * 1000 * 1000),
      verdict(audit('server-response-time') <= 600),
      verdict(lhr.categories.performance.score >= 0.9),
      verdict(lhr.categories.accessibility.score >= 0.7),
    ];
    const { code, rows, passed } = await check('web', [LHR]);
    expect(rows.map((r) => r.status)).toEqual(expected);
    expect(expected).toContain('fail');
    expect(passed).toBe(false);
    expect(code).toBe(1);
    expect(rows[0]?.actual).toBe(audit('largest-contentful-paint'));
    expect(rows[2]?.actual).toBeCloseTo(audit('total-blocking-time') / 1000, 9);
  });

  for (const [shape, file, stats] of [
    // The export writes a metric's stats at its top level, a Rate's ratio as "value".
    ['--summary-export', 'k6-summary-export.json', (m: Record<string, number>) => m] as const,
    // handleSummary data nests them under "values", a Rate's ratio as "rate".
    ['handleSummary data', 'k6-handle-summary-data.json', (m: { values: Record<string, number> }) => m.values] as const,
  ]) {
    it(`a k6 ${shape} summary: trend stats in ms, a Rate as a fraction, counts and gauges`, async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const metrics = load(file).metrics as Record<string, any>;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const s = (name: string): Record<string, number> => stats(metrics[name] as any);
      const checksRate = s('checks').rate ?? s('checks').value!;
      const expected = [
        verdict(s('my_trend')['p(95)']! <= 20),
        verdict(s('my_trend').max! < 20),
        verdict(s('my_trend').avg! <= 0.01 * 1000),
        verdict(checksRate >= 0.7),
        verdict(s('http_reqs').count! >= 3),
        verdict(s('vus').value === 1),
      ];
      const { rows, code } = await check('load', [file]);
      expect(rows.map((r) => r.status)).toEqual(expected);
      expect(rows.map((r) => r.stat)).toEqual(['p(95)', 'max', 'avg', 'rate', 'count', 'value']);
      expect(rows[3]?.actual).toBe(checksRate * 100);
      expect(code).toBe(1);
    });
  }

  it('benchmarks: Bencher BMF (latency in ns, named measures) and github-action-benchmark (units as written)', async () => {
    const bmf = load('bencher-bmf-latency.json');
    const dhat = load('bencher-bmf-dhat.json');
    const gab = [
      ...load('github-action-benchmark-custom-smaller.json'),
      ...load('github-action-benchmark-custom-bigger.json'),
    ] as { name: string; unit: string; value: number }[];
    const entry = (name: string) => gab.find((e) => e.name === name)!;
    expect(entry('My Custom Smaller Is Better Benchmark - CPU Load').unit).toBe('Percent');
    expect(entry('My Custom Bigger Is Better Benchmark - Throughput').unit).toBe('req/s');
    const expected = [
      verdict(bmf['tests::benchmark_a'].latency.value / 1000 <= 3.5),
      verdict(bmf['tests::benchmark_b'].latency.value < 3000),
      verdict(entry('My Custom Smaller Is Better Benchmark - CPU Load').value <= 60),
      verdict(entry('My Custom Bigger Is Better Benchmark - Throughput').value >= 100),
      verdict(dhat.bench_play_game['Max Bytes'].value <= 8),
    ];
    const { rows } = await check('bench', BENCH);
    expect(rows.map((r) => r.status)).toEqual(expected);
  });

  it('a misspelt audit or metric is missing, never passed, with the correction when the files have it', async () => {
    const r = await runCli(
      ['gate', 'check', 'misspelt', '-r', `../${LHR}`, '-r', '../k6-handle-summary-data.json'],
      PROJECT,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'missing largest-contentfull-paint <= 2500ms [lighthouse]\n    no Lighthouse result file has largest-contentfull-paint; did you mean "largest-contentful-paint"?',
    );
    expect(r.stdout).toContain('missing http_req_duraton p(95) <= 200ms [k6]');
  });

  it('k6 criteria are missing, not passed, when only a Lighthouse report is given', async () => {
    const json = await check('load', [LHR]);
    expect(json.rows.map((row) => row.status)).toEqual(Array(6).fill('missing'));
    expect(json.passed).toBe(false);
  });
});
