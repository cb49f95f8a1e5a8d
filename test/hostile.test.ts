import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { findExcessiveNesting } from '../src/core/load/depth.js';
import { ROOT, runCli } from './helpers/run.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

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
