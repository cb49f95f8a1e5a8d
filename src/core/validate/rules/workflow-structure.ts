import type { Rule } from '../rule.js';

export const workflowStructure: Rule = {
  id: 'workflow-structure',
  severity: 'error',
  description: 'A workflow has steps (nodes with edges) or phases, and exactly one start step.',
  check(ctx) {
    for (const w of ctx.model.workflows) {
      if (w.nodes.length === 0 && w.phases.length === 0) {
        ctx.report(
          { doc: w.loc.doc, path: ['id'] },
          `workflow ${w.id} has neither nodes nor phases: describe it as a graph (nodes and edges) or as ordered phases`,
        );
        continue;
      }
      if (w.nodes.length === 0) continue;
      const starts = w.nodes.filter((n) => n.type === 'start');
      if (starts.length === 0) {
        ctx.report(
          { doc: w.loc.doc, path: ['nodes'] },
          `workflow ${w.id} has no start step: give the first node type: start`,
        );
      }
      for (const extra of starts.slice(1)) {
        ctx.report(
          { doc: extra.loc.doc, path: [...extra.loc.path, 'type'] },
          `workflow ${w.id} has a second start step (${extra.id}, after ${starts[0]?.id ?? ''}); a workflow starts at exactly one step`,
        );
      }
      if (!w.nodes.some((n) => n.type === 'end')) {
        ctx.report(
          { doc: w.loc.doc, path: ['nodes'] },
          `workflow ${w.id} has no end step: mark the final node type: end`,
        );
      }
    }
  },
};
