import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { lint } from 'markdownlint-cli2/markdownlint/promise';
import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_BYTES, diffMarkdown } from '../src/core/diff/markdown.js';
import { targetNote } from '../src/core/diff/notes.js';
import type { Change, DiffResult } from '../src/core/diff/types.js';
import { DIFF_KINDS } from '../src/core/diff/types.js';
import { ansi, plain } from '../src/core/format/color.js';
import { diffText } from '../src/cli/commands/diff/text.js';
import { hostileText } from './fixtures/render/hostile.js';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { diffPair } from './helpers/diff-sides.js';
import { ROOT } from './helpers/run.js';

const lintClean = async (markdown: string) =>
  (await lint({ strings: { 'diff.md': markdown }, config: { default: true } })).toString();

describe('targets: loosened or tightened', () => {
  it.each([
    ['<= 200ms', '<= 300ms', 'loosened'],
    ['<= 300ms', '<= 0.2s', 'tightened'],
    ['< 2s', '<= 2s', 'loosened'],
    ['>= 99.9%', '>= 99%', 'loosened'],
    ['>= 95%', '> 95%', 'tightened'],
    ['p95 <= 4h', 'p95 <= 2h', 'tightened'],
    ['<= 512mb', '<= 1gb', 'loosened'],
    ['<= 200ms', '<= 200ms', undefined],
    ['<= 200ms', '>= 100ms', undefined],
    ['<= 200ms', '<= 20%', undefined],
    ['fast', 'faster', undefined],
  ])('%s → %s: %s', (before, after, note) => {
    expect(targetNote(before, after)?.note).toBe(note);
  });
});

describe('the seed with the listed changes', () => {
  it('reports each change by kind and id, with before and after, and nothing else', () => {
    const json = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/diff/seed-changes/expected.json'), 'utf8')) as {
      changes: Change[];
    };
    const seen = json.changes.map((c) => `${c.kind} ${c.id} ${c.change} ${c.field ?? ''}`.trim());
    expect(seen).toEqual([
      'teams product changed dependency',
      'areas performance_analysis removed',
      'areas performance_monitoring changed duties.setup',
      'gates performance_quality_gates/pre_production changed signOff',
      'escalation performance_escalation/level 2 changed responders',
      'escalation performance_escalation/level 2 changed responseTime',
      'cadence architecture_sync changed day',
      'cadence capacity_review added',
      // What follows from the added meeting: the load of the teams that attend it.
      'meeting-load devops changed hoursPerWeek',
      'meeting-load performance changed hoursPerWeek',
    ]);
    const response = json.changes.find((c) => c.field === 'responseTime');
    expect(response).toMatchObject({ before: '30_minutes', after: '45_minutes', regression: true });
    expect(json.changes.find((c) => c.field === 'responders')).toMatchObject({
      before: ['architecture', 'team_leads'],
      after: ['devops', 'team_leads'],
    });
  });
});

function change(kind: Change['kind'], i: number, text: string): Change {
  return { kind, id: `${text} ${i}`, change: 'changed', field: text, before: text, after: [text, text], note: text };
}

describe('the Markdown report', () => {
  it('stays lint-clean whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 6 }), async (texts) => {
        const result: DiffResult = {
          changes: texts.map((t, i) => change(DIFF_KINDS[i % DIFF_KINDS.length]!, i, t)),
          teams: texts.map((t, i) => ({ id: `t${i}`, name: t, handles: { github: t }, concerns: ['gates'] })),
        };
        const md = diffMarkdown(result, { base: texts[0]!, head: 'HEAD', notes: [texts[0]!] });
        expect(await lintClean(md), md).toBe('');
      }),
      { numRuns: 40 },
    );
  });

  it('summarises the tail past 60 KB, and says so', async () => {
    const changes = Array.from({ length: 3000 }, (_, i) =>
      change(DIFF_KINDS[Math.floor(i / 200)]!, i, `a rather long value of change number ${i}`),
    );
    const md = diffMarkdown({ changes, teams: [] }, { base: 'main', head: 'working tree' });
    expect(new TextEncoder().encode(md).length).toBeLessThanOrEqual(MAX_MARKDOWN_BYTES);
    expect(md).toMatch(/## Not shown\n\nThe report stops at 60 KB: \d+ more changes are summarised here/);
    expect(await lintClean(md)).toBe('');
  });

  it('says when nothing changed', async () => {
    const md = diffMarkdown({ changes: [], teams: [] }, { base: 'main', head: 'HEAD' });
    expect(md).toContain('No change to the coordination');
    expect(await lintClean(md)).toBe('');
  });
});

describe('the terminal report', () => {
  const result: DiffResult = {
    changes: [
      {
        kind: 'escalation',
        id: 'm/level 1',
        change: 'changed',
        field: 'responseTime',
        before: '15m',
        after: '1h',
        note: 'slower response: a regression',
        regression: true,
      },
      { kind: 'teams', id: 'x\u001b[2J', change: 'added', after: { name: 'X' } },
    ],
    teams: [{ id: 'qa', handles: { github: '@org/qa' }, concerns: ['escalation'] }],
  };
  it('colours only when asked, and never passes control characters through', () => {
    const coloured = diffText(result, 'a', 'b', [], ansi);
    const plainText = diffText(result, 'a', 'b', [], plain);
    // eslint-disable-next-line no-control-regex
    expect(plainText).not.toMatch(/\u001b/);
    expect(coloured).toContain('\u001b[31m');
    expect(coloured).not.toContain('\u001b[2J');
    expect(plainText).toContain('@org/qa');
    expect(plainText).toContain('1 weakening the coordination');
  });
});

describe('colour on a terminal', () => {
  it('colours on a TTY, never with NO_COLOR or --no-color', async () => {
    const { dir, cleanup } = diffPair(path.join(ROOT, 'test/fixtures/diff/teams'));
    const run = async (env: Record<string, string>, ...flags: string[]) => {
      let out = '';
      const io: Io = {
        stdout: { write: (s: string) => ((out += s), true), isTTY: true },
        stderr: { write: () => true, isTTY: true },
        stdin: Object.assign(new PassThrough(), { isTTY: false }),
        cwd: dir,
        env,
        now: () => new Date(0),
      };
      expect(await main(['diff', 'base', 'head', ...flags], io)).toBe(0);
      return out;
    };
    try {
      expect(await run({})).toContain('\u001b[');
      expect(await run({ NO_COLOR: '1' })).not.toContain('\u001b[');
      expect(await run({}, '--no-color')).not.toContain('\u001b[');
    } finally {
      cleanup();
    }
  });
});
