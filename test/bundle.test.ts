import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run.js';

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
