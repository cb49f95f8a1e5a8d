import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeProject } from '../src/cli/init/write.js';
import { loadProject } from '../src/core/load/load.js';
import { renderDocs } from '../src/core/render/index.js';
import { modelOf } from '../src/core/validate/validate.js';
import { planDocs } from '../src/core/write/docs-plan.js';
import { writeDocs } from '../src/core/write/docs-write.js';
import { MINIMAL, ROOT, runCli } from './helpers/run.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-races-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function project(name: string): string {
  const dir = path.join(tmp, name);
  cpSync(MINIMAL, dir, { recursive: true });
  return dir;
}

const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('a file that appears between the check and the write', () => {
  it('is never replaced by render docs', () => {
    const dir = project('render-race');
    const { model, index } = modelOf(loadProject({ cwd: dir }));
    const out = path.join(dir, 'docs');
    const plan = planDocs(out, renderDocs(model, index));
    expect(plan.targets.every((t) => t.state === 'missing')).toBe(true);
    // Made by a person after perfcoord looked, before it writes.
    mkdirSync(out);
    const own = path.join(out, 'teams.md');
    const mine = '# Our teams\n\nWritten by hand.\n';
    writeFileSync(own, mine);
    expect(() => writeDocs(plan, false)).toThrow(/teams\.md appeared while perfcoord was writing/);
    expect(readFileSync(own, 'utf8')).toBe(mine);
    expect(temps(out)).toEqual([]);
  });

  it('is never replaced by init, and what init wrote is taken back', () => {
    const target = path.join(tmp, 'init-race');
    const files = new Map([
      ['perfcoord.yaml', 'apiVersion: perfcoord/v1\n'],
      ['coordination/teams.yaml', 'kind: Teams\n'],
    ]);
    // Checked free before; a person saves this file before init writes it.
    mkdirSync(path.join(target, 'coordination'), { recursive: true });
    const person = 'apiVersion: perfcoord/v1\nkind: Teams\nteams: []\n';
    writeFileSync(path.join(target, 'coordination/teams.yaml'), person);
    expect(() => writeProject(target, files)).toThrow(/teams\.yaml appeared while perfcoord was writing/);
    expect(readFileSync(path.join(target, 'coordination/teams.yaml'), 'utf8')).toBe(person);
    expect(existsSync(path.join(target, 'perfcoord.yaml'))).toBe(false);
  });
});

describe('temporary files in the output folder', () => {
  const marker = async (dir: string) => {
    expect((await runCli(['render', 'docs'], dir)).code).toBe(0);
    return readFileSync(path.join(dir, 'docs/index.md'), 'utf8').split('\n')[0] ?? '';
  };

  it('a leftover of a run that is gone makes --check fail, and the next run removes it', async () => {
    const dir = project('leftover');
    await marker(dir);
    // Killed before it wrote a byte: the process id is past any the system hands out.
    const leftover = path.join(dir, 'docs', '.index.md.999999999-abc123-0123456789ab.tmp');
    writeFileSync(leftover, '');
    const check = await runCli(['render', 'docs', '--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('.index.md.999999999-abc123-0123456789ab.tmp: obsolete');
    expect((await runCli(['render', 'docs'], dir)).code).toBe(0);
    expect(existsSync(leftover)).toBe(false);
    expect((await runCli(['render', 'docs', '--check'], dir)).code).toBe(0);
  });

  it('one another running perfcoord is writing is left alone, and --check says so', async () => {
    const dir = project('busy');
    const first = await marker(dir);
    const other = spawn('sleep', ['30']);
    try {
      const busy = path.join(dir, 'docs', `.index.md.${other.pid}-abc123-0123456789ab.tmp`);
      writeFileSync(busy, `${first}\n`);
      const check = await runCli(['render', 'docs', '--check'], dir);
      expect(check.code).toBe(1);
      expect(check.stdout).toMatch(/\.tmp: being written by another perfcoord run/);
      expect((await runCli(['render', 'docs'], dir)).code).toBe(0);
      expect(existsSync(busy)).toBe(true);
    } finally {
      other.kill();
    }
  });

  it('two runs at once into one folder both succeed and leave no temporary file', async () => {
    const dir = project('concurrent');
    const bin = path.join(ROOT, 'bin/perfcoord.js');
    const once = () =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const child = spawn(process.execPath, [bin, 'render', 'docs'], { cwd: dir });
        let err = '';
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        child.on('close', (code) => resolve({ code, err }));
      });
    for (let round = 0; round < 4; round++) {
      rmSync(path.join(dir, 'docs'), { recursive: true, force: true });
      const results = await Promise.all([once(), once()]);
      for (const r of results) {
        expect(r.err).not.toMatch(/ENOENT/);
        expect(r.code, r.err).toBe(0);
      }
      expect(temps(path.join(dir, 'docs'))).toEqual([]);
    }
    expect(spawnSync(process.execPath, [bin, 'render', 'docs', '--check'], { cwd: dir }).status).toBe(0);
  }, 120_000);
});
