import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findExcessiveNesting } from '../src/core/load/depth.js';
import { ROOT, runCli } from './helpers/run.js';
import { tempFolder } from './helpers/tmp.js';

const tmp = tempFolder('hostile');

type Style = 'block-map' | 'block-seq' | 'flow-seq' | 'flow-map' | 'compact-seq';

/** A YAML text nested `depth` levels deep, each level in one of the styles. */
function nested(styles: Style[]): string {
  let value: unknown = 'leaf';
  for (const style of [...styles].reverse()) {
    if (style === 'block-map' || style === 'flow-map') value = { k: value };
    else value = [value];
  }
  const flow = styles.some((s) => s.startsWith('flow'));
  return stringify(value, { collectionStyle: flow ? 'flow' : 'block', lineWidth: 0 });
}

const style = fc.constantFrom<Style>('block-map', 'block-seq', 'flow-seq', 'flow-map', 'compact-seq');

describe('the nesting bound', () => {
  it('finds every document nested deeper than the bound, in any style', () => {
    fc.assert(
      fc.property(fc.array(style, { minLength: 65, maxLength: 400 }), (styles) => {
        expect(findExcessiveNesting(nested(styles), 64)).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('lets ordinary documents through', () => {
    fc.assert(
      fc.property(fc.array(style, { minLength: 1, maxLength: 20 }), (styles) => {
        expect(findExcessiveNesting(nested(styles), 64)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('is not fooled by brackets inside quotes, comments and block scalars', () => {
    const text = [
      'a: "[[[[[[[[[[[[[[[["',
      "b: '{{{{{{{{{{{{{{{{{{{{'",
      '# [[[[[[[[[[[[[[[[[[[[[[[[',
      'c: |',
      '  [[[[[[[[[[[[[[[[[[[[[[[[[[[',
      'd: ok',
      '',
    ].join('\n');
    expect(findExcessiveNesting(text, 8)).toBeUndefined();
  });

  it('is not fooled by a tag or an anchor before the brackets, nor by a quote that never closes', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    for (const text of [
      `x: &a ${deep}\n`,
      `x: [&a${'['.repeat(100)}${']'.repeat(101)}\n`,
      `x: ${'!!seq ['.repeat(100)}${']'.repeat(100)}\n`,
      `x: ${'!!map {a: '.repeat(100)}1${'}'.repeat(100)}\n`,
      `x:\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 1)}- !!seq`).join('\n')}\n`,
      // A quote at the start of a plain scalar's continuation line is text, not a quoted scalar.
      `title: x\n  "foo\nteams: []\nx: ${deep}\n`,
      `title: "open\nx: ${deep}\n`,
    ]) {
      expect(findExcessiveNesting(text, 64), text.slice(0, 40)).toBeDefined();
    }
    // Multi-line quoted and plain scalars of real documents stay fine.
    const ok = ['a: "one', '  two [[[[[[[[[[ three"', 'b: plain', '  continued "quoted" text', 'c: [x, y]', ''].join(
      '\n',
    );
    expect(findExcessiveNesting(ok, 4)).toBeUndefined();
  });
});

describe('hostile files that cost time or memory', () => {
  it('each gets its finding, exit 1 (before the fixes these took minutes, or aborted Node)', async () => {
    const project = path.join(tmp, 'costly');
    cpSync(path.join(ROOT, 'test/fixtures/validate/_base'), project, { recursive: true });
    const dir = path.join(project, 'coordination/costly');
    mkdirSync(dir, { recursive: true });
    // One long value, repeated by a thousand aliases.
    writeFileSync(
      path.join(dir, 'amplify.yaml'),
      `apiVersion: perfcoord/v1\nkind: Teams\ndescription: &s ${'r'.repeat(1_000_000)}\ngroups:\n  - id: g\n    name: G\n    members: [${Array(900).fill('*s').join(', ')}]\n`,
    );
    // Forty thousand tab-indented lines, and a hundred thousand duplicate keys.
    writeFileSync(
      path.join(dir, 'tabs.yaml'),
      `apiVersion: perfcoord/v1\nkind: Teams\n${Array.from({ length: 40_000 }, (_, i) => `\tk${i}: 1\n`).join('')}`,
    );
    writeFileSync(path.join(dir, 'dup.yaml'), `apiVersion: perfcoord/v1\nkind: Teams\n${'k: 1\n'.repeat(100_000)}`);
    // A long reference that is no id: the schema's finding, not echoed by ref-unknown.
    writeFileSync(
      path.join(dir, 'long-ref.yaml'),
      `apiVersion: perfcoord/v1\nkind: Teams\nteams:\n  - id: t\n    name: T\n    dependency: low\n    lead: ${'r'.repeat(100_000)}\n`,
    );
    const r = await runCli(['validate', '-f', 'json'], project);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { rule: string; file: string; message: string }[] };
    const of = (file: string) => out.diagnostics.filter((d) => d.file.endsWith(file));
    expect(of('amplify.yaml').map((d) => d.rule)).toEqual(['yaml-alias']);
    expect(of('tabs.yaml').map((d) => d.rule)).toEqual(['yaml-syntax']);
    expect(of('dup.yaml').every((d) => d.rule === 'yaml-duplicate-key')).toBe(true);
    expect(of('long-ref.yaml').map((d) => d.rule)).not.toContain('ref-unknown');
    expect(Math.max(...out.diagnostics.map((d) => d.message.length))).toBeLessThan(2100);
  }, 60_000);
});

describe('many hostile files in one run', () => {
  it('reports each, exits 1, and never aborts', async () => {
    const project = path.join(tmp, 'many');
    cpSync(path.join(ROOT, 'test/fixtures/validate/_base'), project, { recursive: true });
    const dir = path.join(project, 'coordination/hostile');
    mkdirSync(dir, { recursive: true });
    const deepFlow = `risks: ${'['.repeat(1000)}${']'.repeat(1000)}\n`;
    const deepBlock = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' end\n';
    const deepCompact = `risks:\n  ${'- '.repeat(1000)}x\n`;
    const bomb =
      [
        'a: &a [x, x, x, x, x, x, x, x, x]',
        ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
      ].join('\n') + '\n';
    for (let i = 0; i < 100; i++) {
      writeFileSync(path.join(dir, `flow-${i}.yaml`), deepFlow);
      writeFileSync(path.join(dir, `block-${i}.yaml`), deepBlock);
      writeFileSync(path.join(dir, `compact-${i}.yaml`), deepCompact);
      writeFileSync(path.join(dir, `bomb-${i}.yaml`), bomb);
    }
    const r = await runCli(['validate', '-f', 'json'], project);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { rule: string; file: string }[] };
    const count = (rule: string) => out.diagnostics.filter((d) => d.rule === rule).length;
    expect(count('yaml-depth')).toBe(300);
    expect(count('yaml-alias')).toBe(100);
  });
});

describe('files reached by other paths', () => {
  it('reads a file linked under another name once (no false id-duplicate)', async () => {
    const project = path.join(tmp, 'linked');
    cpSync(path.join(ROOT, 'examples/minimal'), project, { recursive: true });
    symlinkSync('teams.yaml', path.join(project, 'coordination/teams-again.yaml'));
    symlinkSync('coordination/teams.yaml', path.join(project, 'teams-link.yaml'));
    const all = await runCli(['validate', '-f', 'compact'], project);
    expect(all).toMatchObject({ code: 0, stdout: '' });
    const named = await runCli(['validate', '-f', 'compact', 'teams-link.yaml'], project);
    expect(named).toMatchObject({ code: 0, stdout: '' });
  });

  it('validates a named file above the working folder when there is no project file', async () => {
    const dir = path.join(tmp, 'no-project');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    cpSync(path.join(ROOT, 'examples/minimal/coordination/teams.yaml'), path.join(dir, 'teams.yaml'));
    const r = await runCli(['validate', '-f', 'compact', '../teams.yaml'], path.join(dir, 'sub'));
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/file-outside-root/);
    expect(r.code).toBe(0);
  });
});

describe('references while a file cannot be read', () => {
  it('are held back only for findings that drop a document, and never turn a failing run green', async () => {
    const project = path.join(tmp, 'follow-on');
    cpSync(path.join(ROOT, 'examples/minimal'), project, { recursive: true });
    const ownership = path.join(project, 'coordination/ownership.yaml');
    writeFileSync(ownership, readFileSync(ownership, 'utf8').replace('team: backend', 'team: backendx'));
    // A merge key, turned off: the file still reads, so the broken reference is still reported.
    writeFileSync(
      path.join(project, 'coordination/extra.yaml'),
      'apiVersion: perfcoord/v1\nkind: Channels\nbase: &c { type: chat }\nchannels:\n  - id: extra\n    <<: *c\n    address: "#extra"\n',
    );
    const config = path.join(project, 'perfcoord.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}rules:\n  yaml-merge-key: "off"\n`);
    const r = await runCli(['validate', '-f', 'compact'], project);
    expect(r.stdout).toMatch(/"backendx".*\[ref-unknown\]/);
    expect(r.code).toBe(1);
  });
});

describe('unclosed quotes and brackets', () => {
  it('are reported where the one that is never closed opens', async () => {
    const dir = path.join(tmp, 'unclosed');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'q.yaml'),
      'apiVersion: perfcoord/v1\nkind: Teams\ndescription: "multi\n  line"\nteams:\n  - id: "x\n',
    );
    writeFileSync(path.join(dir, 'b.yaml'), 'apiVersion: perfcoord/v1\nkind: Teams\nteams: [\n  [1, 2,\n  3]\n');
    const r = await runCli(['validate', '-f', 'compact', 'q.yaml', 'b.yaml'], dir);
    expect(r.stdout).toContain('q.yaml:6:9: error the double-quoted text opened here is never closed');
    expect(r.stdout).toContain('b.yaml:3:8: error the flow sequence opened here is never closed');
  });
});
