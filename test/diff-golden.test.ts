import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from 'markdownlint-cli2/markdownlint/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { diffPair } from './helpers/diff-sides.js';
import { readOptional } from './helpers/fixture.js';
import { ROOT, runCli } from './helpers/run.js';

/**
 * Golden pairs: test/fixtures/diff/<case>/ holds changes to the seed for the
 * head side (files/) and, where a case needs one, for the base side
 * (base-files/); expected.json is `perfcoord diff base head --format json`.
 * UPDATE_GOLDEN=1 rewrites the expectations from the current output.
 */
const FIXTURES = path.join(ROOT, 'test/fixtures/diff');
const update = process.env.UPDATE_GOLDEN === '1';
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

const cases = readdirSync(FIXTURES)
  .filter((name) => statSync(path.join(FIXTURES, name)).isDirectory())
  .sort();

describe('diff golden pairs', () => {
  it('has a case for each group of kinds', () => expect(cases.length).toBeGreaterThanOrEqual(8));

  for (const name of cases) {
    it(name, async () => {
      const caseDir = path.join(FIXTURES, name);
      const { dir, cleanup } = diffPair(caseDir);
      cleanups.push(cleanup);
      const json = await runCli(['diff', 'base', 'head', '--format', 'json'], dir);
      expect(json.stderr).toBe('');
      expect(json.code).toBe(0);
      const file = path.join(caseDir, 'expected.json');
      if (update || readOptional(file) === undefined) writeFileSync(file, json.stdout);
      expect(json.stdout).toBe(readFileSync(file, 'utf8'));
      expect(JSON.parse(json.stdout).changes.length).toBeGreaterThan(0);

      const markdown = await runCli(['diff', 'base', 'head', '--format', 'markdown'], dir);
      expect(markdown.code).toBe(0);
      const result = await lint({ strings: { 'diff.md': markdown.stdout }, config: { default: true } });
      expect(result.toString()).toBe('');

      const text = await runCli(['diff', 'base', 'head', '--exit-code'], dir);
      expect(text.code).toBe(1);
      // eslint-disable-next-line no-control-regex
      expect(text.stdout).not.toMatch(/\u001b\[/);
      expect(text.stdout).toMatch(/affected|changes?,/);
    });
  }
});
