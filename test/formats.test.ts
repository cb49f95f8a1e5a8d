import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, cpSync, existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED, runCli } from './helpers/run.js';
import { tempFolder } from './helpers/tmp.js';

const SPECS = path.join(ROOT, 'test/specs');
const SARIF_SCHEMA = path.join(SPECS, 'sarif-schema-2.1.0.json');
const JUNIT_XSD = path.join(SPECS, 'junit.xsd');
const tmp = tempFolder('formats');

/** A project with findings of every severity, in several files. */
function badProject(): string {
  const project = path.join(tmp, `bad-${Math.random().toString(36).slice(2)}`);
  cpSync(path.join(ROOT, 'test/fixtures/validate/_base'), project, { recursive: true });
  writeFileSync(
    path.join(project, 'coordination/extra.yaml'),
    [
      'apiVersion: perfcoord/v1',
      'kind: Ownership',
      'areas:',
      '  - id: search',
      '    title: Search & <ranking> "quoted"',
      '    owners:',
      '      - team: backnd',
      '  - id: empty_area',
      '    title: Empty',
      '---',
      'apiVersion: perfcoord/v1',
      'kind: EscalationMatrix',
      'id: other',
      'levels:',
      '  - { level: 1, trigger: a, responseTime: 5m, responders: [perf_lead] }',
      '  - { level: 2, trigger: b, responseTime: 1h, responders: [perf_lead] }',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(project, 'coordination/broken.yaml'),
    // A schema error: a YAML error would hold back the reference findings until it is fixed.
    'apiVersion: perfcoord/v1\nkind: Risks\nrisks: 5\n',
  );
  return project;
}

const sarifSchema = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

describe('SARIF', () => {
  for (const [name, cwd] of [
    ['with findings', () => badProject()],
    ['clean (examples/minimal)', () => path.join(ROOT, 'examples/minimal')],
    ['examples/seed', () => SEED],
  ] as const) {
    it(`validates against the official SARIF 2.1.0 schema: ${name}`, async () => {
      const r = await runCli(['validate', '-f', 'sarif'], cwd());
      const log = JSON.parse(r.stdout) as {
        runs: {
          tool: { driver: { rules: { id: string }[] } };
          results: {
            ruleId: string;
            ruleIndex: number;
            locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[];
          }[];
        }[];
      };
      const valid = validateSarif(log);
      expect(validateSarif.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      const run = log.runs[0];
      const ids = run?.tool.driver.rules.map((rule) => rule.id) ?? [];
      for (const result of run?.results ?? []) {
        expect(ids).toContain(result.ruleId);
        expect(ids[result.ruleIndex]).toBe(result.ruleId);
        expect(result.locations[0]?.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
        expect(result.locations[0]?.physicalLocation.region.startColumn).toBeGreaterThanOrEqual(1);
      }
    });
  }

  it('has results for a project with findings', async () => {
    const r = await runCli(['validate', '-f', 'sarif'], badProject());
    const log = JSON.parse(r.stdout) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]?.results.length).toBeGreaterThanOrEqual(4);
  });
});

const java = spawnSync('java', ['-version']).status === 0;

describe.skipIf(!java)('JUnit XML (validated with the JDK against junit.xsd)', () => {
  const validator = path.join(ROOT, 'test/helpers/XsdValidate.java');
  const xsdCheck = (xsd: string, xml: string) => spawnSync('java', [validator, xsd, xml], { encoding: 'utf8' });

  it('a report with at most one finding per file matches the Ant schema as published', async () => {
    const project = path.join(tmp, 'one');
    cpSync(path.join(ROOT, 'test/fixtures/validate/_base'), project, { recursive: true });
    writeFileSync(
      path.join(project, 'coordination/extra.yaml'),
      'apiVersion: perfcoord/v1\nkind: Ownership\nareas:\n  - id: empty_area\n    title: "<Empty> & \\"odd\\""\n',
    );
    const out = path.join(tmp, 'one.xml');
    const r = await runCli(['validate', '-f', `junit=${out}`, '-f', 'compact'], project);
    expect(r.code).toBe(1);
    const check = xsdCheck(JUNIT_XSD, out);
    expect(check.stdout.trim()).toBe('valid');
  });

  it('a report with several findings per file matches it once a testcase may carry several failures', async () => {
    const relaxed = path.join(tmp, 'junit-multi.xsd');
    const xsd = readFileSync(JUNIT_XSD, 'utf8');
    expect(xsd).toContain('<xs:element name="failure">');
    writeFileSync(
      relaxed,
      xsd.replace('<xs:element name="failure">', '<xs:element name="failure" maxOccurs="unbounded">'),
    );
    const out = path.join(tmp, 'multi.xml');
    await runCli(['validate', '-f', `junit=${out}`], badProject());
    const text = readFileSync(out, 'utf8');
    expect(text.match(/<testcase /g)?.length).toBe(7);
    expect(text.match(/<failure /g)?.length).toBeGreaterThanOrEqual(4);
    expect(xsdCheck(relaxed, out).stdout.trim()).toBe('valid');
  });
});

describe('several formats in one run', () => {
  it('writes each format where it is asked to go', async () => {
    const project = badProject();
    const r = await runCli(
      ['validate', '-f', 'compact', '-f', 'json=out/report.json', '-f', 'sarif=out/report.sarif'],
      project,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^coordination\/.*\[ref-unknown\]$/m);
    const json = JSON.parse(readFileSync(path.join(project, 'out/report.json'), 'utf8')) as { diagnostics: unknown[] };
    expect(json.diagnostics.length).toBe(r.stdout.trim().split('\n').length);
    expect(validateSarif(JSON.parse(readFileSync(path.join(project, 'out/report.sarif'), 'utf8')))).toBe(true);
  });

  it('--output writes the single format to a file', async () => {
    const project = badProject();
    const r = await runCli(['validate', '-f', 'json', '-o', 'report.json'], project);
    expect(r.stdout).toBe('');
    expect(existsSync(path.join(project, 'report.json'))).toBe(true);
  });

  it.skipIf(!existsSync('/proc/self'))('a report folder that cannot be created is an I/O error at once', async () => {
    const r = await runCli(['validate', '-f', 'json', '-o', '/proc/nope/report.json'], badProject());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot create the folder \/proc\/nope/);
  });

  it('refuses two formats written to one file, and a --max-depth no document can meet', async () => {
    const project = badProject();
    const twice = await runCli(['validate', '-f', 'json=r.txt', '-f', 'sarif=./r.txt'], project);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/two formats would be written to .*r\.txt/);
    const depth = await runCli(['validate', '--max-depth', '0'], project);
    expect(depth.code).toBe(2);
    expect(depth.stderr).toMatch(/--max-depth must be between 2 and 500/);
  });

  it('refuses to write a report through a symbolic link', async () => {
    const project = badProject();
    const victim = path.join(tmp, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    symlinkSync(victim, path.join(project, 'report.json'));
    const r = await runCli(['validate', '-f', 'json', '-o', 'report.json'], project);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
  });
});

describe('file names from an untrusted pull request', () => {
  it('cannot inject workflow commands or escape sequences through any text format', async () => {
    const project = badProject();
    const evil = 'a\n::error file=README.md,line=1::injected\n\u001b[31mred.yaml';
    writeFileSync(path.join(project, 'coordination', evil), 'apiVersion: perfcoord/v1\nkind: Teams\nteams: 5\n');
    for (const format of ['stylish', 'compact', 'github', 'junit']) {
      const r = await runCli(['validate', '-f', format], project, { GITHUB_ACTIONS: 'true' });
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).toMatch(/a(\\n|%0A)(::|%3A%3A)error/);
      expect(r.stdout, format).not.toMatch(/^::error file=README\.md/m);
      expect(r.stdout, format).not.toContain('\u001b');
    }
  });
});

describe('in a GitHub workflow, run below the repository root', () => {
  it('gives github annotations and SARIF locations relative to GITHUB_WORKSPACE, the other formats relative to the working folder', async () => {
    const repo = path.join(tmp, `repo-${Math.random().toString(36).slice(2)}`);
    const project = path.join(repo, 'services', 'perf');
    cpSync(badProject(), project, { recursive: true });
    const env = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo };
    const r = await runCli(
      ['validate', '-f', 'github', '-f', 'sarif=report.sarif', '-f', 'json=report.json'],
      project,
      env,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=services\/perf\/coordination\/extra\.yaml,line=7,/m);
    expect(r.stdout).not.toMatch(/file=coordination/);
    const log = JSON.parse(readFileSync(path.join(project, 'report.sarif'), 'utf8')) as {
      runs: {
        originalUriBaseIds: Record<string, { uri: string }>;
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    expect(validateSarif(log)).toBe(true);
    const uris = log.runs[0]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('services/perf/coordination/extra.yaml');
    expect(log.runs[0]?.originalUriBaseIds['%SRCROOT%']?.uri).toBe(`file://${repo}/`);
    const json = JSON.parse(readFileSync(path.join(project, 'report.json'), 'utf8')) as {
      diagnostics: { file: string }[];
    };
    expect(json.diagnostics.map((d) => d.file)).toContain('coordination/extra.yaml');
  });
});

describe('the built binary', () => {
  const bin = path.join(ROOT, 'bin/perfcoord.js');
  it('validates examples/seed with exit 0 and prints its version', () => {
    const out = execFileSync(process.execPath, [bin, 'validate', '-f', 'compact'], { cwd: SEED, encoding: 'utf8' });
    expect(out).toMatch(/\[escalation-response-order\]/);
    const version = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(version.trim()).toBe(
      (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
  });

  it('exits 1 on findings and 2 on a usage error, without a stack trace', () => {
    const bad = spawnSync(process.execPath, [bin, 'validate'], { cwd: badProject(), encoding: 'utf8' });
    expect(bad.status).toBe(1);
    const usage = spawnSync(process.execPath, [bin, 'validate', '--fail-level', 'sometimes'], {
      cwd: SEED,
      encoding: 'utf8',
    });
    expect(usage.status).toBe(2);
    expect(usage.stderr).not.toMatch(/\n\s+at /);
    const typo = spawnSync(process.execPath, [bin, 'valdate'], { cwd: SEED, encoding: 'utf8' });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/validate/);
  });
});
