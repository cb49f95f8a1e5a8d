/**
 * The hooks of .pre-commit-hooks.yaml, installed and run by the real pre-commit from a clone of
 * this repository at its current commit, as a project that uses them would. pre-commit installs
 * the node hooks with npm from the registry, so this takes minutes; it skips without pre-commit.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMAL, ROOT, runCli } from './helpers/run.js';

const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
const missing =
  version.status !== 0 ? 'pre-commit is not installed' : commit.status !== 0 ? 'not a git checkout' : undefined;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-pre-commit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function git(args: string[], cwd: string): void {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd });
  expect(r.status, String(r.stderr)).toBe(0);
}

describe.skipIf(missing !== undefined)(`the pre-commit hooks${missing ? ` (${missing})` : ''}`, () => {
  it('install from a clone at a commit and pass on a valid project with current docs', async () => {
    const project = path.join(tmp, 'project');
    cpSync(MINIMAL, project, { recursive: true });
    expect((await runCli(['render', 'docs'], project)).code).toBe(0);
    const rev = commit.stdout.trim();
    writeFileSync(
      path.join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks:\n      - id: perfcoord-validate\n      - id: perfcoord-docs-check\n`,
    );
    git(['init', '-q'], project);
    git(['add', '-A'], project);
    git(['commit', '-qm', 'project'], project);
    const env = { ...process.env, PRE_COMMIT_HOME: path.join(tmp, 'cache'), PRE_COMMIT_COLOR: 'never' };
    const run = spawnSync('pre-commit', ['run', '--all-files'], { cwd: project, env, encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toMatch(/perfcoord validate\.+Passed/);
    expect(output).toMatch(/perfcoord render docs --check\.+Passed/);
    expect(run.status, output).toBe(0);
  }, 900_000);
});
