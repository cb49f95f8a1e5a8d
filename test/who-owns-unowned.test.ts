import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unownedReport } from '../src/core/query/unowned.js';
import { loadProject } from '../src/core/load/load.js';
import { modelOf } from '../src/core/validate/validate.js';
import { MINIMAL, ROOT, SEED, runCli } from './helpers/run.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/who-owns');
const hasGit = spawnSync('git', ['--version']).status === 0;

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a fixture outside any git work tree, so that files are found by walking. */
function copy(name: string): string {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-who-owns-'));
  temps.push(tmp);
  const dir = path.join(tmp, name);
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

function write(dir: string, file: string, text = 'x\n'): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

describe('unownedReport: which files count', () => {
  const { model, index } = modelOf(loadProject({ cwd: path.join(FIXTURES, 'overlap') }));
  it.each([
    // file, reported as unclaimed
    ['README.md', true],
    ['tools/release.sh', true],
    ['src/app.ts', false],
    ['services/api/Dockerfile', false],
    ['docs/index.md', false],
    ['docs', false],
    ['docsite/index.md', true],
    ['perfcoord.yaml', false],
    ['coordination/teams.yaml', false],
    ['coordination/notes.md', true],
    ['node_modules/x/index.js', false],
    ['packages/a/node_modules/x/index.js', false],
    ['.git/config', false],
    ['./tools//build.sh', true],
  ] as const)('%s: %s', (file, unclaimed) => {
    const report = unownedReport(model, index, {
      files: [file],
      ownFiles: new Set(['perfcoord.yaml', 'coordination/teams.yaml']),
      docsOut: './docs/',
    });
    expect(report.paths.files.length === 1).toBe(unclaimed);
  });

  it('does not check paths when no area declares any', () => {
    const seedish = modelOf(loadProject({ cwd: path.join(FIXTURES, 'gaps') }));
    const withoutPaths = { ...seedish.model, areas: seedish.model.areas.map((a) => ({ ...a, paths: [] })) };
    const report = unownedReport(withoutPaths, seedish.index, { files: ['a.ts'], ownFiles: new Set() });
    expect(report.paths).toEqual({ checked: false, considered: 0, files: [], tied: [], truncated: false });
  });
});

describe('who-owns --unowned', () => {
  it('exits 0 on examples/seed and examples/minimal: no gaps', async () => {
    for (const dir of [SEED, MINIMAL]) {
      const r = await runCli(['who-owns', '--unowned'], dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.endsWith('\nno gaps\n')).toBe(true);
    }
  });

  it('lists unclaimed files, skipping the docs folder, perfcoord files, node_modules and .git (walking)', async () => {
    const dir = copy('overlap');
    write(dir, 'node_modules/left-pad/index.js');
    write(dir, '.git/HEAD', 'not a repository\n');
    write(dir, 'docs/overlap.md');
    const r = await runCli(['who-owns', '--unowned'], dir);
    expect(r).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        'areas with no accountable owner: none',
        '',
        'duties nobody holds: none',
        '',
        'code paths no area claims (2 of 10 files):',
        '  README.md',
        '  tools/release.sh',
        '',
        'code paths areas tie for, so none owns them (2):',
        '  config/app.json: config_json, app_config',
        '  lib/shared/util.ts: shared_a, shared_b',
        '',
        '4 gaps',
        '',
      ].join('\n'),
    });
  });

  it('reports every kind of gap, with where to fix it', async () => {
    const dir = copy('gaps');
    const r = await runCli(['who-owns', '--unowned'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'perfcoord: the project has 5 errors, so answers may be incomplete; run "perfcoord validate" to see them\n',
    );
    expect(r.stdout).toBe(
      [
        'areas with no accountable owner:',
        '  orphan: no owners and no duty with a holder (coordination/ownership.yaml:13)',
        '  phantom: its owners and holders (nobody_team) are declared in no Teams document (coordination/ownership.yaml:15)',
        '',
        'duties nobody holds:',
        '  area service, duty on_call: no holder (coordination/ownership.yaml:11)',
        '  area service, duty backups: held by ghost_team, declared in no Teams document (coordination/ownership.yaml:12)',
        '  phase release/ship, duty approval: no holder (coordination/workflow.yaml:10)',
        '',
        'code paths no area claims (3 of 4 files):',
        '  README.md',
        '  scripts/deploy.sh',
        '  site/theme.css',
        '',
        '8 gaps',
        '',
      ].join('\n'),
    );
  });

  it('prints the whole list in JSON and caps it in text', async () => {
    const dir = copy('gaps');
    for (let i = 0; i < 60; i++) write(dir, `scripts/job-${String(i).padStart(2, '0')}.sh`);
    const text = await runCli(['who-owns', '--unowned'], dir);
    const lines = text.stdout.split('\n');
    const start = lines.indexOf('code paths no area claims (63 of 64 files):');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 52).at(-1)).toBe('  … and 13 more ("--json" lists them all)');
    const json = JSON.parse((await runCli(['who-owns', '--unowned', '--json'], dir)).stdout);
    expect(json.version).toBe(1);
    expect(json.kind).toBe('unowned');
    expect(json.incomplete).toBe(true);
    expect(json.gaps).toBe(68);
    expect(json.paths.files).toHaveLength(63);
    expect(json.paths.considered).toBe(64);
    expect(json.areas.map((a: { id: string }) => a.id)).toEqual(['orphan', 'phantom']);
    expect(json.duties.map((d: { owner: string; duty: string }) => `${d.owner}:${d.duty}`)).toEqual([
      'service:on_call',
      'service:backups',
      'release/ship:approval',
    ]);
  });

  it.skipIf(!hasGit)('in a git work tree, lists tracked and untracked files but not ignored ones', async () => {
    const dir = copy('overlap');
    expect(spawnSync('git', ['init', '-q'], { cwd: dir }).status).toBe(0);
    write(dir, '.gitignore', 'build/\n');
    write(dir, 'build/bundle.js');
    const r = await runCli(['who-owns', '--unowned', '--json'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).paths).toEqual({
      checked: true,
      considered: 11,
      files: ['.gitignore', 'README.md', 'tools/release.sh'],
      tied: [
        { path: 'config/app.json', areas: ['config_json', 'app_config'] },
        { path: 'lib/shared/util.ts', areas: ['shared_a', 'shared_b'] },
      ],
      truncated: false,
    });
  });
});
