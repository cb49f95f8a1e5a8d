import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LOAD_RULE_IDS, MODEL_RULE_IDS } from '../src/core/rule-ids.js';
import { ruleCatalog } from '../src/core/validate/catalog.js';
import { RULES } from '../src/core/validate/rules/index.js';
import { ROOT } from './helpers/run.js';
import { tempFolder } from './helpers/tmp.js';

const tmp = tempFolder('rule-ids');

describe('rule ids', () => {
  it('the catalog describes every id once, and the model rules are the registered ones', () => {
    const ids = ruleCatalog().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...LOAD_RULE_IDS, ...MODEL_RULE_IDS].sort());
    expect(RULES.map((r) => r.id)).toEqual([...MODEL_RULE_IDS]);
  });

  it('every rule over the model has valid and invalid cases (test/rules-*.test.ts, testRule)', () => {
    const tested = readdirSync(path.join(ROOT, 'test'))
      .filter((f) => /^rules-.*\.test\.ts$/.test(f))
      .flatMap((f) =>
        [...readFileSync(path.join(ROOT, 'test', f), 'utf8').matchAll(/testRule\('([a-z-]+)'/g)].map((m) => m[1]),
      );
    expect([...new Set(tested)].sort()).toEqual([...MODEL_RULE_IDS].sort());
  });

  it('an unknown id in a finding or a rule does not compile', () => {
    const src = (p: string) => JSON.stringify(path.join(ROOT, 'src', p));
    const file = path.join(tmp, 'probe.ts');
    writeFileSync(
      file,
      [
        `import type { Finding } from ${src('core/finding.js')};`,
        `import type { Rule } from ${src('core/validate/rule.js')};`,
        `export const known: Finding['rule'] = 'ref-unknown';`,
        `export const unknown: Finding['rule'] = 'ref-unknow';`,
        `export const rule: Pick<Rule, 'id'> = { id: 'no-such-rule' };`,
      ].join('\n'),
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2023,
      skipLibCheck: true,
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file)
      .map(
        (d) =>
          `${d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^4: Type '"ref-unknow"' is not assignable/);
    expect(errors[1]).toMatch(/^5: Type '"no-such-rule"' is not assignable/);
  }, 60_000);
});
