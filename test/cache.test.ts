import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED, runCli } from './helpers/run.js';
import { tempFolder } from './helpers/tmp.js';

const tmp = tempFolder('cache');

interface Header {
  format: string;
  key: string;
  entries: string[];
  runs: [string, unknown][];
}

/** The cache file: a header line, then one line an entry. */
function readCache(file: string): { header: Header; lines: string[] } {
  const [first = '', ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  return { header: JSON.parse(first) as Header, lines };
}

describe('--cache', () => {
  it('gives the same findings as a run without it, and follows edits', async () => {
    const project = path.join(tmp, 'seed');
    cpSync(SEED, project, { recursive: true });
    mkdirSync(path.join(project, 'node_modules'));
    const plain = await runCli(['validate', '-f', 'json'], project);
    const first = await runCli(['validate', '-f', 'json', '--cache'], project);
    // Where build tools keep caches, out of what a pull request can commit.
    const cacheFile = path.join(project, 'node_modules/.cache/perfcoord/project.json');
    expect(existsSync(cacheFile)).toBe(true);
    const second = await runCli(['validate', '-f', 'json', '--cache'], project);
    expect(first.stdout).toBe(plain.stdout);
    expect(second.stdout).toBe(plain.stdout);
    expect(second.code).toBe(plain.code);

    const teams = path.join(project, 'coordination/teams.yaml');
    writeFileSync(teams, readFileSync(teams, 'utf8').replace('dependency: critical', 'dependency: critcal'));
    const edited = await runCli(['validate', '-f', 'compact', '--cache'], project);
    const fresh = await runCli(['validate', '-f', 'compact'], project);
    expect(edited.stdout).toBe(fresh.stdout);
    expect(edited.stdout).toMatch(/did you mean "critical"\?/);
    expect(edited.code).toBe(1);
  });

  it("without node_modules, keeps the cache in the user's cache folder, never in the project", async () => {
    const project = path.join(tmp, 'bare');
    cpSync(path.join(ROOT, 'examples/minimal'), project, { recursive: true });
    const xdg = path.join(tmp, 'xdg');
    const r = await runCli(['validate', '--cache'], project, { XDG_CACHE_HOME: xdg });
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(xdg, 'perfcoord'))).toHaveLength(1);
    expect(readdirSync(project).sort()).toEqual(['coordination', 'perfcoord.yaml']);
  });

  it('starts afresh when the cache was written by another version, and honours --cache-location', async () => {
    const project = path.join(tmp, 'minimal');
    cpSync(path.join(ROOT, 'examples/minimal'), project, { recursive: true });
    const location = path.join(tmp, 'elsewhere/cache.json');
    await runCli(['validate', '--cache', '--cache-location', location], project);
    const { header } = readCache(location);
    expect(header.entries.length).toBeGreaterThan(0);
    expect(header.runs).toHaveLength(1);
    const stale = [
      // The layout of an earlier release, and this layout under another key.
      JSON.stringify({ key: 'other', entries: { x: { documents: [] } } }),
      `${JSON.stringify({ ...header, key: 'other' })}\n${readCache(location).lines.join('\n')}\n`,
    ];
    for (const text of stale) {
      writeFileSync(location, text);
      const r = await runCli(['validate', '-f', 'json', '--cache', '--cache-location', location], project);
      expect(JSON.parse(r.stdout)).toMatchObject({ diagnostics: [] });
      expect(readCache(location).header.key).toBe(header.key);
    }
  });

  it('prints the report and warns when the cache cannot be saved (a link or a folder in its place)', async () => {
    const project = path.join(tmp, 'unsaved');
    cpSync(SEED, project, { recursive: true });
    const plain = await runCli(['validate', '-f', 'json'], project);
    const elsewhere = path.join(tmp, 'unsaved-target.json');
    writeFileSync(elsewhere, 'not perfcoord');
    const link = path.join(tmp, 'unsaved-link.json');
    symlinkSync(elsewhere, link);
    const folder = path.join(tmp, 'unsaved-folder');
    mkdirSync(folder);
    for (const location of [link, folder]) {
      const r = await runCli(['validate', '-f', 'json', '--cache', '--cache-location', location], project);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.code).toBe(plain.code);
      expect(r.stderr).toMatch(
        /^perfcoord: warning: cannot save the cache \(.+\); the next run checks every file again\n$/,
      );
    }
    expect(readFileSync(elsewhere, 'utf8')).toBe('not perfcoord');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('rebuilds entries and runs of the right key but the wrong shape, without false findings', async () => {
    const project = path.join(tmp, 'damaged');
    cpSync(SEED, project, { recursive: true });
    const teams = path.join(project, 'coordination/teams.yaml');
    // A schema finding, so that the cache holds findings as well as documents.
    writeFileSync(teams, readFileSync(teams, 'utf8').replace('dependency: critical', 'dependency: critcal'));
    const plain = await runCli(['validate', '-f', 'json'], project);
    const location = path.join(tmp, 'damaged.json');
    await runCli(['validate', '--cache', '--cache-location', location], project);
    const good = readFileSync(location, 'utf8');
    const { header, lines } = readCache(location);
    const damage: string[] = [
      'not json',
      'null',
      '{"documents":"x"}',
      '{"documents":[]}',
      '{"documents":[{}],"schema":"x"}',
      '{"documents":[{}],"schema":[5]}',
      '{"documents":[{}],"schema":[[{"path":"a"}]]}',
      '{"documents":[{}],"schema":[[{"message":"m","path":[{}]}]]}',
      '{"documents":[{}],"schema":[[],[],[]]}',
    ];
    expect(lines.length).toBeGreaterThan(damage.length);
    const damagedLines = lines.map((line, i) => (i < damage.length ? (damage[i] as string) : line));
    // No kept run either: this run has to read every entry.
    const runs: unknown[] = [
      [],
      [['x', { diagnostics: 'x', configError: false }]],
      [
        [
          'x',
          { diagnostics: [{ file: 'a', range: {}, severity: 'fatal', rule: 'r', message: 'm' }], configError: false },
        ],
      ],
    ];
    for (const damagedRuns of runs) {
      writeFileSync(location, `${[JSON.stringify({ ...header, runs: damagedRuns }), ...damagedLines].join('\n')}\n`);
      for (let run = 0; run < 2; run++) {
        const r = await runCli(['validate', '-f', 'json', '--cache', '--cache-location', location], project);
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(plain.stdout);
        expect(r.code).toBe(plain.code);
      }
      // Rebuilt: the damaged entries and runs were replaced by what a fresh run keeps.
      expect(readFileSync(location, 'utf8')).toBe(good);
    }
  });

  it('takes the outcome of an unchanged run from the cache, and checks again once anything it read changes', async () => {
    const project = path.join(tmp, 'outcome');
    cpSync(SEED, project, { recursive: true });
    const location = path.join(tmp, 'outcome.json');
    const args = ['validate', '-f', 'compact', '--cache', '--cache-location', location];
    const plain = await runCli(['validate', '-f', 'compact'], project);
    expect((await runCli(args, project)).stdout).toBe(plain.stdout);
    // The kept outcome is what an unchanged run reports: plant one to see it used.
    const planted = { file: 'perfcoord.yaml', range: { start: { line: 0, col: 0 }, end: { line: 0, col: 1 } } };
    const { header, lines } = readCache(location);
    const [key, run] = header.runs[0] as [string, { diagnostics: unknown[] }];
    run.diagnostics = [...run.diagnostics, { ...planted, severity: 'info', rule: 'planted', message: 'kept' }];
    writeFileSync(location, `${[JSON.stringify({ ...header, runs: [[key, run]] }), ...lines].join('\n')}\n`);
    expect((await runCli(args, project)).stdout).toContain('perfcoord.yaml:1:1: info kept [planted]');

    // A document added under coordination/ is a new input: checked afresh, and found.
    writeFileSync(
      path.join(project, 'coordination/extra.yaml'),
      'apiVersion: perfcoord/v1\nkind: Ownership\nareas:\n  - { id: extra_area, owners: [{ team: nobody }] }\n',
    );
    const added = await runCli(args, project);
    expect(added.stdout).toBe((await runCli(['validate', '-f', 'compact'], project)).stdout);
    expect(added.stdout).not.toContain('[planted]');
    expect(added.stdout).toMatch(/extra\.yaml:4:.*"nobody"/);
    // Named files, and another working folder, are other runs with outcomes of their own.
    const named = await runCli([...args, 'coordination/extra.yaml'], project);
    expect(named.stdout).toBe((await runCli(['validate', '-f', 'compact', 'coordination/extra.yaml'], project)).stdout);
    const inner = await runCli(args, path.join(project, 'coordination'));
    expect(inner.stdout).toBe((await runCli(['validate', '-f', 'compact'], path.join(project, 'coordination'))).stdout);
    expect(inner.stdout).toMatch(/^extra\.yaml:/m);
    // The first run (before extra.yaml) is kept too.
    expect(readCache(location).header.runs).toHaveLength(4);
  });

  it('checks a cached outcome that depended on the project files against them again', async () => {
    // Two areas whose globs are equally specific and tie only on a file that may or may not exist.
    const project = path.join(tmp, 'ties');
    cpSync(path.join(ROOT, 'examples/minimal'), project, { recursive: true });
    writeFileSync(
      path.join(project, 'coordination/areas.yaml'),
      [
        'apiVersion: perfcoord/v1',
        'kind: Ownership',
        'areas:',
        '  - { id: one, paths: ["src/*.sql"], owners: [{ team: backend }] }',
        '  - { id: two, paths: ["src/quer*"], owners: [{ team: backend }] }',
        '',
      ].join('\n'),
    );
    const location = path.join(tmp, 'ties.json');
    const args = ['validate', '-f', 'compact', '--cache', '--cache-location', location];
    const before = await runCli(args, project);
    expect(before.stdout).toBe((await runCli(['validate', '-f', 'compact'], project)).stdout);
    mkdirSync(path.join(project, 'src'));
    writeFileSync(path.join(project, 'src/query.sql'), 'select 1;\n');
    const after = await runCli(args, project);
    expect(after.stdout).toBe((await runCli(['validate', '-f', 'compact'], project)).stdout);
    expect(after.stdout).not.toBe(before.stdout);
    expect(after.stdout).toMatch(/both match "src\/query\.sql", a file of the project/);
  });

  it('keeps a run with another --max-depth apart: a cached file is checked for its depth afresh', async () => {
    const project = path.join(tmp, 'depth');
    cpSync(path.join(ROOT, 'examples/minimal'), project, { recursive: true });
    const location = path.join(tmp, 'depth.json');
    const args = ['validate', '-f', 'compact', '--cache', '--cache-location', location];
    expect((await runCli(args, project)).code).toBe(0);
    const plain = await runCli(['validate', '-f', 'compact', '--max-depth', '2'], project);
    expect(plain.stdout).toMatch(/yaml-depth/);
    const cached = await runCli([...args, '--max-depth', '2'], project);
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.code).toBe(plain.code);
  });
});
