import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run.js';
import { tempFolder } from './helpers/tmp.js';

/**
 * The package as people install it: packed, installed into a fresh folder
 * with no browser and no optional peers, and used from there.
 */
const tmp = tempFolder('pack');
const app = path.join(tmp, 'app');
let files: string[] = [];
const npm = (args: string[], cwd: string) =>
  spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
const run = (args: string[], cwd = app) =>
  spawnSync(process.execPath, [path.join(app, 'node_modules/perfcoord/bin/perfcoord.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: '', CHROME_PATH: '', PATH: path.dirname(process.execPath) },
  });

beforeAll(() => {
  const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const info = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  files = info[0]?.files.map((f) => f.path) ?? [];
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const installed = npm(
    ['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(tmp, info[0]?.filename ?? '')],
    app,
  );
  expect(installed.status, installed.stderr).toBe(0);
}, 240_000);

describe('the packed package', () => {
  it('holds only what runs: dist, bin, schemas, README, LICENSE', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files)
      expect(file).toMatch(/^(dist\/|bin\/|schemas\/|README\.md$|LICENSE$|package\.json$|CHANGELOG\.md$)/);
    expect(files).toContain('dist/generated/validators.cjs');
    expect(files).toContain('dist/generated/validators.v8cache');
    expect(files).toContain('dist/bundle/cli.cjs');
    expect(files).toContain('dist/bundle/cli.v8cache');
    expect(files).toContain('dist/generated/templates.json');
    expect(files).toContain('dist/index.d.ts');
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('examples/'))).toBe(false);
  });

  it('installs without the optional peers and runs init, validate and who-owns', () => {
    expect(existsSync(path.join(app, 'node_modules/puppeteer-core'))).toBe(false);
    expect(existsSync(path.join(app, 'node_modules/mermaid'))).toBe(false);
    const init = run(['init', '--yes']);
    expect(init.status, init.stderr).toBe(0);
    expect(readFileSync(path.join(app, 'coordination/teams.yaml'), 'utf8')).toMatch(
      /\$schema=\.\.\/node_modules\/perfcoord\/schemas\/teams\.schema\.json/,
    );
    const validate = run(['validate']);
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    expect(validate.stdout).toMatch(/no problems/);
    const who = run(['who-owns', 'checkout_latency']);
    expect(who.status, who.stderr).toBe(0);
    expect(who.stdout).toMatch(/backend/);
    const version = run(['--version']);
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
  });

  it('renders Markdown without a browser, and says how to get one for --svg', () => {
    const docs = run(['render', 'docs', '--out', 'docs']);
    expect(docs.status, docs.stderr).toBe(0);
    expect(existsSync(path.join(app, 'docs/index.md'))).toBe(true);
    const svg = run(['render', 'docs', '--out', 'docs', '--svg', '--chrome', '/nonexistent/chromium']);
    expect(svg.status).toBe(2);
    expect(svg.stderr).toMatch(/chromium|puppeteer-core|Chrom/i);
    expect(svg.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the optional packages --svg needs when a browser is there but they are not', () => {
    // Any executable file passes the browser look-up; the missing puppeteer-core stops the run first.
    const svg = run(['render', 'docs', '--out', 'docs', '--svg', '--chrome', process.execPath]);
    expect(svg.status, svg.stdout + svg.stderr).toBe(2);
    expect(svg.stderr).toMatch(/npm install --save-dev puppeteer-core mermaid/);
    expect(svg.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(app, 'docs/index.md'))).toBe(true);
  });

  it('offers a typed programmatic API', () => {
    const script = path.join(app, 'api.mjs');
    writeFileSync(
      script,
      [
        "import { load, validate, whoOwns, render, rules } from 'perfcoord';",
        'const project = load({ cwd: process.argv[2] });',
        'const result = validate(project);',
        "const answer = whoOwns(project, 'checkout_latency');",
        'console.log(JSON.stringify({ exitCode: result.exitCode, areas: answer.areas.map((a) => a.id), pages: render(project).length, rules: rules().length }));',
      ].join('\n'),
    );
    const out = JSON.parse(execFileSync(process.execPath, [script, app], { encoding: 'utf8' })) as {
      exitCode: number;
      areas: string[];
      pages: number;
      rules: number;
    };
    expect(out.exitCode).toBe(0);
    expect(out.areas).toEqual(['checkout_latency']);
    expect(out.pages).toBeGreaterThan(3);
    expect(out.rules).toBeGreaterThan(30);
    writeFileSync(
      path.join(app, 'api.ts'),
      [
        "import { load, validate, whoOwns } from 'perfcoord';",
        "import type { Diagnostic, AreaJson } from 'perfcoord';",
        "const project = load({ cwd: '.' });",
        'const diagnostics: Diagnostic[] = validate(project).diagnostics;',
        "const answer: AreaJson | unknown = whoOwns(project, { area: 'x' });",
        'export { diagnostics, answer };',
      ].join('\n'),
    );
    writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: [] },
        files: ['api.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], {
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('has the editor, help and shell support: schema, --write-vscode, --help, completion, typo suggestions', () => {
    const schema = run(['schema', 'teams']);
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout)).toHaveProperty('title', 'perfcoord Teams');
    const vscode = run(['schema', '--write-vscode']);
    expect(vscode.status, vscode.stderr).toBe(0);
    const settings = JSON.parse(readFileSync(path.join(app, '.vscode/settings.json'), 'utf8')) as Record<
      string,
      Record<string, string[]>
    >;
    expect(Object.keys(settings['yaml.schemas'] ?? {})).toContain(
      './node_modules/perfcoord/schemas/document.schema.json',
    );
    const help = run(['who-owns', '--help']);
    expect(help.stdout).toMatch(/Examples:/);
    const completion = run(['completion', 'bash']);
    expect(completion.stdout).toMatch(/complete -o filenames -F _perfcoord perfcoord/);
    const typo = run(['valdiate']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/Did you mean validate\?/);
  });

  it("runs the GitHub Action's and the pre-commit hooks' commands as written", () => {
    // The action's steps, as GitHub would run them (inputs through the environment).
    const action = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    const scripts = [...action.matchAll(/run: \|\n((?: {8}.*\n)+)/g)].map((m) => (m[1] ?? '').replace(/^ {8}/gm, ''));
    expect(scripts.length).toBe(4);
    // The third (export codeowners --check) is off unless asked for; its command is tested with the hooks'.
    expect(scripts[2]).toMatch(/export codeowners --check --flavor "\$\{CODEOWNERS_FLAVOR\}"/);
    // The fourth (perfcoord diff into the job summary) runs on pull requests only.
    expect(scripts[3]).toMatch(/diff "\$BASE_SHA" --format markdown/);
    const env = {
      ...process.env,
      PERFCOORD_VERSION: 'latest',
      FAIL_LEVEL: 'error',
      SARIF_FILE: 'perfcoord.sarif',
      PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`,
    };
    const outputs = path.join(app, 'github-output.txt');
    run(['render', 'docs']);
    for (const script of scripts.slice(0, 2)) {
      const r = spawnSync('bash', ['-e', '-c', script], {
        cwd: app,
        encoding: 'utf8',
        env: { ...env, GITHUB_OUTPUT: outputs },
      });
      expect(r.status, r.stdout + r.stderr).toBe(0);
    }
    expect(JSON.parse(readFileSync(path.join(app, 'perfcoord.sarif'), 'utf8'))).toHaveProperty('version', '2.1.0');
    // The upload step takes the report's absolute path from the validate step's output.
    expect(readFileSync(outputs, 'utf8')).toBe(`sarif=${realpathSync(app)}/perfcoord.sarif\n`);
    // Findings fail the step, and the report is still there to upload.
    writeFileSync(path.join(app, 'coordination', 'broken.yaml'), 'apiVersion: perfcoord/v1\nkind: Teams\nteams: 3\n');
    rmSync(outputs, { force: true });
    const failing = spawnSync('bash', ['-e', '-c', scripts[0] ?? ''], {
      cwd: app,
      encoding: 'utf8',
      env: { ...env, GITHUB_OUTPUT: outputs },
    });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/^::error file=coordination\/broken\.yaml/m);
    expect(readFileSync(outputs, 'utf8')).toMatch(/^sarif=\//);
    rmSync(path.join(app, 'coordination', 'broken.yaml'));
    // A run that writes no report (a usage error) leaves nothing to upload, not the report of before.
    rmSync(outputs, { force: true });
    const usage = spawnSync('bash', ['-e', '-c', scripts[0] ?? ''], {
      cwd: app,
      encoding: 'utf8',
      env: { ...env, FAIL_LEVEL: 'bogus', GITHUB_OUTPUT: outputs },
    });
    expect(usage.status).toBe(2);
    expect(existsSync(outputs) ? readFileSync(outputs, 'utf8') : '').toBe('');
    // The job summary of a pull request: the diff against the base commit, as Markdown.
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args], {
        cwd: app,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', 'perfcoord.yaml', 'coordination');
    git('commit', '-qm', 'base');
    const baseSha = git('rev-parse', 'HEAD').stdout.trim();
    writeFileSync(
      path.join(app, 'coordination', 'extra.yaml'),
      'apiVersion: perfcoord/v1\nkind: Channels\nchannels:\n  - { id: perf-news, address: "#perf-news" }\n',
    );
    const summary = path.join(app, 'summary.md');
    const diff = spawnSync('bash', ['-e', '-c', scripts[3] ?? ''], {
      cwd: app,
      encoding: 'utf8',
      env: { ...env, BASE_SHA: baseSha, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: app },
    });
    expect(diff.status, diff.stdout + diff.stderr).toBe(0);
    expect(readFileSync(summary, 'utf8')).toMatch(/^# Coordination changes$[\s\S]*perf-news/m);
    rmSync(path.join(app, 'coordination', 'extra.yaml'));
    // The pre-commit hooks run these entries with the package's binary.
    const hooks = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const entries = [...hooks.matchAll(/entry: perfcoord (.*)/g)].map((m) => (m[1] ?? '').split(' '));
    expect(entries).toEqual([['validate'], ['render', 'docs', '--check'], ['export', 'codeowners', '--check']]);
    for (const args of entries.slice(0, 2)) expect(run(args).status).toBe(0);
    // The starter's teams have no handles yet: the check fails and says what to add.
    const codeowners = run(['export', 'codeowners', '--check']);
    expect(codeowners.status).toBe(1);
    expect(codeowners.stderr).toMatch(/has no github handle; add handles: \{ github: "@org\/team" \}/);
  });
});
