import fc from 'fast-check';
import ICAL from 'ical.js';
import { lint } from 'markdownlint-cli2/markdownlint/promise';
import { describe, expect, it } from 'vitest';
import { diagramsOf, renderContext, renderDocs } from '../src/core/render/index.js';
import { hostileText } from './fixtures/render/hostile.js';
import { TEXTS, hostileModel } from './fixtures/render/hostile-model.js';
import { loadMermaid, parseFlowchart } from './fixtures/render/mermaid-dom.js';

// What a calendar's TEXT may not carry (RFC 5545 3.3.11): controls other than tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

describe('a model full of hostile text renders safe docs', () => {
  it('every page is markdownlint-clean, every diagram parses, output is deterministic', async () => {
    const mermaid = await loadMermaid();
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: TEXTS, maxLength: TEXTS }), async (texts) => {
        const { model, index } = hostileModel(texts);
        const files = renderDocs(model, index);
        expect(renderDocs(hostileModel(texts).model, hostileModel(texts).index)).toEqual(files);

        const pages = Object.fromEntries(files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, f.content]));
        const result = await lint({ strings: pages, config: { default: true } });
        expect(result.toString(), JSON.stringify(texts)).toBe('');

        for (const f of files.filter((f) => !f.path.endsWith('.ics'))) {
          expect(f.content).not.toMatch(/\r/);
          expect(f.content.endsWith('\n') && !f.content.endsWith('\n\n')).toBe(true);
        }
        // Calendars: CRLF lines of at most 75 octets, and the title comes back as written.
        const calendar = files.find((f) => f.path === 'cadence.ics')?.content ?? '';
        for (const line of calendar.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        const event = new ICAL.Component(ICAL.parse(calendar)).getFirstSubcomponent('vevent');
        const title = model.meetings.find((m) => m.id === 'm1')?.title;
        expect(event?.getFirstPropertyValue('summary')).toBe(title?.replace(/\r\n?/g, '\n').replace(CONTROLS, ''));

        for (const d of diagramsOf(renderContext(model, index))) {
          // "<" reaches a diagram only as the line breaks the renderer writes.
          expect(d.source, d.name).not.toMatch(/<(?!br>)/);
          await expect(mermaid.parse(d.source), `${d.name}\n${d.source}`).resolves.toBeTruthy();
          if (d.kind !== 'gantt') {
            const parsed = await parseFlowchart(d.source);
            for (const node of parsed.nodes) expect(node.text).not.toMatch(/"|<(?!br>)/);
          }
        }
        const workflow = diagramsOf(renderContext(model, index)).find((d) => d.name === 'workflow-wf');
        const parsed = await parseFlowchart(workflow?.source ?? '');
        expect(parsed.nodes).toHaveLength(4);
        expect(parsed.edges).toHaveLength(4);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
