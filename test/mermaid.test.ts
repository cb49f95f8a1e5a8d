import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Mermaid } from 'mermaid';
import { loadProject } from '../src/core/load/load.js';
import { modelOf } from '../src/core/validate/validate.js';
import { diagramFile, diagramsOf, renderContext } from '../src/core/render/index.js';
import type { Diagram } from '../src/core/render/index.js';
import { Flowchart, ganttText, label } from '../src/core/render/mermaid.js';
import { renderPlan } from '../src/core/render/diagrams/plan.js';
import { linesOf, oneLine } from '../src/core/render/text.js';
import type { Plan } from '../src/core/model/types.js';
import { decodeMermaid, loadMermaid, parseFlowchart, parseGantt } from './fixtures/render/mermaid-dom.js';
import { MINIMAL, SEED } from './helpers/run.js';
import { hostileText } from './fixtures/render/hostile.js';

let mermaid: Mermaid;
beforeAll(async () => {
  mermaid = await loadMermaid();
});

function diagramsIn(dir: string): Diagram[] {
  const { model, index } = modelOf(loadProject({ cwd: dir }));
  return diagramsOf(renderContext(model, index));
}

/** A label as Mermaid stores it, split at the <br> the renderer put in and decoded. */
function shown(raw: string): string[] {
  return raw.split('<br>').map(decodeMermaid);
}

describe('every diagram of the examples parses with mermaid 11', () => {
  it('names the seed diagrams stably', () => {
    expect(diagramsIn(SEED).map((d) => d.name)).toEqual([
      'impact-map',
      'gates-performance_quality_gates',
      'gates-development_integration',
      'escalation-performance_escalation',
      'workflow-performance_issue_resolution',
      'workflow-optimization_project_lifecycle',
      'plan-implementation_timeline',
    ]);
  });

  for (const [name, dir] of [
    ['examples/seed', SEED],
    ['examples/minimal', MINIMAL],
  ] as const) {
    it(`${name}: the source and the .mmd file of every diagram`, async () => {
      const diagrams = diagramsIn(dir);
      expect(diagrams.length).toBeGreaterThan(0);
      for (const d of diagrams) {
        const result = await mermaid.parse(d.source);
        expect(result, d.name).toBeTruthy();
        expect(result && result.diagramType, d.name).toBe(d.kind === 'gantt' ? 'gantt' : 'flowchart-v2');
        await expect(mermaid.parse(diagramFile(d, 'perfcoord.yaml').content), `${d.name}.mmd`).resolves.toBeTruthy();
      }
    });
  }

  it('the issue-resolution flowchart has every node and edge of the workflow, labels intact', async () => {
    const diagram = diagramsIn(SEED).find((d) => d.name === 'workflow-performance_issue_resolution');
    const parsed = await parseFlowchart(diagram?.source ?? '');
    expect(parsed.nodes).toHaveLength(19);
    expect(parsed.edges).toHaveLength(21);
    expect(shown(parsed.nodes[8]?.text ?? '')).toEqual(['Cross-Team Impact?']);
    expect(parsed.edges.filter((e) => e.text !== '').map((e) => e.text)).toEqual([
      'Application Level',
      'Infrastructure Level',
      'Database Level',
      'Yes',
      'No',
    ]);
  });

  it('the plan gantt has one task a phase', async () => {
    const diagram = diagramsIn(SEED).find((d) => d.name === 'plan-implementation_timeline');
    const parsed = await parseGantt(diagram?.source ?? '');
    expect(parsed.sections).toEqual(['Implementation Timeline']);
    expect(parsed.tasks.map((t) => t.task.trim())).toEqual([
      'Foundation (0/4 done)',
      'Process Integration (0/4 done)',
      'Culture Development (0/4 done)',
      'Optimization (0/4 done)',
    ]);
  });
});

describe('hostile labels never break a diagram and never reach it unescaped', () => {
  it('label() leaves no character that ends a quote, opens markup, a comment or an entity', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(label(text)).not.toMatch(/["<>&`%|\n\r]|#(?!\d+;)|:\S|\\n/);
      }),
      { numRuns: 500 },
    );
  });

  it('flowchart nodes and edges: same count, each label exactly the text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(hostileText, hostileText), { minLength: 1, maxLength: 6 }),
        hostileText,
        async (items, title) => {
          const chart = new Flowchart('TD', { title, description: title });
          items.forEach(([text], i) => chart.node(`k${i}`, [text, 'second line'], i % 2 === 0 ? 'box' : 'diamond'));
          items.forEach(([, edge], i) => {
            if (i > 0) chart.edge(`k${i - 1}`, `k${i}`, edge);
          });
          const source = chart.build({ pcX: 'fill:#fff' });
          const parsed = await parseFlowchart(source);
          expect(parsed.nodes).toHaveLength(items.length);
          expect(parsed.edges).toHaveLength(items.length - 1);
          parsed.nodes.forEach((node, i) => {
            expect(node.id).toBe(`n${i}`);
            expect(node.text).not.toMatch(/<(?!br>)|(?<!<br)>|"/);
            expect(shown(node.text)).toEqual([...linesOf(items[i]?.[0] ?? ''), 'second line']);
          });
          parsed.edges.forEach((edge, i) => {
            expect(edge.start).toBe(`n${i}`);
            expect(decodeMermaid(edge.text)).toBe(oneLine(items[i + 1]?.[1] ?? ''));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gantt sections and tasks: one task a phase, each name exactly the text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.array(hostileText, { minLength: 1, maxLength: 5 }), async (title, names) => {
        const plan = {
          id: 'p',
          title,
          phases: names.map((name, i) => ({
            id: `ph${i}`,
            name,
            weeks: { from: i + 1, to: i + 1, text: String(i + 1) },
            items: [],
            loc: undefined,
          })),
        } as unknown as Plan;
        const source = renderPlan(undefined as never, plan);
        const parsed = await parseGantt(source);
        expect(parsed.tasks.map((t) => t.id)).toEqual(names.map((_, i) => `p${i}`));
        expect(parsed.tasks.map((t) => decodeMermaid(t.task).trim())).toEqual(
          names.map((n) => oneLine(n) || ' ').map((n) => n.trim()),
        );
        expect(parsed.sections.map(decodeMermaid)).toEqual([oneLine(title) || ' ']);
      }),
      { numRuns: 150 },
    );
  });

  it('ganttText escapes a keyword at the start of a name', () => {
    for (const keyword of [
      'section A',
      'title B',
      'dateFormat X',
      'click x',
      '2024-01-01 kickoff',
      '%% note',
      'excludes weekends',
    ]) {
      expect(ganttText(keyword).charAt(0), keyword).toBe('#');
    }
    expect(ganttText('Foundation')).toBe('Foundation');
  });
});
