import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from 'markdownlint-cli2/markdownlint/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/run.js';

const PROJECT = path.join(ROOT, 'test/fixtures/gates/project');
const LHR = '../lighthouse-12.8.2-sample-trimmed.json';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-gate-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const webCheck = (...extra: string[]) => runCli(['gate', 'check', 'web', '-r', LHR, ...extra], PROJECT);

describe('gate check formats', () => {
  for (const format of ['stylish', 'json', 'junit', 'github', 'markdown']) {
    it(`${format}: golden output for a failing stage`, async () => {
      const r = await webCheck('-f', format);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      await expect(r.stdout).toMatchFileSnapshot(
        `__snapshots__/gate-check/web.${format === 'stylish' ? 'txt' : format}`,
      );
    });
  }

  it('names the owner, the sign-off and the escalation level on failure, and not on success', async () => {
    const failed = await webCheck();
    expect(failed.stdout).toContain(
      '  owner: performance\n  sign-off: backend, devops\n  escalate: level 1 of checkout_escalation',
    );
    const passing = await runCli(['gate', 'check', 'load', '-r', '../k6-summary-export.json', '-f', 'json'], PROJECT);
    expect(JSON.parse(passing.stdout).owner).toEqual(['performance', 'backend']);
    const ok = await runCli(
      ['gate', 'check', 'web', '-r', path.join(ROOT, 'examples/gates/results/lighthouse.json')],
      path.join(ROOT, 'examples/gates'),
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout).not.toContain('owner:');
  });

  it('github annotations point at the criterion line in the YAML', async () => {
    const r = await webCheck('-f', 'github');
    const yaml = readFileSync(path.join(PROJECT, 'coordination/gates.yaml'), 'utf8').split('\n');
    const line = Number(/::error file=coordination\/gates.yaml,line=(\d+),/.exec(r.stdout)?.[1]);
    expect(yaml[line - 1]).toContain('largest-contentful-paint');
  });

  it('github annotation paths are relative to GITHUB_WORKSPACE when perfcoord runs below it', async () => {
    const r = await runCli(['gate', 'check', 'web', '-r', LHR, '-f', 'github'], PROJECT, { GITHUB_WORKSPACE: ROOT });
    expect(r.stdout).toContain('::error file=test/fixtures/gates/project/coordination/gates.yaml,line=11,');
  });

  it('-o writes the report to a file', async () => {
    const out = path.join(tmp, 'gate.md');
    const r = await webCheck('-f', 'markdown', '-o', out);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain(
      '| largest-contentful-paint | lighthouse | \\<= 2500ms | 10894.4 ms | **fail** |',
    );
  });
});

describe('gate check exit codes', () => {
  it('0 when every measurable criterion passes', async () => {
    const r = await runCli(
      [
        'gate',
        'check',
        'web',
        '-c',
        path.join(ROOT, 'examples/gates/perfcoord.yaml'),
        '-r',
        path.join(ROOT, 'examples/gates/results/lighthouse.json'),
      ],
      ROOT,
    );
    expect(r.stdout).toContain('passed');
    expect(r.code).toBe(0);
  });

  for (const [what, args, message] of [
    [
      'an unknown stage, with the nearest',
      ['gate', 'check', 'wbe', '-r', LHR],
      'there is no gate stage "wbe"; did you mean "web"?',
    ],
    [
      'a missing results file, named',
      ['gate', 'check', 'web', '-r', 'nope.json'],
      'cannot read the results file nope.json: no such file',
    ],
    ['a file that is not JSON, named', ['gate', 'check', 'web', '-r', 'perfcoord.yaml'], 'perfcoord.yaml is not JSON'],
    ['no --results', ['gate', 'check', 'web'], 'name at least one result file with --results FILE'],
    ['an unknown format', ['gate', 'check', 'web', '-r', LHR, '-f', 'xml'], "argument 'xml' is invalid"],
  ] as const) {
    it(`2 for ${what}`, async () => {
      const r = await runCli([...args], PROJECT);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
    });
  }

  it('2 for JSON no tool wrote, naming the file', async () => {
    const file = path.join(tmp, 'other.json');
    writeFileSync(file, '{ "audits": {}, "metrics": [] }');
    const r = await runCli(['gate', 'check', 'web', '-r', file], PROJECT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file} is not a result file perfcoord knows`);
  });

  it('2 for a stage without measurable criteria', async () => {
    const r = await runCli(['gate', 'check', 'development_stage', '-r', LHR], path.join(ROOT, 'examples/seed'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('gate development_stage has no measurable criteria');
  });
});

const java = spawnSync('java', ['-version']).status === 0;

describe.skipIf(!java)('gate check JUnit XML (validated with the JDK against junit.xsd)', () => {
  it('matches the Ant schema as published', async () => {
    const out = path.join(tmp, 'gate.xml');
    const r = await webCheck('-f', 'junit', '-o', out);
    expect(r.code).toBe(1);
    const check = spawnSync(
      'java',
      [path.join(ROOT, 'test/helpers/XsdValidate.java'), path.join(ROOT, 'test/specs/junit.xsd'), out],
      {
        encoding: 'utf8',
      },
    );
    expect(check.stdout.trim()).toBe('valid');
    expect(readFileSync(out, 'utf8').match(/<failure /g)?.length).toBe(2);
  });
});

describe('the quality-gates page and the markdown report', () => {
  it('the page shows each measured criterion with its source, stat and target, markdownlint-clean', async () => {
    const out = path.join(tmp, 'docs');
    const r = await runCli(['render', 'docs', '--out', out], path.join(ROOT, 'examples/gates'));
    expect(r.code).toBe(0);
    const page = readFileSync(path.join(out, 'quality-gates.md'), 'utf8');
    expect(page).toContain('largest-contentful-paint (lighthouse) \\<= 2500ms');
    expect(page).toContain('Request duration (95th percentile) (k6 p(95)) \\<= 200ms');
    expect(page).toContain('http_req_failed (k6 rate) \\< 1%');
    const config = { default: true, MD013: false };
    expect((await lint({ strings: { page }, config })).toString()).toBe('');
    // The report is a section appended to $GITHUB_STEP_SUMMARY after others, so it opens with "##".
    const report = await runCli(['gate', 'check', 'web', '-r', LHR, '-f', 'markdown'], PROJECT);
    const summary = await lint({ strings: { report: report.stdout }, config: { ...config, MD041: false } });
    expect(summary.toString()).toBe('');
  });
});
