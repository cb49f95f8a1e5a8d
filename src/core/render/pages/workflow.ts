import type { Workflow } from '../../model/types.js';
import type { Diagram, RenderContext } from '../context.js';
import { md } from '../markdown.js';
import { addDiagram, field, finish, fieldMd, mdList, newPage, prose } from './common.js';
import { durationText, sentence } from '../words.js';
import type { PageOut } from './common.js';

const KIND: Record<string, string> = { start: 'start', end: 'end', decision: 'decision', task: 'task' };

/** One workflow: its flowchart, then its steps (or phases) in order. */
export function renderWorkflowPage(ctx: RenderContext, workflow: Workflow, diagram: Diagram): PageOut {
  const { names } = ctx;
  const page = newPage(ctx, workflow.title);
  page.text(workflow.description);
  addDiagram(ctx, page, diagram);

  if (workflow.nodes.length > 0) {
    page.heading(2, 'Steps');
    const labels = new Map(workflow.nodes.map((n) => [n.id, n.label]));
    page.table(
      ['Step', 'Kind', 'Owner', 'Next', 'Description'],
      workflow.nodes.map((node) => [
        md(node.label),
        KIND[node.type] ?? node.type,
        node.owner ? md(names.party(node.owner.id)) : '',
        workflow.edges
          .filter((e) => e.from.id === node.id)
          .map((e) => `${md(labels.get(e.to.id) ?? e.to.id)}${e.label === undefined ? '' : ` (${prose(e.label)})`}`)
          .join('; '),
        prose(node.description),
      ]),
    );
  }

  if (workflow.phases.length > 0) {
    page.heading(2, 'Phases');
    workflow.phases.forEach((phase, i) => {
      page.heading(3, `Phase ${i + 1}: ${phase.name ?? sentence(phase.id)}`);
      page.list([
        ...field('Trigger', phase.trigger),
        ...field('Duration', durationText(phase.duration)),
        ...fieldMd('Stakeholders', mdList(phase.stakeholders.map((r) => names.party(r.id)))),
        ...fieldMd('Owners', mdList(phase.owners.map((r) => names.party(r.id)))),
        ...(phase.activities.length > 0 ? [{ item: 'Activities:', sub: phase.activities.map((a) => prose(a)) }] : []),
        ...field('Deliverable', phase.deliverable),
      ]);
      page.table(
        ['Practice', 'How'],
        phase.practices.map(([k, v]) => [md(sentence(k)), prose(v)]),
      );
      page.table(
        ['Duty', 'Held by'],
        phase.duties.map((d) => [md(sentence(d.name)), md(names.holder(d.holder))]),
      );
    });
  }
  return finish(
    page,
    diagram.page,
    workflow.title,
    workflow.nodes.length > 0 ? 'the flowchart and every step' : 'the phases in order',
  );
}
