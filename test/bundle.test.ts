import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from './helpers/run.js';

const CLI = path.join(ROOT, 'dist/bundle/cli.cjs');
const HEAVY = ['ora', '@inquirer/prompts', 'puppeteer-core', 'mermaid', 'jsdom'];

/** What a run of the real binary loads: every module it requires or imports, by specifier. */
function loadedBy(args: string[]): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-loads-'));
  try {
    const log = path.join(dir, 'loaded.txt');
    // CommonJS requires in this thread, module imports through a resolve hook (its own thread).
    writeFileSync(
      path.join(dir, 'require-hook.cjs'),
      `const Module = require('node:module'); const fs = require('node:fs'); const load = Module._load;
       Module._load = function (request, ...rest) { fs.appendFileSync(${JSON.stringify(log)}, request + '\\n'); return load.call(this, request, ...rest); };`,
    );
    writeFileSync(
      path.join(dir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
       export async function resolve(specifier, context, next) { appendFileSync(${JSON.stringify(log)}, specifier + '\\n'); return next(specifier, context); }`,
    );
    writeFileSync(
      path.join(dir, 'register.mjs'),
      `import { register } from 'node:module'; register('./hooks.mjs', import.meta.url);`,
    );
    const r = spawnSync(
      process.execPath,
      [
        '--require',
        path.join(dir, 'require-hook.cjs'),
        '--import',
        path.join(dir, 'register.mjs'),
        path.join(ROOT, 'bin/perfcoord.js'),
        ...args,
      ],
      { cwd: SEED, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBeLessThanOrEqual(1);
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the binary, which runs dist/bundle/cli.cjs, loads only what each command needs', () => {
  it('runs that bundle through the code cache loader', () => {
    expect(loadedBy(['rules'])).toContain('../dist/core/util/code-cache.js');
  });

  it('--version loads no command line at all', () => {
    expect(loadedBy(['--version']).filter((m) => m.includes('dist/'))).toEqual([]);
  });

  for (const args of [
    ['validate'],
    ['who-owns', 'database_optimization'],
    ['export', 'ics', '-o', '-'],
    ['schema', 'teams'],
    ['rules'],
  ]) {
    it(`${args.join(' ')} never loads ${HEAVY.join(', ')}`, () => {
      const loaded = loadedBy(args);
      for (const heavy of HEAVY) expect(loaded.filter((m) => m === heavy || m.startsWith(`${heavy}/`))).toEqual([]);
    });
  }

  it('reaches ora, puppeteer-core (render docs) and @inquirer/prompts (init) only through the import it hands in', () => {
    const code = readFileSync(CLI, 'utf8');
    for (const pkg of ['ora', 'puppeteer-core', '@inquirer/prompts']) {
      expect(code).toContain(`__perfcoordImport(${JSON.stringify(pkg)})`);
      expect(code).not.toContain(`require(${JSON.stringify(pkg)})`);
    }
    expect(code).not.toMatch(/\bimport\(/);
  });
});
