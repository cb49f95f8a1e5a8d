import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/core/load/load.js';
import type { RuleId } from '../../src/core/rule-ids.js';
import { validateProject } from '../../src/core/validate/validate.js';
import { MINIMAL } from './run.js';

/** Files laid over examples/minimal: a path relative to the project, and its whole text. */
export type Files = Record<string, string>;

export interface ValidCase {
  name: string;
  files: Files;
}

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule, exactly: "file:line:col severity message", in report order. */
  findings: string[];
}

/** The findings of one rule for a project: examples/minimal with `files` laid over it. */
export function findingsOf(rule: RuleId, files: Files): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-rule-'));
  try {
    cpSync(MINIMAL, dir, { recursive: true });
    for (const [rel, text] of Object.entries(files)) writeFileSync(path.join(dir, rel), text);
    const result = validateProject(loadProject({ cwd: dir }));
    return result.diagnostics
      .filter((d) => d.rule === rule)
      .map((d) => `${d.file}:${d.range.start.line + 1}:${d.range.start.col + 1} ${d.severity} ${d.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * ESLint's RuleTester, for perfcoord: `valid` cases must give no finding of
 * the rule, `invalid` ones exactly the findings listed: no more, no fewer,
 * same positions and words. The untouched example project is always a valid case.
 */
export function testRule(rule: RuleId, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule, () => {
    it.each([{ name: 'examples/minimal as it is', files: {} }, ...cases.valid])('valid: $name', ({ files }) => {
      expect(findingsOf(rule, files)).toEqual([]);
    });
    it.each(cases.invalid)('invalid: $name', ({ files, findings }) => {
      expect(findingsOf(rule, files)).toEqual(findings);
    });
  });
}

/** A YAML document of `kind` with the usual head. */
export function doc(kind: string, body: string): string {
  return `apiVersion: perfcoord/v1\nkind: ${kind}\n${body.replace(/^\n/, '')}`;
}
