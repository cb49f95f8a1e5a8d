import { readFileSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/run.js';
import { mutate } from './helpers/mutate.js';
import { tempFolder } from './helpers/tmp.js';

const BASE = path.join(ROOT, 'test/fixtures/validate/_base');
const tmp = tempFolder('prop');
const project = path.join(tmp, 'project');
cpSync(BASE, project, { recursive: true });

const target = path.join(project, 'coordination/ownership.yaml');
const original = readFileSync(target, 'utf8');

interface JsonOut {
  diagnostics: {
    file: string;
    line: number;
    col: number;
    endLine: number;
    endCol: number;
    rule: string;
    message: string;
  }[];
}

/** Runs validate on the project with `content` as one of its files; checks what must hold for any input. */
async function check(content: string | Uint8Array, extraArgs: string[] = []): Promise<string> {
  writeFileSync(target, content);
  const r = await runCli(['validate', '-f', 'json', ...extraArgs], project);
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  const out = JSON.parse(r.stdout) as JsonOut;
  const lines = (typeof content === 'string' ? content : Buffer.from(content).toString('utf8')).split('\n').length;
  for (const d of out.diagnostics) {
    expect(d.rule).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.col).toBeGreaterThanOrEqual(1);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    if (d.file === 'coordination/ownership.yaml') expect(d.line).toBeLessThanOrEqual(lines);
  }
  return r.stdout;
}

describe('validate never fails on any input', () => {
  it('random bytes: findings with positions, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        await check(bytes);
      }),
      { numRuns: 150 },
    );
  });

  it('random text: findings with positions, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        await check(text);
      }),
      { numRuns: 150 },
    );
  });

  it('edited files: same findings twice (deterministic) and on both parser paths', async () => {
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.constantFrom(
          ':',
          '- ',
          '"',
          "'",
          '[',
          '{',
          '}',
          '\n',
          '  ',
          '#',
          'x',
          '__proto__: 1\n',
          'constructor',
          '\t',
          '&a',
          '*a',
          '!!str ',
          '<<: ',
        ),
      }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 10 }) }),
      fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const text = mutate(original, mutations);
        const first = await check(text);
        const again = await check(text);
        const full = await check(text, ['--no-fast-path']);
        expect(again).toBe(first);
        expect(full).toBe(first);
      }),
      { numRuns: 120 },
    );
  });

  it('leaves Object.prototype alone whatever the keys', async () => {
    await check(
      'apiVersion: perfcoord/v1\nkind: Ownership\n__proto__:\n  polluted: yes\nareas:\n  - id: a\n    title: A\n    owners: [{team: backend}]\n    duties:\n      constructor: backend\n      hasOwnProperty: backend\n      toString: backend\n',
    );
    await check('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
