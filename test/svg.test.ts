import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { renderDocsCommand } from '../src/cli/commands/render-docs.js';
import type { RenderDocsDeps, RenderDocsOptions } from '../src/cli/commands/render-docs.js';
import type { Io } from '../src/cli/io.js';
import { UsageError, ConfigError } from '../src/core/errors.js';
import { defaultChromePaths, findChrome } from '../src/svg/chrome.js';
import { svgHash } from '../src/svg/svg-files.js';
import type { DiagramRenderer, DiagramSource } from '../src/svg/types.js';
import { MINIMAL, SEED } from './helpers/run.js';
import { tempFolders } from './helpers/tmp.js';

const tempDir = tempFolders('svg');

describe('findChrome', () => {
  const present =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  it('takes --chrome first, then PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH, then the usual paths', () => {
    const exists = present('/opt/c', '/env/p', '/env/c', '/usr/bin/chromium');
    expect(findChrome({ flag: '/opt/c', env: { PUPPETEER_EXECUTABLE_PATH: '/env/p' }, cwd: '/', exists })).toBe(
      '/opt/c',
    );
    expect(findChrome({ env: { PUPPETEER_EXECUTABLE_PATH: '/env/p', CHROME_PATH: '/env/c' }, cwd: '/', exists })).toBe(
      '/env/p',
    );
    expect(findChrome({ env: { CHROME_PATH: '/env/c' }, cwd: '/', exists })).toBe('/env/c');
    expect(findChrome({ env: {}, cwd: '/', platform: 'linux', exists })).toBe('/usr/bin/chromium');
    expect(findChrome({ env: {}, cwd: '/', platform: 'linux', exists: present('/usr/bin/google-chrome') })).toBe(
      '/usr/bin/google-chrome',
    );
    expect(findChrome({ env: {}, cwd: '/', platform: 'linux', exists: present() })).toBeUndefined();
  });

  it('resolves --chrome against the working folder', () => {
    expect(findChrome({ flag: 'bin/chrome', env: {}, cwd: '/work', exists: present('/work/bin/chrome') })).toBe(
      '/work/bin/chrome',
    );
  });

  it('a browser that was named but is not there is an error, not a reason to pick another', () => {
    const exists = present('/usr/bin/chromium');
    expect(() => findChrome({ flag: '/nope', env: {}, cwd: '/', exists })).toThrow(UsageError);
    expect(() => findChrome({ env: { PUPPETEER_EXECUTABLE_PATH: '/nope' }, cwd: '/', exists })).toThrow(ConfigError);
  });

  it('knows where macOS and Windows keep Chrome', () => {
    expect(defaultChromePaths('darwin', {})[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(defaultChromePaths('win32', { PROGRAMFILES: 'C:\\Program Files' })[0]).toBe(
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    );
  });
});

/** A renderer that never starts a browser: it records what it was asked for. */
class FakeRenderer implements DiagramRenderer {
  static opened = 0;
  static rendered: string[] = [];
  closed = false;
  constructor(private readonly fail?: string) {
    FakeRenderer.opened++;
  }
  async render(diagrams: readonly DiagramSource[]) {
    FakeRenderer.rendered.push(...diagrams.map((d) => d.name));
    return diagrams.map((d) =>
      d.name === this.fail
        ? { name: d.name, error: 'Parse error on line 2:\nunexpected' }
        : { name: d.name, svg: `<svg xmlns="http://www.w3.org/2000/svg"><text>${d.name}</text></svg>` },
    );
  }
  async close() {
    this.closed = true;
  }
}

function fakeDeps(overrides: Partial<RenderDocsDeps> = {}): RenderDocsDeps {
  let t = 0;
  return {
    findChrome: () => '/usr/bin/fake-chromium',
    openRenderer: async () => new FakeRenderer(),
    clock: () => (t += 100),
    ...overrides,
  };
}

async function run(opts: RenderDocsOptions, cwd: string, deps: RenderDocsDeps, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    stdin: Object.assign(new PassThrough(), { isTTY: false }),
    cwd,
    env,
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
  const code = await renderDocsCommand(opts, io, deps);
  return { code, stdout, stderr };
}

const SEED_DIAGRAMS = 7;

describe('render docs --svg with the renderer replaced', () => {
  it('renders every diagram once, writes each SVG with the marker and the source hash, then skips unchanged ones', async () => {
    const out = tempDir();
    FakeRenderer.opened = 0;
    FakeRenderer.rendered = [];
    const first = await run({ out, svg: true }, SEED, fakeDeps());
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      `Rendered ${SEED_DIAGRAMS} SVG diagrams in 0.20 s (browser start-up 0.10 s, then 0.01 s a diagram).`,
    );
    expect(FakeRenderer.opened).toBe(1);
    expect(FakeRenderer.rendered).toHaveLength(SEED_DIAGRAMS);
    const svgs = readdirSync(out).filter((n) => n.endsWith('.svg'));
    expect(svgs).toHaveLength(SEED_DIAGRAMS);
    const mmd = readFileSync(path.join(out, 'impact-map.mmd'), 'utf8');
    const source = mmd.slice(mmd.indexOf('\n') + 1);
    expect(readFileSync(path.join(out, 'impact-map.svg'), 'utf8')).toBe(
      `<!-- Generated by perfcoord render docs from perfcoord.yaml, diagram source sha256:${svgHash(source)}. Do not edit: changes are overwritten. -->\n` +
        '<svg xmlns="http://www.w3.org/2000/svg"><text>impact-map</text></svg>\n',
    );

    const second = await run({ out, svg: true }, SEED, fakeDeps());
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`All ${SEED_DIAGRAMS} SVG diagrams are up to date.`);
    expect(FakeRenderer.opened).toBe(1);

    const check = await run({ out, svg: true, check: true }, SEED, fakeDeps());
    expect(check).toMatchObject({ code: 0 });
  });

  it('renders again only the diagrams whose source changed', async () => {
    const project = tempDir();
    cpSync(SEED, project, { recursive: true });
    const out = path.join(project, 'out');
    await run({ out, svg: true }, project, fakeDeps());
    const plan = path.join(project, 'coordination', 'plan.yaml');
    writeFileSync(
      plan,
      readFileSync(plan, 'utf8').replace(
        '{ task: Define roles and responsibilities matrix, done: false }',
        '{ task: Define roles and responsibilities matrix, done: true }',
      ),
    );
    FakeRenderer.rendered = [];
    const check = await run({ out, svg: true, check: true }, project, fakeDeps());
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('  out/plan-implementation_timeline.svg: stale\n');
    expect(check.stdout).toContain('  out/plan.md: stale\n');
    const r = await run({ out, svg: true }, project, fakeDeps());
    expect(r.code).toBe(0);
    expect(FakeRenderer.rendered).toEqual(['plan-implementation_timeline']);
    expect(r.stdout).toContain(`Rendered 1 SVG diagram in`);
    expect(r.stdout).toContain(`; ${SEED_DIAGRAMS - 1} unchanged.`);
  });

  it('--check --svg lists missing SVGs without starting a browser', async () => {
    const out = tempDir();
    await run({ out }, SEED, fakeDeps());
    FakeRenderer.opened = 0;
    const r = await run({ out, svg: true, check: true }, SEED, fakeDeps({ findChrome: () => undefined }));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${out}/impact-map.svg: missing`);
    expect(FakeRenderer.opened).toBe(0);
  });

  it('without a browser: writes the Markdown, then exits 2 saying how to install one', async () => {
    const out = tempDir();
    const r = await run({ out, svg: true }, MINIMAL, fakeDeps({ findChrome: () => undefined }));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`Wrote 11 of 11 files to ${out}.\n`);
    expect(r.stderr).toContain('--svg needs Chromium or Chrome, and none was found.');
    expect(r.stderr).toContain('sudo apt-get install chromium fonts-liberation');
    expect(r.stderr).toContain('--chrome PATH');
    expect(readdirSync(out).filter((n) => n.endsWith('.md'))).toHaveLength(6);
    expect(readdirSync(out).filter((n) => n.endsWith('.svg'))).toEqual([]);
  });

  it('a browser named with --chrome that is not there: writes the Markdown, then exits 2 naming it', async () => {
    const out = path.join(tempDir(), 'docs');
    const r = await run({ out, svg: true, chrome: '/no/such/chromium' }, MINIMAL, fakeDeps({ findChrome }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'perfcoord: --chrome /no/such/chromium: there is no such file\nInstall one, for example:',
    );
    expect(r.stderr).toContain('sudo apt-get install chromium fonts-liberation');
    expect(readdirSync(out).filter((n) => n.endsWith('.md'))).toHaveLength(6);
    expect(readdirSync(out).filter((n) => n.endsWith('.svg'))).toEqual([]);
    const folder = await run({ out, svg: true, chrome: out }, MINIMAL, fakeDeps({ findChrome }));
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`--chrome ${out}: that is a folder, not the browser program`);
    const env = await run(
      { out, svg: true },
      MINIMAL,
      {
        ...fakeDeps({ findChrome }),
      },
      { PUPPETEER_EXECUTABLE_PATH: '/no/such/chrome' },
    );
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('PUPPETEER_EXECUTABLE_PATH=/no/such/chrome: there is no such file');
  });

  it('a foreign SVG stops the run before anything is written', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'impact-map.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
    const r = await run({ out, svg: true }, MINIMAL, fakeDeps());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${out}/impact-map.svg: not generated by perfcoord`);
    expect(readdirSync(out)).toEqual(['impact-map.svg']);
  });

  it('a diagram Mermaid cannot render is an error naming it; the others are written', async () => {
    const out = tempDir();
    const r = run({ out, svg: true }, MINIMAL, fakeDeps({ openRenderer: async () => new FakeRenderer('impact-map') }));
    await expect(r).rejects.toThrow('Mermaid could not render impact-map (Parse error on line 2: unexpected)');
    expect(readdirSync(out)).toContain('escalation-checkout_escalation.svg');
    expect(readdirSync(out)).not.toContain('impact-map.svg');
  });

  it('keeps the SVGs of current diagrams on a run without --svg, and removes those of diagrams that are gone', async () => {
    const project = tempDir();
    cpSync(MINIMAL, project, { recursive: true });
    const out = path.join(project, 'docs');
    await run({ svg: true }, project, fakeDeps());
    rmSync(path.join(project, 'coordination', 'escalation.yaml'));
    const r = await run({}, project, fakeDeps());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Removed docs/escalation-checkout_escalation.svg: no longer generated.');
    expect(readdirSync(out)).toContain('impact-map.svg');
  });

  it('without --svg, still says which SVGs rendered earlier are out of date, and --check fails on them', async () => {
    const project = tempDir();
    cpSync(MINIMAL, project, { recursive: true });
    await run({ svg: true }, project, fakeDeps());
    const teams = path.join(project, 'coordination', 'teams.yaml');
    const before = readFileSync(teams, 'utf8');
    const name = /name: (.+)/.exec(before)?.[1] ?? '';
    writeFileSync(teams, before.replace(`name: ${name}`, `name: ${name} renamed`));
    const r = await run({}, project, fakeDeps());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '1 SVG diagram is out of date (docs/impact-map.svg); "perfcoord render docs --svg" renders it again.',
    );
    const check = await run({ check: true }, project, fakeDeps());
    expect(check.code).toBe(1);
    expect(check.stdout).toBe(
      'docs is out of date:\n  docs/impact-map.svg: stale\nRun "perfcoord render docs --svg" to update it.\n',
    );
  });
});
