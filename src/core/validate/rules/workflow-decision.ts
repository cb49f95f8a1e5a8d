import type { Rule } from '../rule.js';

export const workflowDecision: Rule = {
  id: 'workflow-decision',
  severity: 'error',
  description: 'A decision step has at least two outgoing branches, each labelled with its condition.',
  check(ctx) {
    for (const w of ctx.model.workflows) {
      for (const node of w.nodes) {
        if (node.type !== 'decision') continue;
        const branches = w.edges.filter((e) => e.from.id === node.id);
        if (branches.length < 2) {
          ctx.report(
            { doc: node.loc.doc, path: [...node.loc.path, 'type'] },
            `decision ${node.id} of workflow ${w.id} has ${branches.length} branch${branches.length === 1 ? '' : 'es'}; a decision needs at least two, or make it type: task`,
          );
        }
        for (const edge of branches) {
          if (edge.label === undefined || edge.label.trim() === '') {
            ctx.report(
              edge.loc,
              `the branch from decision ${node.id} to ${edge.to.id} has no label: say which answer leads there (label: ...)`,
            );
          }
        }
      }
    }
  },
};
