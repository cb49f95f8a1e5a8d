import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble, readOptional } from './helpers/fixture.js';
import { ROOT, runCli } from './helpers/run.js';
import { ruleCatalog } from '../src/core/validate/catalog.js';
import { version } from '../src/core/version.js';

/**
 * Golden cases: test/fixtures/validate/<case>/ holds the changes to a base
 * project (files/), the arguments (args, one per line; default
 * "validate -f compact"), the expected standard output (expected), standard
 * error (stderr, when it matters), exit code (exit) and, optionally, a reduced
 * view of the output (view: "sarif-used-rules", below). UPDATE_GOLDEN=1
 * rewrites the expectations from the current output.
 */
const FIXTURES = path.join(ROOT, 'test/fixtures/validate');
const update = process.env.UPDATE_GOLDEN === '1';
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

interface SarifLog {
  runs: {
    tool: { driver: { version: string; semanticVersion: string; rules: { id: string }[] } };
    results: { ruleId: string; ruleIndex?: number | string }[];
  }[];
}

/**
 * A SARIF log reduced to what its golden case tests (with `view` holding
 * "sarif-used-rules"): the version masked, every result's ruleIndex checked
 * against the whole rule list and then shown as the id it points at, and only
 * the rule descriptors that results use. A new rule or release then changes no case.
 */
function sarifUsedRules(text: string): string {
  const log = JSON.parse(text) as SarifLog;
  for (const run of log.runs) {
    const { driver } = run.tool;
    expect(driver.rules.map((r) => r.id)).toEqual(ruleCatalog().map((r) => r.id));
    for (const result of run.results) {
      expect(driver.rules[Number(result.ruleIndex)]?.id).toBe(result.ruleId);
      result.ruleIndex = `<index of ${result.ruleId}>`;
    }
    expect([driver.version, driver.semanticVersion]).toEqual([version(), version()]);
    driver.version = driver.semanticVersion = '<version>';
    driver.rules = driver.rules.filter((r) => run.results.some((x) => x.ruleId === r.id));
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}

const cases = readdirSync(FIXTURES)
  .filter((name) => !name.startsWith('_'))
  .sort();

describe('validate golden cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(40));

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(FIXTURES, name);
      const base = (readOptional(path.join(dir, 'base')) ?? '_base').trim();
      const { project, cleanup } = assemble(dir, base === 'none' ? undefined : path.join(FIXTURES, base));
      cleanups.push(cleanup);
      const args = (readOptional(path.join(dir, 'args')) ?? 'validate\n-f\ncompact')
        .split('\n')
        .filter((a) => a !== '');
      const env = Object.fromEntries(
        (readOptional(path.join(dir, 'env')) ?? '')
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      const result = await runCli(args, project, env);
      const clean = (s: string) => s.replaceAll(project, '<project>').replaceAll(path.dirname(project), '<tmp>');
      const raw = clean(result.stdout);
      const stdout = readOptional(path.join(dir, 'view'))?.trim() === 'sarif-used-rules' ? sarifUsedRules(raw) : raw;
      const stderr = clean(result.stderr);
      if (update) {
        writeFileSync(path.join(dir, 'expected'), stdout);
        writeFileSync(path.join(dir, 'exit'), `${result.code}\n`);
        if (stderr !== '' || readOptional(path.join(dir, 'stderr')) !== undefined)
          writeFileSync(path.join(dir, 'stderr'), stderr);
        return;
      }
      expect(stdout).toBe(readOptional(path.join(dir, 'expected')) ?? '');
      expect(result.code).toBe(Number((readOptional(path.join(dir, 'exit')) ?? '').trim()));
      const expectedErr = readOptional(path.join(dir, 'stderr'));
      if (expectedErr !== undefined) expect(stderr).toBe(expectedErr);
    });
  }
});
