/**
 * The pages as people read them: no YAML token outside code, no heading that
 * two pages share, tables of at most five columns, and with --svg each page
 * shows its diagrams from the SVG files. For the seed and for the seed grown
 * to 30 teams and a twelve-stage pipeline.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/core/load/load.js';
import { renderDocs } from '../src/core/render/index.js';
import { modelOf } from '../src/core/validate/validate.js';
import {
  andList,
  duration,
  durationText,
  frequencyText,
  readableId,
  sentence,
  words,
} from '../src/core/render/words.js';
import { fewOf, shorten } from '../src/core/render/mermaid.js';
import { grownSeed } from './helpers/grown-seed.js';
import { MINIMAL, SEED } from './helpers/run.js';

const grown = grownSeed(30);
afterAll(() => rmSync(grown, { recursive: true, force: true }));

function pagesOf(dir: string, svg = false): Map<string, string> {
  const { model, index } = modelOf(loadProject({ cwd: dir }));
  const files = renderDocs(model, index, { svg });
  return new Map(files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, f.content]));
}

/** The page without code spans, fenced blocks, link targets, file names and HTML comments: what reads as prose. */
function proseOf(markdown: string): string {
  return (
    markdown
      .replace(/```[\s\S]*?```/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/`[^`\n]*`/g, '')
      .replace(/\]\([^)]*\)/g, ']')
      // File names are shown as they are: they are what a reader opens.
      .replace(/\[[\w.-]+\.(?:mmd|svg)\]/g, '')
  );
}

const projects: [string, string][] = [
  ['examples/seed', SEED],
  ['examples/minimal', MINIMAL],
  ['the seed grown to 30 teams', grown],
];

describe.each(projects)('the pages of %s', (_name, dir) => {
  const pages = pagesOf(dir);

  it('show no duration, frequency or id as the YAML writes it, outside code', () => {
    for (const [file, content] of pages) {
      const text = proseOf(content);
      for (const token of ['15_minutes', '1hour', '2hours', 'per_sprint', 'bi_weekly', '15min'])
        expect(text.includes(token), `${file} shows ${token}`).toBe(false);
      // A snake_case word outside code is a token nobody turned into words.
      expect(text.match(/\b[a-z0-9]+_[a-z0-9_]+\b/g) ?? [], file).toEqual([]);
    }
  });

  it('never give two pages the same heading', () => {
    const where = new Map<string, string>();
    for (const [file, content] of pages) {
      if (file === 'index.md') continue;
      for (const m of content.matchAll(/^#{1,6} (.+)$/gm)) {
        const heading = (m[1] ?? '').toLowerCase();
        const other = where.get(heading);
        expect(other === undefined || other === file, `"${m[1] ?? ''}" on ${other ?? ''} and ${file}`).toBe(true);
        where.set(heading, file);
      }
    }
  });

  it('have tables of at most five columns', () => {
    for (const [file, content] of pages)
      for (const line of content.split('\n').filter((l) => /^\| --- /.test(l)))
        expect(line.split('|').length - 2, `${file}: ${line}`).toBeLessThanOrEqual(5);
  });

  it('with --svg, show every diagram from its SVG file and link its .mmd source', () => {
    const withSvg = pagesOf(dir, true);
    const all = [...withSvg.values()].join('\n');
    expect(all).not.toContain('```mermaid');
    const { model, index } = modelOf(loadProject({ cwd: dir }));
    for (const f of renderDocs(model, index).filter((f) => f.path.endsWith('.mmd'))) {
      const name = f.path.replace(/\.mmd$/, '');
      expect(all, name).toMatch(
        new RegExp(`!\\[[^\\]]+\\]\\(${name}\\.svg\\)\\n\\nDiagram source: \\[${name}\\.mmd\\]\\(${name}\\.mmd\\)`),
      );
    }
  });
});

describe('the ownership matrix of examples/seed', () => {
  it('says what it holds in its column headers, and is no RACI', () => {
    const page = pagesOf(SEED).get('ownership.md') ?? '';
    expect(page).toContain('| Area | Owned by | Duties held by | Escalates to |');
    expect(page).not.toMatch(/RACI/);
  });
});

describe('words for tokens', () => {
  it.each([
    ['shared_tasks', 'shared tasks'],
    ['sla_breach_imminent', 'SLA breach imminent'],
    ['cross-team_task_planning', 'cross-team task planning'],
    ['Two words_here', 'Two words_here'],
    ['src/core_x.ts', 'src/core_x.ts'],
    ['https://x.example/a_b', 'https://x.example/a_b'],
  ])('words(%j) is %j', (input, output) => expect(words(input)).toBe(output));

  it.each([
    ['1hour', '1 h'],
    ['2hours', '2 h'],
    ['15min', '15 min'],
    ['15_minutes', '15 min'],
    ['90m', '1 h 30 min'],
    ['immediate', 'immediately'],
    ['after_lunch', 'after lunch'],
  ])('durationText(%j) is %j', (input, output) => expect(durationText(input)).toBe(output));

  it('frequencies, ids, lists', () => {
    expect(frequencyText({ frequency: 'bi-weekly', frequencyText: 'bi_weekly' })).toBe('every two weeks');
    expect(frequencyText({ frequency: 'per-sprint', frequencyText: 'per_sprint' })).toBe('per sprint');
    expect(frequencyText({ frequencyText: 'twice_a_week' })).toBe('twice a week');
    expect(readableId('qa_performance_testing_review')).toBe('QA performance testing review');
    expect(readableId('cross-team-standup')).toBe('Cross team standup');
    expect(sentence('blockers')).toBe('Blockers');
    // Whole minutes, as every command shows the weekly meeting load.
    expect(duration(22.5)).toBe('23 min');
    expect(duration(0.4)).toBe('1 min');
    expect(andList(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('shortens labels keeping the words that tell names apart', () => {
    expect(shorten('Regional Payments and Checkout Experience Team 12', 40)).toBe(
      'Regional Payments and Checkout … Team 12',
    );
    expect(shorten('Performance Optimization Team', 40)).toBe('Performance Optimization Team');
    expect([...shorten('x'.repeat(100), 40)].length).toBe(40);
    expect(fewOf(['Engineering Management', 'All team leads', 'Incident Commander'], 48)).toBe(
      'Engineering Management and 2 more',
    );
    expect(fewOf(['A', 'B'], 48)).toBe('A, B');
  });
});
