import { isResultSource } from '../../model/read/gates.js';
import type { Criterion, GatePipeline, Metric } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import type { Names } from '../names.js';
import { Flowchart } from '../mermaid.js';

const CLASSES: Record<string, string> = {
  pcParty: 'fill:#f5f5f5,stroke:#9e9e9e,stroke-dasharray:3 3',
};

/** A measurable criterion shows where it is measured: "LCP (lighthouse) <= 2500ms", "http_req_duration (k6 p(95)) < 200ms". */
export function criterionText(names: Names, criterion: Criterion, metrics?: ReadonlyMap<string, Metric>): string {
  if (criterion.kind === 'text') return criterion.text;
  if (criterion.kind === 'measure')
    return `${criterion.metric} (${measuredBy(criterion.source, criterion.stat)}) ${criterion.target}`;
  const declared = metrics?.get(criterion.metric.id);
  const by = declared && isResultSource(declared.source) ? ` (${measuredBy(declared.source, declared.stat)})` : '';
  return `${names.metric(criterion.metric.id)}${by} ${criterion.target}`;
}

function measuredBy(source: string, stat: string | undefined): string {
  return stat === undefined ? source : `${source} ${stat}`;
}

/** Stages left to right; the teams that feed a stage point into it with what they give. */
export function renderGates(ctx: RenderContext, pipeline: GatePipeline): string {
  const { names } = ctx;
  const chart = new Flowchart('LR', {
    title: pipeline.title ?? pipeline.id,
    ...(pipeline.description !== undefined ? { description: pipeline.description } : {}),
  });
  pipeline.stages.forEach((stage, i) => {
    const criteria = stage.criteria.map((c) => criterionText(names, c, ctx.index.metrics));
    chart.node(`stage:${i}`, [
      stage.name ?? stage.id,
      stage.owner ? `owner: ${names.holder(stage.owner)}` : undefined,
      criteria.length > 0 ? `criteria: ${criteria.join('; ')}` : undefined,
      stage.signOff.length > 0 ? `sign-off: ${names.parties(stage.signOff)}` : undefined,
      stage.deliverable !== undefined ? `deliverable: ${stage.deliverable}` : undefined,
    ]);
    if (i > 0) chart.edge(`stage:${i - 1}`, `stage:${i}`);
  });
  pipeline.stages.forEach((stage, i) => {
    for (const input of stage.inputs) {
      chart.node(`party:${input.from.id}`, [names.party(input.from.id)], 'stadium', 'pcParty');
      chart.edge(`party:${input.from.id}`, `stage:${i}`, input.input, 'dotted');
    }
  });
  if (pipeline.stages.length === 0) chart.node('empty', ['no stages declared']);
  return chart.build(CLASSES);
}
