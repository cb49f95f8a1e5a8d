import type { Diagram, RenderContext } from '../context.js';
import { fileSafe } from '../context.js';
import { renderEscalation } from './escalation.js';
import { renderGates } from './gates.js';
import { renderImpactMap } from './impact-map.js';
import { renderPlan } from './plan.js';
import { renderWorkflow } from './workflow.js';
import { PAGES } from '../layout.js';

/**
 * Every diagram of the model, in a fixed order: the impact map, then one per
 * quality-gate pipeline, escalation matrix, workflow and plan, in declaration order.
 * Names are unique: a clash (only possible with invalid ids) gets a number.
 */
export function diagramsOf(ctx: RenderContext): Diagram[] {
  const out: Diagram[] = [];
  const names = new Set<string>();
  const add = (base: string, d: Omit<Diagram, 'name' | 'page'> & { page?: string }) => {
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base}-${n}`;
    names.add(name);
    // A workflow has a page of its own, named like its diagram.
    out.push({ name, ...d, page: d.page ?? `${name}.md` });
  };
  if (ctx.model.teams.length > 0) {
    const title = ctx.model.teams[0]?.section.title ?? 'Impact map';
    add('impact-map', {
      key: 'impact-map',
      title,
      kind: 'graph',
      page: PAGES.teams.file,
      source: renderImpactMap(ctx, title),
    });
  }
  ctx.model.pipelines.forEach((pipeline, i) => {
    add(`gates-${fileSafe(pipeline.id)}`, {
      key: `gates:${i}`,
      title: pipeline.title ?? pipeline.id,
      kind: 'flowchart',
      page: PAGES.gates.file,
      source: renderGates(ctx, pipeline),
    });
  });
  ctx.model.matrices.forEach((matrix, i) => {
    add(`escalation-${fileSafe(matrix.id)}`, {
      key: `escalation:${i}`,
      title: matrix.title ?? matrix.id,
      kind: 'flowchart',
      page: PAGES.escalation.file,
      source: renderEscalation(ctx, matrix),
    });
  });
  ctx.model.workflows.forEach((workflow, i) => {
    add(`workflow-${fileSafe(workflow.id)}`, {
      key: `workflow:${i}`,
      title: workflow.title,
      kind: 'flowchart',
      source: renderWorkflow(ctx, workflow),
    });
  });
  ctx.model.plans.forEach((plan, i) => {
    add(`plan-${fileSafe(plan.id)}`, {
      key: `plan:${i}`,
      title: plan.title ?? plan.id,
      kind: 'gantt',
      page: PAGES.plan.file,
      source: renderPlan(ctx, plan),
    });
  });
  return out;
}
