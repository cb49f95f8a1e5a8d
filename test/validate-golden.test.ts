import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble, readOptional } from './helpers/fixture.js';
import { ROOT, runCli } from './helpers/run.js';

/**
 * Golden cases: test/fixtures/validate/<case>/ holds the changes to a base
 * project (files/), the arguments (args, one per line; default
 * "validate -f compact"), the expected standard output (expected), standard
 * error (stderr, when it matters) and exit code (exit). UPDATE_GOLDEN=1
 * rewrites the expectations from the current output.
 */
const FIXTURES = path.join(ROOT, 'test/fixtures/validate');
const update = process.env.UPDATE_GOLDEN === '1';
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

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
      const stdout = clean(result.stdout);
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
