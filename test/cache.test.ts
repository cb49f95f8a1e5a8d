import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
});
