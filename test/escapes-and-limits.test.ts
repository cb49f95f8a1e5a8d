import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostic.js';
import { safeText } from '../src/core/format/color.js';
import { github } from '../src/core/format/github.js';
import { stylish } from '../src/core/format/stylish.js';
import type { FormatContext } from '../src/core/format/context.js';
import { exitCodeFor } from '../src/core/validate/validate.js';
import { SEED, runCli } from './helpers/run.js';

const at = { start: { line: 2, col: 4 }, end: { line: 2, col: 9 } };
const finding = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  file: 'coordination/teams.yaml',
  range: at,
  severity: 'warning',
  rule: 'ref-unknown',
  message: 'a message',
  ...over,
});
const ctx: FormatContext = {
  cwd: '/project',
  files: [],
  source: () => undefined,
  color: false,
  version: '0.0.0',
  now: new Date(0),
  rules: [],
};

describe('github annotations', () => {
  it('escape commas, colons, percent signs and line breaks in properties, exactly', () => {
    const out = github([finding({ file: 'a,b:c%d\ne.yaml', message: 'x,y: 100%\nnext' })], ctx);
    expect(out).toBe(
      '::warning file=a%2Cb%3Ac%25d%0Ae.yaml,line=3,col=5,endLine=3,endColumn=10,title=perfcoord ref-unknown::x,y: 100%25%0Anext\n',
    );
  });

  it('keep a file name with a comma one property: the next property starts after the escaped name', () => {
    const out = github([finding({ file: 'team,line=99.yaml' })], ctx);
    const props = out.slice('::warning '.length, out.indexOf('::', 2)).split(',');
    expect(props[0]).toBe('file=team%2Cline=99.yaml');
    expect(props[1]).toBe('line=3');
  });
});

describe('--max-warnings', () => {
  const warnings = (n: number) => ({ configError: false, diagnostics: Array.from({ length: n }, () => finding()) });

  it.each([
    [0, 0, 0],
    [0, 1, 1],
    [1, 1, 0],
    [1, 2, 1],
    [5, 5, 0],
    [5, 6, 1],
  ])('allows %i warnings: %i found exits %i', (max, found, code) => {
    expect(exitCodeFor(warnings(found), { failLevel: 'error', maxWarnings: max })).toBe(code);
  });

  it('on the command line: the seed has one warning, which --max-warnings 1 allows and 0 does not', async () => {
    expect((await runCli(['validate', '-f', 'compact', '--max-warnings', '1'], SEED)).code).toBe(0);
    expect((await runCli(['validate', '-f', 'compact', '--max-warnings', '0'], SEED)).code).toBe(1);
  });
});

describe('text for the terminal', () => {
  const hex = (c: number) => `\\x${c.toString(16).padStart(2, '0')}`;

  it('shows every C0 and C1 control character and DEL as an escape', () => {
    for (let c = 0; c <= 0x9f; c++) {
      if (c >= 0x20 && c < 0x7f) continue;
      const expected = c === 0x1b ? '\\e' : c === 0x0a ? '\\n' : c === 0x09 ? '\\t' : hex(c);
      expect(safeText(`a${String.fromCharCode(c)}b`), hex(c)).toBe(`a${expected}b`);
    }
  });

  it('shows the line and paragraph separators as escapes, and leaves other text alone', () => {
    expect(safeText('\u2028\u2029')).toBe('\\x2028\\x2029');
    expect(safeText('é ü 中文 \u00a0 \u00ff')).toBe('é ü 中文 \u00a0 \u00ff');
  });

  it('lets no C1 control (U+0080–U+009F, e.g. the 8-bit CSI U+009B) through stylish', () => {
    const c1 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)).join('');
    const out = stylish([finding({ file: `f${c1}.yaml`, message: `m${c1}` })], ctx);
    expect(out).not.toMatch(/[\u0080-\u009f]/);
    expect(out).toContain('\\x9b');
  });
});
