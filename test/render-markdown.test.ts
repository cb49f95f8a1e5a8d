import fc from 'fast-check';
import { lint } from 'markdownlint-cli2/markdownlint/promise';
import { describe, expect, it } from 'vitest';
import { MarkdownPage, code, headingLink, headingText, link, md, slugOf } from '../src/core/render/markdown.js';
import { hostileText } from './fixtures/render/hostile.js';

const CONFIG = { default: true, MD013: false };

async function lintErrors(content: string): Promise<string> {
  const result = await lint({ strings: { page: content }, config: CONFIG });
  return result.toString();
}

describe('md(): model text shown literally in Markdown', () => {
  const cases: [string, string][] = [
    ['plain text', 'plain text'],
    ['snake_case_id', 'snake_case_id'],
    ['_lead_ and trail_', '\\_lead\\_ and trail\\_'],
    ['*bold* and **more**', '\\*bold\\* and \\*\\*more\\*\\*'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a | b', 'a \\| b'],
    ['# not a heading', '\\# not a heading'],
    ['C# is fine', 'C# is fine'],
    ['- not a list', '\\- not a list'],
    ['-5 degrees', '-5 degrees'],
    ['---', '\\---'],
    ['1. not a list', '1\\. not a list'],
    ['1.0', '1.0'],
    ['2) neither', '2\\) neither'],
    ['see https://example.com/a_b.', 'see <https://example.com/a_b>.'],
    ['www.example.com', 'www\\.example.com'],
    ['me@example.com', 'me\\@example.com'],
    ['&amp; &#60;', '\\&amp; \\&#60;'],
    ['R&D', 'R&D'],
    ['$5 and $x$', '\\$5 and \\$x\\$'],
    ['two\nlines\r\nhere', 'two lines here'],
    ['[link](x) ![img](y)', '\\[link\\](x) !\\[img\\](y)'],
    ['`code`', '\\`code\\`'],
    ['~~strike~~', '\\~\\~strike\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['  padded  ', 'padded'],
    ['tab\there', 'tab here'],
    ['bell\u0007', 'bell'],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(md(input)).toBe(expected);
  });

  it('in a heading, every "#" is escaped and URLs stay text', () => {
    expect(md('Issue #1 #', true)).toBe('Issue \\#1 \\#');
    expect(md('see https://x.org', true)).toBe('see https\\://x.org');
  });
});

describe('code(), headings, slugs and links', () => {
  it.each([
    ['src/db/**', false, '`src/db/**`'],
    ['a`b', false, '``a`b``'],
    ['`x', false, '`` `x ``'],
    ['a|b', true, '`a\\|b`'],
    ['a|b', false, '`a|b`'],
  ] as const)('code(%j, inTable %s) → %j', (input, inTable, expected) => {
    expect(code(input, inTable)).toBe(expected);
  });

  it.each([
    ['Title.', 'Title'],
    ['Done!:', 'Done'],
    ['Cross-Team Impact?', 'Cross-Team Impact?'],
    ['...', 'Untitled'],
    ['  a\nb  ', 'a b'],
  ])('headingText(%j) → %j', (input, expected) => {
    expect(headingText(input)).toBe(expected);
  });

  it.each([
    ['Performance Optimization Impact Map', 'performance-optimization-impact-map'],
    ['DevOps/Infrastructure Team', 'devopsinfrastructure-team'],
    ['snake_case (2)', 'snake_case-2'],
    ['Équipe été', '%C3%A9quipe-%C3%A9t%C3%A9'],
  ])('slugOf(%j) → %j', (input, expected) => {
    expect(slugOf(input)).toBe(expected);
  });

  it('gives vague link text something to say (markdownlint MD059)', () => {
    expect(link('here', 'a.md')).toBe('[here (section)](a.md)');
    expect(link('Risks', 'risks.md')).toBe('[Risks](risks.md)');
  });

  it('makes headings unique within a page and returns their fragments', () => {
    const page = new MarkdownPage('<!-- marker -->', 'Title');
    expect(page.section('Same')).toBe('same');
    expect(page.heading(3, 'Same')).toBe('same-2');
    expect(page.heading(3, 'Same.')).toBe('same-3');
    expect(page.build()).toBe('<!-- marker -->\n\n# Title\n\n## Same\n\n### Same (2)\n\n### Same (3)\n');
  });
});

describe('pages built from hostile text stay markdownlint-clean', () => {
  it('the seed-like page shapes pass the default rules', async () => {
    const page = new MarkdownPage('<!-- marker -->', 'A page');
    page.section('Section');
    page.text('Text with *emphasis*, <b>html</b> and https://example.com.');
    page.list(['one', { item: 'two:', sub: ['a', 'b'] }]);
    page.table(
      ['A', 'B', 'Empty'],
      [
        ['x', ''],
        ['y', 'z'],
      ].map((r) => r.map((c) => md(c))),
    );
    page.tasks([
      { text: 'done', done: true },
      { text: 'open', done: false },
    ]);
    page.mermaid('flowchart TD\n  n0["x"]\n');
    expect(await lintErrors(page.build())).toBe('');
  });

  it('any text in any place: headings, paragraphs, lists, tables, links, code and tasks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileText, { minLength: 6, maxLength: 6 }),
        async ([title, heading, text, item, cell, other]) => {
          const page = new MarkdownPage('<!-- marker -->', title ?? '');
          const slug = page.section(heading ?? '');
          page.heading(3, heading ?? '');
          page.text(text);
          page.list([
            md(item ?? ''),
            `Label: ${md(cell ?? '')}`,
            { item: md(other ?? '') || 'x', sub: [md(text ?? '') || 'y'] },
          ]);
          page.table(['Head', heading ?? '', 'Code'], [[md(cell ?? ''), md(other ?? ''), code(cell ?? '', true)]]);
          page.raw(
            `${headingLink(heading ?? '', '', slug)} and ${link(text ?? '', 'other.md')} and ${code(item ?? '')}`,
          );
          page.tasks([{ text: md(item ?? '') || 'task', done: false }]);
          const content = page.build();
          expect(await lintErrors(content), content).toBe('');
        },
      ),
      { numRuns: 300 },
    );
  });
});
