import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/core/load/load.js';
import { MarkdownPage } from '../src/core/render/markdown.js';
import { renderDocs } from '../src/core/render/index.js';
import { modelOf } from '../src/core/validate/validate.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-linear-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `n` small documents in one file: teams, areas and escalation matrices, none with a title. */
function manyDocuments(n: number): string {
  const dir = path.join(tmp, `docs-${n}`);
  mkdirSync(path.join(dir, 'coordination'), { recursive: true });
  writeFileSync(
    path.join(dir, 'perfcoord.yaml'),
    'apiVersion: perfcoord/v1\nkind: Project\nname: Many\ncoreTeam: t0\n',
  );
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    const team = `t${i - (i % 3)}`;
    docs.push(
      i % 3 === 0
        ? `kind: Teams\nteams:\n  - { id: t${i}, name: Team ${i}, dependency: ${i === 0 ? 'core' : 'low'} }\n`
        : i % 3 === 1
          ? `kind: Ownership\nareas:\n  - { id: a${i}, title: Area ${i}, owners: [{ team: ${team} }], escalation: e${i + 1} }\n`
          : `kind: EscalationMatrix\nid: e${i}\nlevels:\n  - { level: 1, trigger: slow, responseTime: 15m, responders: [${team}] }\n`,
    );
  }
  writeFileSync(
    path.join(dir, 'coordination/many.yaml'),
    docs.map((d) => `apiVersion: perfcoord/v1\n${d}`).join('---\n'),
  );
  return dir;
}

/** Elements the common collection operations visit while `work` runs: a count of work, not a time. */
function steps(work: () => void): number {
  let count = 0;
  const arrays = ['filter', 'some', 'map', 'find', 'forEach', 'includes', 'indexOf'] as const;
  const saved = arrays.map((name) => [name, Array.prototype[name]] as const);
  const setHas = Set.prototype.has;
  for (const [name, original] of saved) {
    (Array.prototype as unknown as Record<string, unknown>)[name] = function (this: unknown[], ...args: unknown[]) {
      count += this.length;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  Set.prototype.has = function (this: Set<unknown>, value: unknown) {
    count++;
    return setHas.call(this, value);
  };
  try {
    work();
  } finally {
    for (const [name, original] of saved) (Array.prototype as unknown as Record<string, unknown>)[name] = original;
    Set.prototype.has = setHas;
  }
  return count;
}

function renderSteps(n: number): number {
  const { model, index } = modelOf(loadProject({ cwd: manyDocuments(n) }));
  let files = 0;
  const count = steps(() => {
    files = renderDocs(model, index).length;
  });
  expect(files).toBeGreaterThan(3);
  return count;
}

describe('rendering many small documents', () => {
  it('does work in proportion to the documents, not their square', () => {
    const small = renderSteps(1500);
    const large = renderSteps(3000);
    // Twice the documents: about twice the work (a quadratic step makes it four times).
    expect(large / small).toBeLessThan(2.5);
  });

  it('numbers a thousand headings of one text without trying every number again', () => {
    const page = new MarkdownPage('<!-- marker -->', 'Page');
    const count = steps(() => {
      for (let i = 0; i < 1000; i++) page.heading(2, 'Teams');
    });
    expect(count).toBeLessThan(10_000);
    expect(page.heading(2, 'Teams')).toBe('teams-1001');
  });
});
