import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, SEED } from './helpers/run.js';
import { snykOwners } from './helpers/snyk-codeowners.js';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'perfcoord-codeowners-'));
  temps.push(dir);
  return dir;
}

function write(root: string, rel: string, text = '') {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A copy of the seed whose teams have GitHub handles "@acme/<team>-team". */
export function seedWithHandles(dir: string): string {
  cpSync(SEED, dir, { recursive: true });
  const teams = path.join(dir, 'coordination/teams.yaml');
  const text = readFileSync(teams, 'utf8');
  const [head = '', roles = ''] = text.split('\nroles:');
  writeFileSync(
    teams,
    `${head.replace(/^( {2}- id: (\S+)\n)/gm, '$1    handles: { github: "@acme/$2-team", gitlab: "@acme/$2-team" }\n')}\nroles:${roles}`,
  );
  return dir;
}

const gitAvailable = spawnSync('git', ['--version']).status === 0;
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, stdio: 'ignore' });

const TEAMS = `apiVersion: perfcoord/v1
kind: Teams
teams:
  - { id: platform, name: Platform, dependency: core, handles: { github: "@acme/platform", gitlab: "@acme/platform" } }
  - { id: data, name: Data, dependency: high, handles: { github: "@acme/data", gitlab: "@acme/data/db" } }
  - { id: web, name: Web, dependency: medium, handles: { github: "@web-dev", gitlab: "@web-dev", email: "web@acme.example" } }
  - { id: ops, name: Ops, dependency: high, handles: { github: "@acme/ops", gitlab: "@acme/ops-gl" } }
`;

/** Areas with every kind of pattern: anchored, floating, folders, wildcards, escapes, nested claims. */
const OWNERSHIP = `apiVersion: perfcoord/v1
kind: Ownership
areas:
  - id: everything
    title: Everything else
    paths: ["*"]
    owners: [{ team: platform }]
  - id: database
    title: Database
    paths: [src/db/, migrations/**, "**/*.sql"]
    owners: [{ team: data }, { team: platform }]
  - id: schema
    title: Schema
    paths: [src/db/schema/**]
    owners: [{ team: data }]
  - id: frontend
    title: Frontend
    paths: [web/, "*.css", docs/*, "src/ui/**/*.tsx"]
    owners: [{ team: web }]
    duties: { release: ops }
  - id: containers
    title: Containers
    paths: [Dockerfile, /deploy/, logs/]
    owners: [{ team: ops }]
  - id: odd_names
    title: Odd names
    paths: ["src/f\\\\*o", "notes/?.md"]
    owners: [{ team: web }]
unowned: [src/generated/, "*.lock"]
`;

const TREE = [
  'README.md',
  'package.json',
  'yarn.lock',
  'Dockerfile',
  'src/app.ts',
  'src/db',
  'src/db/pool.ts',
  'src/db/schema/users.sql',
  'src/db/schema/x/y.ts',
  'src/report.sql',
  'src/ui/button.tsx',
  'src/ui/forms/input.tsx',
  'src/ui/forms/input.ts',
  'src/generated/api.ts',
  'src/generated/deep/types.ts',
  'src/f*o',
  'src/fxo',
  'migrations/001.sql',
  'migrations/nested/002.sql',
  'web/index.html',
  'web/styles/site.css',
  'packages/web/index.ts',
  'docs/index.md',
  'docs/guide/deep.md',
  'notes/a.md',
  'notes/ab.md',
  'deploy/k8s/app.yaml',
  'tools/deploy/run.sh',
  'services/api/Dockerfile',
  'services/api/logs/today.log',
  'logs/x.log',
  'theme.css',
];

function project(root: string, sub: string) {
  const dir = path.join(root, sub);
  write(dir, 'perfcoord.yaml', 'apiVersion: perfcoord/v1\nkind: Project\nname: Shop\ncoreTeam: platform\n');
  write(dir, 'coordination/teams.yaml', TEAMS);
  write(dir, 'coordination/ownership.yaml', OWNERSHIP);
  for (const f of TREE) if (f !== 'src/db') write(dir, f, 'x\n');
  return dir;
}

describe('export codeowners: GitHub over the exported file equals who-owns', () => {
  it.skipIf(!gitAvailable)('for every path of a project in a subfolder of a git repository', async () => {
    const repo = tempDir();
    git(repo, 'init', '-q');
    const dir = project(repo, 'perf');
    const r = await runCli(['export', 'codeowners'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(repo, '.github/CODEOWNERS'), 'utf8');
    expect(text).toContain('/perf/src/db/schema/** @acme/data\n');
    const github = snykOwners(text);
    const json = JSON.parse((await runCli(['who-owns', '--json', ...TREE], dir)).stdout) as {
      paths: { path: string; winners: { area: string }[]; unowned?: unknown }[];
    };
    const handles: Record<string, string[]> = {
      everything: ['@acme/platform'],
      database: ['@acme/data', '@acme/platform'],
      schema: ['@acme/data'],
      frontend: ['@web-dev', '@acme/ops'],
      containers: ['@acme/ops'],
      odd_names: ['@web-dev'],
    };
    expect(json.paths).toHaveLength(TREE.length);
    for (const p of json.paths) {
      const winner = p.winners[0]?.area;
      const expected = p.unowned || winner === undefined ? [] : (handles[winner] ?? ['?']);
      expect([p.path, github(`perf/${p.path}`)]).toEqual([p.path, expected]);
    }
    // Nothing outside the project folder is claimed.
    expect(github('README.md')).toEqual([]);
    expect(github('other/src/db/pool.ts')).toEqual([]);
  });

  it('matches who-owns on the seed too (its teams given handles)', async () => {
    const seed = seedWithHandles(tempDir());
    const r = await runCli(['export', 'codeowners', '-o', '-'], seed);
    expect(r.code).toBe(0);
    const github = snykOwners(r.stdout);
    const prefix = /^\/(\S*?)\/?(?:src|deploy|dashboards|migrations)\//m.exec(
      r.stdout.split('\n').find((l) => l.startsWith('/')) ?? '',
    );
    expect(prefix).not.toBeNull();
    const json = JSON.parse(
      (await runCli(['who-owns', '--json', 'src/db/pool.ts', 'src/api/x.ts', 'test/perf-env/a', 'deploy/a'], SEED))
        .stdout,
    ) as { paths: { path: string; winners: { area: string }[] }[] };
    const base = (prefix?.[1] ?? '') === '' ? '' : `${prefix?.[1] ?? ''}/`;
    expect(json.paths.map((p) => github(`${base}${p.path}`))).toEqual([
      ['@acme/backend-team', '@acme/performance-team'],
      ['@acme/backend-team', '@acme/performance-team'],
      ['@acme/devops-team', '@acme/qa-team', '@acme/performance-team'],
      ['@acme/devops-team'],
    ]);
  });
});

describe('export codeowners: writing and checking', () => {
  const setup = () => {
    const dir = project(tempDir(), '.');
    git(dir, 'init', '-q');
    return dir;
  };

  it('writes once, is then up to date, and --check sees a hand edit and a changed area', async () => {
    const dir = setup();
    expect((await runCli(['export', 'codeowners'], dir)).code).toBe(0);
    const file = path.join(dir, '.github/CODEOWNERS');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# Generated by perfcoord export codeowners from perfcoord\.yaml\./);
    expect(await runCli(['export', 'codeowners', '--check'], dir)).toEqual({
      code: 0,
      stdout: '.github/CODEOWNERS is up to date.\n',
      stderr: '',
    });
    writeFileSync(file, text.replace('@acme/data', '@someone'));
    const edited = await runCli(['export', 'codeowners', '--check'], dir);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toMatch(/is out of date/);
    expect((await runCli(['export', 'codeowners'], dir)).code).toBe(0);
    write(dir, 'coordination/ownership.yaml', OWNERSHIP.replace('src/db/schema/**', 'src/db/schema/'));
    expect((await runCli(['export', 'codeowners', '--check'], dir)).code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('never replaces a hand-written CODEOWNERS without --force, nor writes through a link', async () => {
    const dir = setup();
    write(dir, '.github/CODEOWNERS', '* @someone\n');
    const r = await runCli(['export', 'codeowners'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/was not generated by perfcoord .*\n.*--force/);
    expect(readFileSync(path.join(dir, '.github/CODEOWNERS'), 'utf8')).toBe('* @someone\n');
    expect((await runCli(['export', 'codeowners', '--check'], dir)).stdout).toMatch(/--force/);
    expect((await runCli(['export', 'codeowners', '--force'], dir)).code).toBe(0);
    write(dir, 'elsewhere', 'mine\n');
    rmSync(path.join(dir, '.github/CODEOWNERS'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, '.github/CODEOWNERS'));
    const link = await runCli(['export', 'codeowners', '--force'], dir);
    expect(link.code).toBe(2);
    expect(link.stderr).toMatch(/symbolic link/);
    expect(readFileSync(path.join(dir, 'elsewhere'), 'utf8')).toBe('mine\n');
  });

  it('writes where codeowners.out says, in GitLab flavour with GitLab handles', async () => {
    const dir = setup();
    write(
      dir,
      'perfcoord.yaml',
      'apiVersion: perfcoord/v1\nkind: Project\nname: Shop\ncoreTeam: platform\ncodeowners: { out: .gitlab/CODEOWNERS }\n',
    );
    expect((await runCli(['export', 'codeowners', '--flavor', 'gitlab'], dir)).code).toBe(0);
    const text = readFileSync(path.join(dir, '.gitlab/CODEOWNERS'), 'utf8');
    expect(text).toContain('/src/db/ @acme/data/db @acme/platform\n');
    expect(text).toContain('/**/*.css @web-dev @acme/ops-gl\n');
    expect(text).not.toMatch(/^\[/m);
  });

  it('names a team without a handle and the field to add; an unknown flavour is a usage error', async () => {
    const dir = setup();
    write(
      dir,
      'coordination/teams.yaml',
      TEAMS.replace(', handles: { github: "@acme/data", gitlab: "@acme/data/db" }', ''),
    );
    const r = await runCli(['export', 'codeowners', '-o', '-'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^coordination\/teams\.yaml:5:\d+: error team data owns code paths but has no github handle; add handles: \{ github: "@org\/team" \} to team data \[export-codeowners\]$/m,
    );
    const bad = await runCli(['export', 'codeowners', '--flavor', 'bitbucket'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bitbucket/);
  });

  it('reports a who-owns tie naming both areas and patterns, and gives the path to the area declared first', async () => {
    const dir = setup();
    write(
      dir,
      'coordination/ownership.yaml',
      OWNERSHIP.replace(
        'paths: [Dockerfile, /deploy/, logs/]',
        'paths: [Dockerfile, /deploy/, logs/, "src/ui/**/*.tsx"]',
      ),
    );
    const r = await runCli(['export', 'codeowners', '-o', '-'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /warning "src\/ui\/\*\*\/\*\.tsx" \(area containers\) and "src\/ui\/\*\*\/\*\.tsx" \(area frontend\) tie on .*the file gives it to frontend, declared first/,
    );
    expect(snykOwners(r.stdout)('src/ui/button.tsx')).toEqual(['@web-dev', '@acme/ops']);
  });
});
