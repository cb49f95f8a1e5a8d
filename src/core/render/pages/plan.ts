import type { Diagram, RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { md } from '../markdown.js';
import { addDiagram, diagramFor, finish, newPage } from './common.js';
import type { PageOut } from './common.js';

function progress(done: number, total: number): string {
  return `${done} of ${total} done${total > 0 ? ` (${Math.round((done / total) * 100)}%)` : ''}`;
}

/** The plan: its gantt chart, overall progress, and every phase as a checklist. */
export function renderPlanPage(ctx: RenderContext, diagrams: readonly Diagram[]): PageOut | undefined {
  const { model, names } = ctx;
  if (model.plans.length === 0) return undefined;
  const { title, file } = PAGES.plan;
  const page = newPage(ctx, title);
  model.plans.forEach((plan, i) => {
    page.section(plan.title ?? plan.id);
    page.text(plan.description);
    const items = plan.phases.flatMap((p) => p.items);
    page.raw(
      [
        plan.start === undefined ? '' : `Start: ${md(plan.start)}.`,
        `Progress: ${progress(items.filter((t) => t.done).length, items.length)}.`,
      ]
        .filter((s) => s !== '')
        .join(' '),
    );
    addDiagram(ctx, page, diagramFor(diagrams, `plan:${i}`));
    plan.phases.forEach((phase, n) => {
      page.heading(3, `Phase ${n + 1}: ${phase.name}${phase.weeks ? ` (weeks ${phase.weeks.text})` : ''}`);
      page.raw(
        [
          phase.owner ? `Owner: ${md(names.party(phase.owner.id))}.` : '',
          `Progress: ${progress(phase.items.filter((t) => t.done).length, phase.items.length)}.`,
        ]
          .filter((s) => s !== '')
          .join(' '),
      );
      page.tasks(
        phase.items.map((item) => ({
          text: `${md(item.task)}${item.owner ? ` (${md(names.party(item.owner.id))})` : ''}`,
          done: item.done,
        })),
      );
    });
  });
  return finish(page, file, title, 'the implementation timeline as a gantt chart, with the progress of every phase');
}
