import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../src/core/validate/catalog.js';
import { version } from '../src/core/version.js';
import { ROOT, SEED, runCli } from './helpers/run.js';
import { tempFolder } from './helpers/tmp.js';

const tmp = tempFolder('cli');
const PROJECT = 'apiVersion: perfcoord/v1\nkind: Project\nname: Shop\n';

describe('help', () => {
  const commands = [
    ['validate'],
    ['who-owns'],
    ['render', 'docs'],
    ['render', 'diagram'],
    ['init'],
    ['schema'],
    ['rules'],
    ['completion'],
  ];
  for (const command of commands) {
    it(`perfcoord ${command.join(' ')} --help shows usage and examples`, async () => {
      const r = await runCli([...command, '--help'], SEED);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: perfcoord ${command.join(' ')}`));
      expect(r.stdout).toMatch(/Examples:\n/);
    });
  }

  it('suggests the nearest command for a typo and exits 2', async () => {
    const r = await runCli(['who-own', 'x'], SEED);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Did you mean who-owns\?/);
    const sub = await runCli(['render', 'doc'], SEED);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toMatch(/Did you mean docs\?/);
    const bare = await runCli(['render'], SEED);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/Usage: perfcoord render/);
  });

  it('rejects an unknown option with exit 2 and no stack trace', async () => {
    const r = await runCli(['validate', '--colour'], SEED);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--colour'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('rules', () => {
  it('lists every rule, and the README documents each one', async () => {
    const r = await runCli(['rules', '--json'], SEED);
    const rules = JSON.parse(r.stdout) as { id: string }[];
    expect(rules.map((x) => x.id)).toEqual(ruleCatalog().map((x) => x.id));
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const rule of rules) expect(readme, `README mentions ${rule.id}`).toContain(`\`${rule.id}\``);
    // The SARIF helpUri of each rule lands on its row.
    for (const rule of rules) expect(readme, `README anchors ${rule.id}`).toContain(`<a id="rule-${rule.id}"></a>`);
  });
});

describe('schema', () => {
  it("prints a kind's schema, by any spelling of the kind", async () => {
    for (const name of ['teams', 'Teams', 'quality-gates', 'QualityGates', 'escalation_matrix']) {
      const r = await runCli(['schema', name], SEED);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toHaveProperty('$schema', 'https://json-schema.org/draft/2020-12/schema');
    }
    const bad = await runCli(['schema', 'nonsense'], SEED);
    expect(bad.code).toBe(2);
  });

  it('--write-vscode adds the associations and keeps comments and other settings', async () => {
    const dir = path.join(tmp, 'vscode');
    mkdirSync(path.join(dir, '.vscode'), { recursive: true });
    writeFileSync(path.join(dir, 'perfcoord.yaml'), PROJECT);
    const settings = path.join(dir, '.vscode/settings.json');
    writeFileSync(
      settings,
      '{\n  // keep me\n  "editor.tabSize": 2,\n  "yaml.schemas": { "other.json": ["x.yaml"] },\n}\n',
    );
    const r = await runCli(['schema', '--write-vscode'], dir);
    expect(r.code).toBe(0);
    const text = readFileSync(settings, 'utf8');
    expect(text).toContain('// keep me');
    const data = parse(text) as Record<string, Record<string, string[]>>;
    expect(data['editor.tabSize']).toBe(2);
    expect(data['yaml.schemas']?.['other.json']).toEqual(['x.yaml']);
    const keys = Object.keys(data['yaml.schemas'] ?? {});
    expect(keys.some((k) => k.endsWith('schemas/document.schema.json'))).toBe(true);
    expect(keys.some((k) => k.endsWith('schemas/project.schema.json'))).toBe(true);
    const again = await runCli(['schema', '--write-vscode'], dir);
    expect(again.stdout).toMatch(/already associates/);
    expect(readFileSync(settings, 'utf8')).toBe(text);
  });

  it('--write-vscode refuses a settings file it cannot parse, and leaves it alone', async () => {
    const dir = path.join(tmp, 'vscode-bad');
    mkdirSync(path.join(dir, '.vscode'), { recursive: true });
    writeFileSync(path.join(dir, '.vscode/settings.json'), '{ "a": ');
    writeFileSync(path.join(dir, 'perfcoord.yaml'), PROJECT);
    const r = await runCli(['schema', '--write-vscode'], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')).toBe('{ "a": ');
  });
});

describe('help and messages say what works', () => {
  it('validate --help names the real cache folder and no "(default: [])"', async () => {
    const r = await runCli(['validate', '--help'], SEED);
    expect(r.stdout).toContain('node_modules/.cache/perfcoord');
    expect(r.stdout).not.toContain('.perfcoordcache');
    expect(r.stdout).not.toContain('(default: [])');
  });

  it('without a project only validate suggests naming files', async () => {
    const dir = path.join(tmp, 'no-project');
    mkdirSync(dir, { recursive: true });
    const validate = await runCli(['validate'], dir);
    expect([validate.code, validate.stderr]).toEqual([2, expect.stringContaining('name the files to check')]);
    for (const args of [
      ['who-owns', 'x'],
      ['render', 'docs'],
      ['render', 'diagram', 'impact-map'],
    ]) {
      const r = await runCli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/no perfcoord\.yaml/);
      expect(r.stderr, args.join(' ')).not.toContain('name the files');
    }
  });

  it('schema takes a kind in the singular too', async () => {
    for (const name of ['team', 'channel', 'risk', 'gate', 'quality-gate', 'workflows', 'metric']) {
      const r = await runCli(['schema', name], SEED);
      expect(r.code, name).toBe(0);
    }
  });

  it('schema --write-vscode without a project exits 2 and writes nothing', async () => {
    const dir = path.join(tmp, 'vscode-no-project');
    mkdirSync(dir, { recursive: true });
    const r = await runCli(['schema', '--write-vscode'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no perfcoord\.yaml/);
    expect(existsSync(path.join(dir, '.vscode'))).toBe(false);
  });
});

describe('schema --write-vscode in a repository', () => {
  function repo(name: string): { root: string; project: string } {
    const root = path.join(tmp, name);
    const project = path.join(root, 'services', 'perf');
    mkdirSync(path.join(root, '.git'), { recursive: true });
    mkdirSync(path.join(project, 'model'), { recursive: true });
    writeFileSync(
      path.join(project, 'perfcoord.yaml'),
      'apiVersion: perfcoord/v1\nkind: Project\nname: Perf\ninclude: [model/**/*.yaml]\n',
    );
    return { root, project };
  }
  const schemasOf = (file: string) =>
    (parse(readFileSync(file, 'utf8')) as { 'yaml.schemas': Record<string, string[]> })['yaml.schemas'];

  it("writes the repository's settings from any folder of the project, with the project's include globs", async () => {
    const { root, project } = repo('vscode-repo');
    const r = await runCli(['schema', '--write-vscode'], path.join(project, 'model'));
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(project, 'model', '.vscode'))).toBe(false);
    const schemas = schemasOf(path.join(root, '.vscode/settings.json'));
    const base = `https://unpkg.com/perfcoord@${version()}/schemas`;
    expect(schemas).toEqual({
      [`${base}/project.schema.json`]: ['services/perf/perfcoord.yaml', 'services/perf/perfcoord.yml'],
      [`${base}/document.schema.json`]: ['services/perf/model/**/*.yaml'],
    });
  });

  it('points at perfcoord installed in the repository, relative to it', async () => {
    const { root, project } = repo('vscode-installed');
    mkdirSync(path.join(root, 'node_modules/perfcoord/schemas'), { recursive: true });
    expect((await runCli(['schema', '--write-vscode'], project)).code).toBe(0);
    expect(Object.keys(schemasOf(path.join(root, '.vscode/settings.json')))).toEqual([
      './node_modules/perfcoord/schemas/project.schema.json',
      './node_modules/perfcoord/schemas/document.schema.json',
    ]);
  });

  it('fills an empty settings file, keeps tab indentation, and refuses a yaml.schemas that is not an object', async () => {
    const { root, project } = repo('vscode-edges');
    const settings = path.join(root, '.vscode/settings.json');
    mkdirSync(path.dirname(settings));
    writeFileSync(settings, '');
    expect((await runCli(['schema', '--write-vscode'], project)).code).toBe(0);
    expect(Object.keys(schemasOf(settings))).toHaveLength(2);

    writeFileSync(settings, '{\n\t"editor.tabSize": 4\n}\n');
    expect((await runCli(['schema', '--write-vscode'], project)).code).toBe(0);
    expect(readFileSync(settings, 'utf8')).toMatch(/^\t"yaml\.schemas": \{\n\t\t"/m);

    writeFileSync(settings, '{ "yaml.schemas": "oops" }\n');
    const bad = await runCli(['schema', '--write-vscode'], project);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"yaml.schemas" is not an object');
    expect(bad.stderr).not.toMatch(/internal error/);
    expect(readFileSync(settings, 'utf8')).toBe('{ "yaml.schemas": "oops" }\n');
  });

  it('suggests the nearest kind for a misspelt one', async () => {
    const r = await runCli(['schema', 'ownrship'], SEED);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean "ownership"\?/);
    const word = await runCli(['schema', 'escalation'], SEED);
    expect(word.code).toBe(0);
    expect(word.stdout).toContain('escalation-matrix.schema.json');
  });
});

describe('completion', () => {
  // The real binary on PATH as "perfcoord", for the diagram names the scripts ask the project for.
  const bin = path.join(tmp, 'bin');
  mkdirSync(bin, { recursive: true });
  if (!existsSync(path.join(bin, 'perfcoord')))
    symlinkSync(path.join(ROOT, 'bin/perfcoord.js'), path.join(bin, 'perfcoord'));
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
  const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

  it('bash: completes commands, options and values, each in its command', async () => {
    const r = await runCli(['completion', 'bash'], SEED);
    const script = path.join(tmp, 'perfcoord.bash');
    writeFileSync(script, r.stdout);
    const complete = (words: string[]) =>
      spawnSync(
        'bash',
        [
          '-c',
          `source ${script}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _perfcoord; echo "\${COMPREPLY[*]}"`,
        ],
        { encoding: 'utf8', cwd: SEED, env },
      ).stdout.trim();
    expect(complete(['perfcoord', 'who'])).toBe('who-owns');
    expect(complete(['perfcoord', 'validate', '--fail'])).toBe('--fail-level');
    expect(complete(['perfcoord', 'validate', '-f', 'j'])).toBe('json junit');
    expect(complete(['perfcoord', 'validate', '-c', 'perfc'])).toBe('perfcoord.yaml');
    expect(complete(['perfcoord', 'validate', 'perfc'])).toBe('perfcoord.yaml');
    expect(complete(['perfcoord', 'render', ''])).toBe('docs diagram --help -h');
    expect(complete(['perfcoord', 'init', '--template', ''])).toBe('minimal seed');
    expect(complete(['perfcoord', 'init', '-t', 's'])).toBe('seed');
    // -t is --team in who-owns: no template names there.
    expect(complete(['perfcoord', 'who-owns', '-t', ''])).toBe('');
    expect(complete(['perfcoord', 'schema', 'esc'])).toBe('escalation-matrix');
    expect(complete(['perfcoord', 'completion', 'f'])).toBe('fish');
    expect(complete(['perfcoord', 'render', 'diagram', 'imp'])).toBe('impact-map');
    expect(complete(['perfcoord', '--no-color', 'render', 'docs', '--o'])).toBe('--out');
  });

  it.skipIf(!has('fish'))('fish: file names where a command takes paths, values for options', async () => {
    const r = await runCli(['completion', 'fish'], SEED);
    const script = path.join(tmp, 'perfcoord.fish');
    writeFileSync(script, r.stdout);
    const complete = (line: string) =>
      spawnSync('fish', ['-c', `source ${script}; complete -C'${line}'`], { encoding: 'utf8', cwd: SEED, env })
        .stdout.split('\n')
        .map((l) => l.split('\t')[0])
        .filter((l) => l !== '');
    expect(complete('perfcoord validate perfc')).toEqual(['perfcoord.yaml']);
    expect(complete('perfcoord init --template ')).toEqual(['minimal', 'seed']);
    expect(complete('perfcoord render ')).toEqual(['diagram', 'docs']);
    expect(complete('perfcoord render diagram imp')).toEqual(['impact-map']);
    expect(complete('perfcoord render docs --out coord')).toEqual(['coordination/']);
  });

  it.skipIf(!has('zsh'))('zsh: the script parses, and completes on the first TAB when loaded from $fpath', async () => {
    const r = await runCli(['completion', 'zsh'], SEED);
    const script = path.join(tmp, '_perfcoord');
    writeFileSync(script, r.stdout);
    expect(spawnSync('zsh', ['-n', script]).status).toBe(0);
    expect(r.stdout).toMatch(/^#compdef perfcoord\n/);
    expect(r.stdout).toContain('if [[ "${funcstack[1]}" == "_perfcoord" ]]; then\n  _perfcoord "$@"');
  });

  it('zsh and fish scripts name every command; an unknown shell is a usage error', async () => {
    for (const shell of ['zsh', 'fish']) {
      const r = await runCli(['completion', shell], SEED);
      for (const command of ['validate', 'who-owns', 'render', 'init', 'schema', 'completion'])
        expect(r.stdout).toContain(command);
    }
    expect((await runCli(['completion', 'tcsh'], SEED)).code).toBe(2);
  });
});
