import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCodeowners } from '../src/core/import/codeowners-parse.js';
import { witness } from '../src/core/util/glob.js';
import { ROOT, runCli } from './helpers/run.js';
import { snykOwners } from './helpers/snyk-codeowners.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/codeowners');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
const gitAvailable = spawnSync('git', ['--version']).status === 0;

function write(root: string, rel: string, text = '') {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A new project in a git repository, with the given files of "the repository". */
function repo(files: readonly string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'perfcoord-import-'));
  temps.push(dir);
  spawnSync('git', ['init', '-q'], { cwd: dir });
  write(dir, 'perfcoord.yaml', 'apiVersion: perfcoord/v1\nkind: Project\nname: Imported\ncoreTeam: core\n');
  write(
    dir,
    'coordination/teams.yaml',
    'apiVersion: perfcoord/v1\nkind: Teams\nteams:\n  - { id: core, name: Core, dependency: core }\n',
  );
  for (const f of files) write(dir, f, 'x\n');
  return dir;
}

/** Paths that exercise every pattern: what it names, something inside it, a sibling. */
function pathsOf(codeowners: string): string[] {
  const out = new Set<string>(['README.md', 'src/index.js', 'deep/a/b/c.txt']);
  for (const rule of parseCodeowners(codeowners, 'github').rules) {
    const w = witness(rule.glob.source);
    out.add(w);
    out.add(`${w}/inner.md`);
    out.add(`${w}/deeper/x.gyp`);
    out.add(path.posix.join(path.posix.dirname(w), 'sibling.txt'));
  }
  // A path cannot be a file and a folder at once on disk: keep the folders.
  const all = [...out];
  return all.filter((p) => !all.some((q) => q.startsWith(`${p}/`)));
}

describe('import codeowners: the owners of every path survive import and export', () => {
  for (const name of ['nodejs-node.CODEOWNERS', 'grafana-grafana.CODEOWNERS']) {
    it.skipIf(!gitAvailable)(name, async () => {
      const original = readFileSync(path.join(FIXTURES, name), 'utf8');
      const files = pathsOf(original);
      const dir = repo(files);
      write(dir, 'CODEOWNERS.orig', original);
      const imported = await runCli(['import', 'codeowners', 'CODEOWNERS.orig'], dir);
      expect(imported.stdout).toMatch(/The project validates/);
      expect(imported.code).toBe(0);
      const exported = await runCli(['export', 'codeowners', '-o', '-'], dir);
      expect(exported.code).toBe(0);
      const before = snykOwners(original);
      const after = snykOwners(exported.stdout);
      const differ = files.filter((f) => before(f).join(' ') !== after(f).join(' '));
      expect(differ).toEqual([]);
      expect(files.length).toBeGreaterThan(200);
    });
  }
});

describe('import codeowners: order that "most specific wins" cannot express', () => {
  it.skipIf(!gitAvailable)(
    'drops a line a later one always overrides, and claims overridden files by path',
    async () => {
      const original = [
        '/src/ @acme/backend',
        '*.md @acme/docs',
        '/src/ @acme/platform',
        '/lib/ @acme/lib',
        '*.md @acme/docs',
        '',
      ].join('\n');
      const files = ['src/a.ts', 'src/b.md', 'lib/x.ts', 'lib/guide.md', 'lib/deep/notes.md', 'README.md'];
      const dir = repo(files);
      write(dir, 'CODEOWNERS.orig', original);
      const r = await runCli(['import', 'codeowners', 'CODEOWNERS.orig'], dir);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(
        /^CODEOWNERS\.orig:1:1: warning "\/src\/" never applies: line 3 \("\/src\/"\) comes later and matches every path it does; dropped \[import-codeowners\]$/m,
      );
      expect(r.stderr).toMatch(
        /^CODEOWNERS\.orig:3:1: warning line 5 \("\*\.md"\) comes later and overrides "\/src\/" for 1 file .*claimed by exact path/m,
      );
      expect(r.stderr).toMatch(
        /^CODEOWNERS\.orig:4:1: warning line 5 \("\*\.md"\) comes later and overrides "\/lib\/" for 2 files/m,
      );
      const exported = (await runCli(['export', 'codeowners', '-o', '-'], dir)).stdout;
      const before = snykOwners(original);
      const after = snykOwners(exported);
      for (const f of files) expect([f, after(f)]).toEqual([f, before(f)]);
    },
  );
});

describe('import codeowners: bad input', () => {
  it.skipIf(!gitAvailable)(
    'reports invalid lines with line and column, skips them, and never overwrites a file',
    async () => {
      const dir = repo(['src/a.ts']);
      write(
        dir,
        'CO',
        '* @acme/d # trailing comment\n/src/ @acme/a not-an-owner\n!/src/x @acme/b\n/src/[id]/ @acme/c\n',
      );
      const r = await runCli(['import', 'codeowners', 'CO'], dir);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^CO:2:15: warning "not-an-owner" is not an owner .*skipped/m);
      expect(r.stderr).toMatch(/^CO:3:1: warning "!\/src\/x": negation/m);
      const ownership = readFileSync(path.join(dir, 'coordination/codeowners-ownership.yaml'), 'utf8');
      // GitHub reads the brackets literally: the area's pattern escapes them.
      expect(ownership).toMatch(/\/src\/\\+\[id\\+\]\//);
      const again = await runCli(['import', 'codeowners', 'CO'], dir);
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/already exists?; import never overwrites a file/);
    },
  );

  it('exits 2 naming a file it cannot read, and on an unknown flavour', async () => {
    const dir = repo([]);
    const missing = await runCli(['import', 'codeowners', 'nope'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope/);
    expect(existsSync(path.join(dir, 'coordination/codeowners-ownership.yaml'))).toBe(false);
    const flavor = await runCli(['import', 'codeowners', 'nope', '--flavor', 'svn'], dir);
    expect(flavor.code).toBe(2);
  });
});
