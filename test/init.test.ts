import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../src/cli/init/templates.js';
import { writeProject } from '../src/cli/init/write.js';
import { version } from '../src/core/version.js';
import { MINIMAL, ROOT, SEED, runCli } from './helpers/run.js';
// @ts-expect-error: a build script in plain JavaScript
import { collectTemplates } from '../scripts/templates.mjs';
import { tempFolders } from './helpers/tmp.js';

const emptyDir = tempFolders('init');

/** Every file under `dir` with its content and modification time. */
function snapshot(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) Object.assign(out, snapshot(full, `${rel}${e.name}/`));
    else out[`${rel}${e.name}`] = `${statSync(full).mtimeMs} ${readFileSync(full, 'utf8')}`;
  }
  return out;
}

function readTree(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) Object.assign(out, readTree(full, `${rel}${e.name}/`));
    else out[`${rel}${e.name}`] = readFileSync(full, 'utf8');
  }
  return out;
}

/**
 * An example as init must write it: its YAML files (not the docs `npm run demo`
 * renders beside them), $schema lines pointed at `base`.
 */
function expectedFrom(example: string, schemaFor: (file: string, schema: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, text] of Object.entries(readTree(example))) {
    if (!/\.ya?ml$/.test(file)) continue;
    out[file] = text.replace(
      /^# yaml-language-server: \$schema=\S*\/([\w.-]+)$/gm,
      (_l, schema: string) => `# yaml-language-server: $schema=${schemaFor(file, schema)}`,
    );
  }
  return out;
}

const published = (_file: string, schema: string) => `https://unpkg.com/perfcoord@${version()}/schemas/${schema}`;

const YES_STDOUT = `Created a perfcoord project in this folder from the minimal template:
  perfcoord.yaml
  coordination/cadence.yaml
  coordination/escalation.yaml
  coordination/ownership.yaml
  coordination/teams.yaml

perfcoord validate
ok 5 files checked, no problems

Next steps:
  perfcoord who-owns checkout_latency  who owns an area: teams, duties, leads, escalation
  perfcoord render docs --out docs     Markdown pages with Mermaid diagrams
  perfcoord validate -f github         in CI: annotations on pull requests (README: CI recipes)
`;

describe('perfcoord init', () => {
  it('--yes writes the minimal example with published $schema lines, and validates it', async () => {
    const dir = emptyDir();
    const r = await runCli(['init', '--yes'], dir);
    expect(r).toEqual({ code: 0, stdout: YES_STDOUT, stderr: '' });
    expect(readTree(dir)).toEqual(expectedFrom(MINIMAL, published));
    expect((await runCli(['validate'], dir)).code).toBe(0);
  });

  it('a second --yes changes nothing and names the file in the way', async () => {
    const dir = emptyDir();
    expect((await runCli(['init', '--yes'], dir)).code).toBe(0);
    const before = snapshot(dir);
    const again = await runCli(['init', '--yes'], dir);
    expect(again).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'perfcoord: perfcoord.yaml already exists; init never overwrites a file. Nothing was written; move it away or choose another folder with --dir.\n',
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('stops before writing anything when any one target exists', async () => {
    const dir = emptyDir();
    mkdirSync(path.join(dir, 'coordination'));
    writeFileSync(path.join(dir, 'coordination/teams.yaml'), 'mine\n');
    const r = await runCli(['init', '--yes'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('perfcoord: coordination/teams.yaml already exists');
    expect(readTree(dir)).toEqual({ 'coordination/teams.yaml': 'mine\n' });
  });

  it('refuses a file where a folder goes, and a linked folder', async () => {
    const dir = emptyDir();
    writeFileSync(path.join(dir, 'coordination'), 'a file\n');
    const r = await runCli(['init', '--yes'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('perfcoord: coordination is in the way: it is not a folder');
    expect(readTree(dir)).toEqual({ coordination: 'a file\n' });

    const other = emptyDir();
    const outside = emptyDir();
    symlinkSync(outside, path.join(other, 'coordination'));
    const linked = await runCli(['init', '--yes'], other);
    expect(linked.code).toBe(1);
    expect(linked.stderr).toContain('perfcoord: coordination is a symbolic link; init writes only into real folders');
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(path.join(other, 'perfcoord.yaml'))).toBe(false);
  });

  it('without a terminal and without --yes exits 2 and writes nothing', async () => {
    const dir = emptyDir();
    const r = await runCli(['init', '--dir', 'new'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'perfcoord: init asks questions and needs a terminal; pass --yes to write the starter project without asking (perfcoord init --yes)\n',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--template seed writes the whole seed strategy, which validates as examples/seed does', async () => {
    const dir = emptyDir();
    const r = await runCli(['init', '-y', '-t', 'seed'], dir);
    expect(r.code).toBe(0);
    expect(readTree(dir)).toEqual(expectedFrom(SEED, published));
    expect(r.stdout).toContain('1 problem (0 errors, 1 warning) in 23 files checked');
    expect(r.stdout).toContain('perfcoord who-owns database_optimization');
    const check = await runCli(['validate', '-f', 'compact'], dir);
    const examples = await runCli(['validate', '-f', 'compact'], SEED);
    expect(check).toEqual(examples);
  });

  it('--dir creates the folder and says to go there', async () => {
    const dir = emptyDir();
    const r = await runCli(['init', '--yes', '--dir', 'teams/perf coordination'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Created a perfcoord project in teams/perf coordination from the minimal template:');
    expect(r.stdout).toContain("  cd 'teams/perf coordination'\n");
    expect(Object.keys(readTree(path.join(dir, 'teams/perf coordination'))).sort()).toEqual(
      Object.keys(expectedFrom(MINIMAL, published)).sort(),
    );
    expect((await runCli(['validate'], path.join(dir, 'teams/perf coordination'))).code).toBe(0);
  });

  it('points $schema at the installed schemas when perfcoord is installed in the project', async () => {
    const dir = emptyDir();
    mkdirSync(path.join(dir, 'node_modules/perfcoord/schemas'), { recursive: true });
    const r = await runCli(['init', '--yes'], dir);
    expect(r.code).toBe(0);
    const files = readTree(dir);
    const expected = expectedFrom(
      MINIMAL,
      (file, schema) => `${file.includes('/') ? '../' : ''}node_modules/perfcoord/schemas/${schema}`,
    );
    for (const [file, text] of Object.entries(expected)) expect(files[file]).toBe(text);
    expect(files['perfcoord.yaml']).toMatch(
      /^# yaml-language-server: \$schema=node_modules\/perfcoord\/schemas\/project\.schema\.json\n/,
    );
  });

  it('finds perfcoord installed in a parent folder (a monorepo root) for the $schema lines', async () => {
    const dir = emptyDir();
    mkdirSync(path.join(dir, 'node_modules/perfcoord/schemas'), { recursive: true });
    const r = await runCli(['init', '--yes', '--dir', 'services/perf'], dir);
    expect(r.code).toBe(0);
    const files = readTree(path.join(dir, 'services/perf'));
    expect(files['perfcoord.yaml']).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/node_modules\/perfcoord\/schemas\/project\.schema\.json\n/,
    );
    const teams = Object.entries(files).find(([f]) => f.endsWith('teams.yaml'));
    expect(teams?.[1]).toMatch(/\$schema=\.\.\/\.\.\/\.\.\/node_modules\/perfcoord\/schemas\/teams\.schema\.json/);
  });

  it('refuses an unknown template', async () => {
    const dir = emptyDir();
    const r = await runCli(['init', '--yes', '--template', 'huge'], dir);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes back what it wrote when a later write fails', () => {
    const dir = emptyDir();
    writeFileSync(path.join(dir, 'blocker'), 'x');
    const files = new Map([
      ['perfcoord.yaml', 'a'],
      ['coordination/a.yaml', 'b'],
      ['blocker/b.yaml', 'c'],
    ]);
    expect(() => writeProject(dir, files)).toThrow(/cannot create the folder/);
    expect(readTree(dir)).toEqual({ blocker: 'x' });
  });

  it('ships the examples as they are in the repository', () => {
    expect(loadTemplates()).toEqual(collectTemplates(ROOT));
  });
});
