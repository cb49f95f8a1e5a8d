import type { Diagram, RenderContext } from '../context.js';
import { criterionText } from '../diagrams/gates.js';
import { PAGES } from '../layout.js';
import { md } from '../markdown.js';
import { addDiagram, diagramFor, finish, mdList, newPage, prose } from './common.js';
import type { PageOut } from './common.js';
import { words } from '../words.js';

/** Each quality-gate pipeline: its diagram, a table of the stages, then what each stage takes and gives. */
export function renderGatesPage(ctx: RenderContext, diagrams: readonly Diagram[]): PageOut | undefined {
  const { model, names } = ctx;
  if (model.pipelines.length === 0) return undefined;
  const { title, file } = PAGES.gates;
  const page = newPage(ctx, title);
  model.pipelines.forEach((pipeline, i) => {
    page.section(pipeline.title ?? pipeline.id);
    page.text(pipeline.description);
    addDiagram(ctx, page, diagramFor(diagrams, `gates:${i}`));
    const stageName = (stage: (typeof pipeline.stages)[number], n: number) =>
      `${n + 1}. ${stage.name ?? words(stage.id)}`;
    page.table(
      ['Stage', 'Owner', 'Criteria', 'Sign-off'],
      pipeline.stages.map((stage, n) => [
        md(stageName(stage, n)),
        md(names.holder(stage.owner)),
        mdList(stage.criteria.map((c) => criterionText(names, c, ctx.index.metrics))),
        mdList(stage.signOff.map((r) => names.party(r.id))),
      ]),
    );
    // Inputs, deliverables and practices are sentences: a list under the table, not more columns.
    page.list(
      pipeline.stages.flatMap((stage, n) => {
        const sub = [
          ...stage.inputs.map((input) => `Input from ${md(names.party(input.from.id))}: ${prose(input.input)}`),
          ...(stage.deliverable === undefined ? [] : [`Deliverable: ${prose(stage.deliverable)}`]),
          ...stage.practices.map(([k, v]) => `${md(words(k).replace(/^./, (c) => c.toUpperCase()))}: ${prose(v)}`),
        ];
        return sub.length === 0 ? [] : [{ item: md(stageName(stage, n)), sub }];
      }),
    );
  });
  return finish(page, file, title, 'the quality gates, stage by stage: owners, inputs, criteria and sign-off');
}
