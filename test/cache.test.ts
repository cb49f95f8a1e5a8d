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
    writeFileSync(path.join(tmp, 'stale.json'), JSON.stringify({ key: 'other', entries: { x: { documents: [] } } }));
    await runCli(['validate', '--cache', '--cache-location', location], project);
    const cache = JSON.parse(readFileSync(location, 'utf8')) as { key: string; entries: Record<string, unknown> };
    expect(Object.keys(cache.entries).length).toBeGreaterThan(0);
    cpSync(path.join(tmp, 'stale.json'), location);
    const r = await runCli(['validate', '-f', 'json', '--cache', '--cache-location', location], project);
    expect(JSON.parse(r.stdout)).toMatchObject({ diagnostics: [] });
    expect((JSON.parse(readFileSync(location, 'utf8')) as { key: string }).key).not.toBe('other');
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

  it('rebuilds entries of the right key but the wrong shape, without false findings', async () => {
    const project = path.join(tmp, 'damaged');
    cpSync(SEED, project, { recursive: true });
    const teams = path.join(project, 'coordination/teams.yaml');
    // A schema finding, so that the cache holds findings as well as documents.
    writeFileSync(teams, readFileSync(teams, 'utf8').replace('dependency: critical', 'dependency: critcal'));
    const plain = await runCli(['validate', '-f', 'json'], project);
    const location = path.join(tmp, 'damaged.json');
    await runCli(['validate', '--cache', '--cache-location', location], project);
    const good = JSON.parse(readFileSync(location, 'utf8')) as { key: string; entries: Record<string, unknown> };
    const hashes = Object.keys(good.entries);
    const damage: unknown[] = [
      null,
      { documents: 'x' },
      { documents: [] },
      { documents: [{}], schema: 'x' },
      { documents: [{}], schema: [5] },
      { documents: [{}], schema: [[{ path: 'a' }]] },
      { documents: [{}], schema: [[{ message: 'm', path: [{}] }]] },
      { documents: [{}], schema: [[], [], []] },
    ];
    expect(hashes.length).toBeGreaterThan(damage.length);
    const entries = Object.fromEntries(hashes.map((h, i) => [h, i < damage.length ? damage[i] : good.entries[h]]));
    writeFileSync(location, JSON.stringify({ key: good.key, entries }));
    for (let run = 0; run < 2; run++) {
      const r = await runCli(['validate', '-f', 'json', '--cache', '--cache-location', location], project);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(plain.stdout);
      expect(r.code).toBe(plain.code);
    }
    // Rebuilt: the damaged entries were replaced by what a fresh run keeps.
    expect(JSON.parse(readFileSync(location, 'utf8'))).toEqual(good);
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
