import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMAL, ROOT, runCli } from './helpers/run.js';

const SUITE = path.join(ROOT, 'test/fixtures/yaml-test-suite');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-yaml-suite-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('invalid cases of the YAML test suite', () => {
  const cases = readdirSync(SUITE).filter((f) => f.endsWith('.yaml'));
  it.each(cases.flatMap((c) => [[c, 'fast'] as const, [c, 'complete'] as const]))(
    '%s is rejected (%s path)',
    async (name, mode) => {
      const args = [
        'validate',
        path.join(SUITE, name),
        '-f',
        'compact',
        ...(mode === 'complete' ? ['--no-fast-path'] : []),
      ];
      const result = await runCli(args, SUITE);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/ error .*\[yaml-syntax\]$/m);
    },
  );
});

describe('a %YAML directive', () => {
  const project = path.join(tmp, 'project');
  cpSync(MINIMAL, project, { recursive: true });

  it.each(['1.1', '1.3'])('%s is reported once, as yaml-directive', async (version) => {
    writeFileSync(
      path.join(project, 'coordination/extra.yaml'),
      `%YAML ${version}\n---\napiVersion: perfcoord/v1\nkind: Channels\nchannels: []\n`,
    );
    const result = await runCli(['validate', '-f', 'compact', '--no-fast-path'], project);
    const lines = result.stdout.split('\n').filter((l) => l.includes('extra.yaml'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/warning the directive "%YAML .*\[yaml-directive\]$/);
  });

  it('leaves nothing behind when yaml-directive is off', async () => {
    writeFileSync(
      path.join(project, 'coordination/extra.yaml'),
      `%YAML 1.3\n---\napiVersion: perfcoord/v1\nkind: Channels\nchannels: []\n`,
    );
    appendFileSync(path.join(project, 'perfcoord.yaml'), 'rules:\n  yaml-directive: off\n');
    const result = await runCli(['validate', '-f', 'compact'], project);
    expect(result.stdout).not.toContain('extra.yaml');
    expect(result.code).toBe(0);
  });
});
