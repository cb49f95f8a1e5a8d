import type { Rule } from '../rule.js';
import { graphOf, reach } from './workflow-graph.js';

export const workflowEnd: Rule = {
  id: 'workflow-end',
  severity: 'error',
  description: 'Every path through a workflow reaches an end step: no dead ends, no loops without a way out.',
  check(ctx) {
    for (const w of ctx.model.workflows) {
      const ends = w.nodes.filter((n) => n.type === 'end').map((n) => n.id);
      if (ends.length === 0) continue;
      const graph = graphOf(w);
      const canFinish = reach(ends, graph.in);
      for (const node of graph.nodes.values()) {
        if (canFinish.has(node.id)) continue;
        const deadEnd = (graph.out.get(node.id) ?? []).length === 0;
        ctx.report(
          { doc: node.loc.doc, path: [...node.loc.path, 'id'] },
          deadEnd
            ? `step ${node.id} of workflow ${w.id} is a dead end: add an edge onwards, or make it type: end`
            : `no path from step ${node.id} of workflow ${w.id} reaches an end step; it loops without a way out`,
        );
      }
    }
  },
};
