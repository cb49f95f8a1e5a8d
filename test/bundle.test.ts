import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from './helpers/run.js';

const BUNDLE = path.join(ROOT, 'dist/bundle');
const HEAVY = ['ora', '@inquirer/prompts', 'puppeteer-core', 'mermaid', 'jsdom'];

/** The modules a chunk imports: static imports, and dynamic ones when asked. */
function imports(file: string, dynamic: boolean): string[] {
  const code = readFileSync(path.join(BUNDLE, file), 'utf8');
  const found = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{},\s$]*from\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1] as string,
  );
  if (dynamic) found.push(...[...code.matchAll(/import\(["']([^"']+)["']\)/g)].map((m) => m[1] as string));
  return found;
}

/** The chunks and packages reachable from `entry` through static imports. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (spec: string) => {
    if (seen.has(spec)) return;
    seen.add(spec);
    if (spec.startsWith('./')) for (const next of imports(spec.slice(2), false)) visit(next);
  };
  visit(entry);
  return seen;
}

/** The chunk a command's action imports when it runs. */
function commandChunk(command: string): string {
  for (const spec of staticClosure('./main.js')) {
    if (!spec.startsWith('./')) continue;
    const chunk = imports(spec.slice(2), true).find((m) => new RegExp(`^\\./${command}-[A-Z0-9]+\\.js$`).test(m));
    if (chunk) return chunk;
  }
  throw new Error(`no chunk for ${command} in the bundle`);
}

/** Everything a command's run can load: the start-up graph, its chunk's graph, and what that chunk imports dynamically. */
function graph(command: string): Set<string> {
  const reached = new Set([...staticClosure('./main.js'), ...staticClosure(commandChunk(command))]);
  for (const spec of staticClosure(commandChunk(command))) {
    if (spec.startsWith('./')) for (const dyn of imports(spec.slice(2), true)) reached.add(dyn);
  }
  return reached;
}

describe('the bundle loads only what each command needs', () => {
  it('is built', () => {
    expect(readdirSync(BUNDLE)).toContain('main.js');
  });

  for (const command of ['validate', 'who-owns', 'schema', 'rules']) {
    it(`${command} never loads ${HEAVY.join(', ')}`, () => {
      const reached = [...graph(command)];
      for (const heavy of HEAVY) expect(reached.filter((m) => m === heavy || m.startsWith(`${heavy}/`))).toEqual([]);
    });
  }

  it('--version loads no command at all', () => {
    expect(
      [...staticClosure('./main.js')].filter((s) => /validate|who-owns|render|init|schema|completion/.test(s)),
    ).toEqual([]);
  });

  it('render docs reaches puppeteer-core and ora only through dynamic imports', () => {
    const render = commandChunk('render-docs');
    expect([...staticClosure(render)].filter((m) => HEAVY.includes(m))).toEqual([]);
    expect([...graph('render-docs')]).toEqual(expect.arrayContaining(['puppeteer-core', 'ora']));
  });

  it('init loads @inquirer/prompts only through a dynamic import', () => {
    expect([...staticClosure(commandChunk('init'))].filter((m) => HEAVY.includes(m))).toEqual([]);
    expect([...graph('init')]).toContain('@inquirer/prompts');
  });
});

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
  it('runs that bundle through the code cache loader, not the module chunks', () => {
    const loaded = loadedBy(['rules']);
    expect(loaded).toContain('../dist/core/util/code-cache.js');
    expect(loaded.filter((m) => m.includes('dist/bundle/') && m.endsWith('.js'))).toEqual([]);
  });

  for (const args of [['validate'], ['who-owns', 'database_optimization'], ['export', 'ics', '-o', '-']]) {
    it(`${args.join(' ')} never loads ${HEAVY.join(', ')}`, () => {
      const loaded = loadedBy(args);
      for (const heavy of HEAVY) expect(loaded.filter((m) => m === heavy || m.startsWith(`${heavy}/`))).toEqual([]);
    });
  }
});
