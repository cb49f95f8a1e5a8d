import type { Diagram, RenderContext } from '../context.js';
import { criterionText } from '../diagrams/gates.js';
import { PAGES } from '../layout.js';
import { md } from '../markdown.js';
import { addDiagram, diagramFor, finish, newPage } from './common.js';
import type { PageOut } from './common.js';

/** Each quality-gate pipeline: its diagram, then every stage with owner, inputs, criteria and sign-off. */
export function renderGatesPage(ctx: RenderContext, diagrams: readonly Diagram[]): PageOut | undefined {
  const { model, names } = ctx;
  if (model.pipelines.length === 0) return undefined;
  const { title, file } = PAGES.gates;
  const page = newPage(ctx, title);
  model.pipelines.forEach((pipeline, i) => {
    page.section(pipeline.title ?? pipeline.id);
    page.text(pipeline.description);
    addDiagram(page, diagramFor(diagrams, `gates:${i}`));
    page.table(
      ['Stage', 'Owner', 'Inputs', 'Criteria', 'Sign-off', 'Deliverable', 'Practices'],
      pipeline.stages.map((stage) => [
        md(stage.name ?? stage.id),
        md(names.holder(stage.owner)),
        stage.inputs.map((input) => `${md(names.party(input.from.id))}: ${md(input.input)}`).join('; '),
        stage.criteria.map((c) => md(criterionText(names, c, ctx.index.metrics))).join('; '),
        stage.signOff.map((r) => md(names.party(r.id))).join(', '),
        stage.deliverable === undefined ? '' : md(stage.deliverable),
        stage.practices.map(([k, v]) => `${md(k)}: ${md(v)}`).join('; '),
      ]),
    );
  });
  return finish(page, file, title, 'the quality gates, stage by stage: owners, inputs, criteria and sign-off');
}
