import type { Rule } from '../rule.js';
import { graphOf, reach } from './workflow-graph.js';

export const workflowReachable: Rule = {
  id: 'workflow-reachable',
  severity: 'error',
  description: 'Every step of a workflow can be reached from its start.',
  check(ctx) {
    for (const w of ctx.model.workflows) {
      const start = w.nodes.find((n) => n.type === 'start');
      if (!start) continue;
      const graph = graphOf(w);
      const seen = reach([start.id], graph.out);
      for (const node of graph.nodes.values()) {
        if (!seen.has(node.id)) {
          ctx.report(
            { doc: node.loc.doc, path: [...node.loc.path, 'id'] },
            `step ${node.id} of workflow ${w.id} cannot be reached from the start (${start.id}); add an edge to it or remove it`,
          );
        }
      }
    }
  },
};
