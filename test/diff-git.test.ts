import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffPair } from './helpers/diff-sides.js';
import { ROOT, SEED, runCli } from './helpers/run.js';

/**
 * Revisions of a real git repository: the project at one commit, the seed's
 * changes at the next, and a project folder below the top of the repository.
 */
const hasGit = spawnSync('git', ['--version']).status === 0;
const CASE = path.join(ROOT, 'test/fixtures/diff/seed-changes');
let repo = '';
let project = '';
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=perfcoord', '-c', 'user.email=perfcoord@example.com', ...args], {
    cwd: repo,
    stdio: 'pipe',
  });

beforeAll(() => {
  if (!hasGit) return;
  repo = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-diff-git-'));
  project = path.join(repo, 'perf');
  git('init', '-q');
  writeFileSync(path.join(repo, 'README.md'), 'before the project\n');
  git('add', '-A');
  git('commit', '-qm', 'start');
  cpSync(SEED, project, { recursive: true });
  mkdirSync(path.join(project, 'perf/analysis'), { recursive: true });
  writeFileSync(path.join(project, 'perf/analysis/profile.py'), '');
  git('add', '-A');
  git('commit', '-qm', 'the seed');
  cpSync(path.join(CASE, 'files'), project, { recursive: true, force: true });
  git('add', '-A');
  git('commit', '-qm', 'the changes');
});
afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

const changesOf = (stdout: string) => {
  const json = JSON.parse(stdout) as { changes: unknown; teams: unknown };
  return { changes: json.changes, teams: json.teams };
};

describe.skipIf(!hasGit)('diff between git revisions', () => {
  it('gives the answer the same two projects give as folders', async () => {
    const revisions = await runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], project);
    expect(revisions.stderr).toBe('');
    expect(revisions.code).toBe(0);
    const { dir, cleanup } = diffPair(CASE);
    try {
      for (const side of ['base', 'head']) {
        mkdirSync(path.join(dir, side, 'perf/analysis'), { recursive: true });
        writeFileSync(path.join(dir, side, 'perf/analysis/profile.py'), '');
      }
      const folders = await runCli(['diff', 'base', 'head', '--format', 'json'], dir);
      expect(changesOf(revisions.stdout)).toEqual(changesOf(folders.stdout));
    } finally {
      cleanup();
    }
    // In a repository, the files whose area went away are named too.
    expect(JSON.parse(revisions.stdout).changes).toContainEqual(
      expect.objectContaining({ kind: 'files', id: 'perf/analysis/profile.py', before: 'performance_analysis' }),
    );
  });

  it('compares with the working tree by default, and never touches it', async () => {
    const status = () => git('status', '--porcelain').toString();
    const before = status();
    const head = await runCli(['diff', 'HEAD~1', '--format', 'json'], project);
    const explicit = await runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], project);
    expect(head.code).toBe(0);
    expect(changesOf(head.stdout)).toEqual(changesOf(explicit.stdout));
    expect(JSON.parse(head.stdout).head).toBe('working tree');
    expect(status()).toBe(before);
    expect(readFileSync(path.join(project, 'coordination/teams.yaml'), 'utf8')).toContain('dependency: high');
  });

  it('reports everything as added at a revision before the project existed', async () => {
    const r = await runCli(['diff', 'HEAD~2', 'HEAD', '--format', 'json'], project);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { changes: { change: string }[]; notes: string[] };
    expect(json.notes.join()).toMatch(/does not exist at HEAD~2/);
    expect(json.changes.length).toBeGreaterThan(100);
    expect(json.changes.every((c) => c.change === 'added' || c.change === 'changed')).toBe(true);
  });

  it('says what is wrong with a bad side, exit 2', async () => {
    const unknown = await runCli(['diff', 'no-such-branch'], project);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/"no-such-branch" is neither a folder nor a revision/);
    const option = await runCli(['diff', '--', '--output=x'], project);
    expect(option.code).toBe(2);
    const empty = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-empty-'));
    try {
      const folder = await runCli(['diff', empty], project);
      expect(folder.code).toBe(2);
      expect(folder.stderr).toMatch(/no perfcoord\.yaml in the folder/);
      const outside = await runCli(['diff', 'HEAD'], empty);
      expect(outside.code).toBe(2);
      expect(outside.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    expect(existsSync(path.join(project, 'perfcoord.yaml'))).toBe(true);
  });

  it('--exit-code: 0 without changes, 1 with', async () => {
    expect((await runCli(['diff', 'HEAD', '--exit-code'], project)).code).toBe(0);
    expect((await runCli(['diff', 'HEAD~1', '--exit-code'], project)).code).toBe(1);
  });
});
