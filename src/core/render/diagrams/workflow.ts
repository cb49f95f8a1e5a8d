import type { Workflow } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { Flowchart, shorten } from '../mermaid.js';
import { durationText, words } from '../words.js';
import type { NodeShape } from '../mermaid.js';
import { oneLine } from '../text.js';

const SHAPE: Record<string, NodeShape> = { start: 'stadium', end: 'stadium', decision: 'diamond', task: 'box' };

/** Characters a line of a box keeps; the page lists every step and phase in full. */
const LINE = 64;
/** Past this many nodes a left-to-right flowchart is drawn top-down, so that it stays narrow. */
const MAX_ACROSS = 6;

const CLASS_OF: Record<string, string | undefined> = { start: 'pcStart', end: 'pcEnd', decision: 'pcDecision' };

// "end" is a Mermaid keyword, so the class names carry a prefix.
const CLASSES: Record<string, string> = {
  pcStart: 'fill:#e8f5e9,stroke:#2e7d32',
  pcEnd: 'fill:#eceff1,stroke:#455a64',
  pcDecision: 'fill:#fff8e1,stroke:#f9a825',
};

/**
 * A workflow of nodes and edges as its flowchart; a workflow of phases as
 * the phases in order, each with its trigger, duration, deliverable, duties
 * and practices.
 */
export function renderWorkflow(ctx: RenderContext, workflow: Workflow): string {
  const { names } = ctx;
  const across = workflow.direction === 'LR' && workflow.nodes.length <= MAX_ACROSS && workflow.phases.length === 0;
  const chart = new Flowchart(across ? 'LR' : 'TD', {
    title: workflow.title,
    ...(workflow.description !== undefined ? { description: workflow.description } : {}),
  });
  if (workflow.nodes.length > 0) {
    for (const node of workflow.nodes) {
      const owner = node.owner ? names.party(node.owner.id) : undefined;
      const ownerLine =
        owner !== undefined && oneLine(owner).toLowerCase() !== oneLine(node.label).toLowerCase() ? owner : undefined;
      chart.node(
        node.id,
        [shorten(node.label, LINE), ownerLine === undefined ? undefined : shorten(ownerLine, LINE)],
        SHAPE[node.type] ?? 'box',
        CLASS_OF[node.type],
      );
    }
    for (const edge of workflow.edges)
      chart.edge(edge.from.id, edge.to.id, edge.label === undefined ? undefined : shorten(edge.label, 30));
  } else if (workflow.phases.length > 0) {
    workflow.phases.forEach((phase, i) => {
      const lines = [
        `${i + 1}. ${phase.name ?? words(phase.id)}`,
        phase.trigger !== undefined ? `trigger: ${words(phase.trigger)}` : undefined,
        phase.duration !== undefined ? `duration: ${durationText(phase.duration)}` : undefined,
        phase.deliverable !== undefined ? `deliverable: ${words(phase.deliverable)}` : undefined,
      ].map((l) => (l === undefined ? undefined : shorten(l, LINE)));
      // "key: value" lines keep their key whole and shorten the value.
      const pairs = [
        ...phase.duties.map((d): [string, string] => [words(d.name), names.holder(d.holder)]),
        ...phase.practices.map(([key, value]): [string, string] => [words(key), words(value)]),
      ].map(([key, value]) => `${key}: ${shorten(value, Math.max(16, LINE - key.length - 2))}`);
      chart.node(`phase:${i}`, [...lines, ...pairs]);
      if (i > 0) chart.edge(`phase:${i - 1}`, `phase:${i}`);
    });
  } else {
    chart.node('empty', [workflow.title, 'no steps declared']);
  }
  return chart.build(CLASSES);
}
