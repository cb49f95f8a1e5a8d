import type { Workflow } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { Flowchart } from '../mermaid.js';
import type { NodeShape } from '../mermaid.js';
import { oneLine } from '../text.js';

const SHAPE: Record<string, NodeShape> = { start: 'stadium', end: 'stadium', decision: 'diamond', task: 'box' };

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
  const chart = new Flowchart(workflow.direction, {
    title: workflow.title,
    ...(workflow.description !== undefined ? { description: workflow.description } : {}),
  });
  if (workflow.nodes.length > 0) {
    for (const node of workflow.nodes) {
      const owner = node.owner ? names.party(node.owner.id) : undefined;
      const ownerLine =
        owner !== undefined && oneLine(owner).toLowerCase() !== oneLine(node.label).toLowerCase() ? owner : undefined;
      chart.node(node.id, [node.label, ownerLine], SHAPE[node.type] ?? 'box', CLASS_OF[node.type]);
    }
    for (const edge of workflow.edges) chart.edge(edge.from.id, edge.to.id, edge.label);
  } else if (workflow.phases.length > 0) {
    workflow.phases.forEach((phase, i) => {
      chart.node(`phase:${i}`, [
        `${i + 1}. ${phase.name ?? phase.id}`,
        phase.trigger !== undefined ? `trigger: ${phase.trigger}` : undefined,
        phase.duration !== undefined ? `duration: ${phase.duration}` : undefined,
        phase.deliverable !== undefined ? `deliverable: ${phase.deliverable}` : undefined,
        ...phase.duties.map((d) => `${d.name}: ${names.holder(d.holder)}`),
        ...phase.practices.map(([key, value]) => `${key}: ${value}`),
      ]);
      if (i > 0) chart.edge(`phase:${i - 1}`, `phase:${i}`);
    });
  } else {
    chart.node('empty', [workflow.title, 'no steps declared']);
  }
  return chart.build(CLASSES);
}
