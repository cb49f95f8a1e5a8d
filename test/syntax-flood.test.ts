import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_JUNK, findExcessiveNesting } from '../src/core/load/depth.js';
import { MAX_PROBLEMS, parseYaml } from '../src/core/load/parse-yaml.js';
import { runCli } from './helpers/run.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-flood-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonReport {
  diagnostics: { rule: string; message: string; line: number; col: number }[];
}

async function findingsOf(name: string, text: string): Promise<JsonReport['diagnostics']> {
  writeFileSync(path.join(tmp, name), text);
  const result = await runCli(['validate', name, '-f', 'json'], tmp);
  expect(result.code).toBe(1);
  return (JSON.parse(result.stdout) as JsonReport).diagnostics;
}

describe('a file with a flood of syntax errors', () => {
  it('shows the first problems and counts the rest in one finding', async () => {
    // The parser reports each "]" after the quoted value.
    const found = await findingsOf('closers.yaml', `a: "x"${']'.repeat(500)}\n`);
    expect(found).toHaveLength(MAX_PROBLEMS + 1);
    expect(found.every((d) => d.rule === 'yaml-syntax')).toBe(true);
    expect(found.at(-1)?.message).toBe(
      `and ${500 - MAX_PROBLEMS} more YAML problems in this file, not shown; fix the ones above first`,
    );
  });

  it('is one finding, at the first stray character, for a megabyte of brackets after a quoted value', async () => {
    const found = await findingsOf('brackets.yaml', `a: "x"${'['.repeat(1 << 20)}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'yaml-syntax', line: 1, col: 7 });
    expect(found[0]?.message).toMatch(/^more than 1000 characters follow a quoted value on this line/);
  });

  it('leaves a few stray characters to the parser, and valid text after quotes alone', () => {
    expect(findExcessiveNesting(`a: "x"${']'.repeat(MAX_JUNK)}\n`)).toBeUndefined();
    expect(findExcessiveNesting(`a: "x"${']'.repeat(MAX_JUNK + 1)}\n`)?.junk).toBe(MAX_JUNK + 1);
    const fine = ['"k": "v" # note', `b: ["x", 'y', {"c": "d"}]`, `e: "f"`, `"g":`, `  - "h"`, ''].join('\n');
    expect(findExcessiveNesting(`${fine}\n`.repeat(2000))).toBeUndefined();
  });

  it('spends time on each parser error in proportion to the errors, not their square', () => {
    // 20,000 errors, each of which once rescanned the whole text: counted, not timed.
    const text = `a: "x"${']'.repeat(20_000)}\n`;
    let trims = 0;
    const trimEnd = String.prototype.trimEnd;
    String.prototype.trimEnd = function (this: string) {
      trims++;
      return trimEnd.call(this);
    };
    try {
      expect(parseYaml(text).problems.length).toBeGreaterThanOrEqual(20_000);
    } finally {
      String.prototype.trimEnd = trimEnd;
    }
    expect(trims).toBeLessThan(10);
  });
});
