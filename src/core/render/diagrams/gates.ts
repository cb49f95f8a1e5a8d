import { holderRefs } from '../../model/ownership.js';
import { isResultSource } from '../../model/read/gates.js';
import type { Criterion, GatePipeline, Holder, Metric } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import type { Names } from '../names.js';
import { Flowchart, fewOf, shorten } from '../mermaid.js';
import { words } from '../words.js';

/** Characters a line of a stage or input box keeps; the page's table has the full text. */
export const GATE_LABEL = 40;

/** "owner: X", or "joint owners: X, Y and 2 more" when several hold the stage. */
function ownerLine(names: Names, owner: Holder | undefined): string | undefined {
  const refs = holderRefs(owner);
  if (refs.length === 0) return undefined;
  const who = fewOf(
    refs.map((r) => names.party(r.id)),
    GATE_LABEL,
  );
  return refs.length === 1
    ? shorten(`owner: ${who}`, GATE_LABEL)
    : `${owner?.kind === 'joint' ? 'joint owners' : 'owners'}: ${who}`;
}

/** A measurable criterion shows where it is measured: "LCP (lighthouse) <= 2500ms", "http_req_duration (k6 p(95)) < 200ms". */
export function criterionText(names: Names, criterion: Criterion, metrics?: ReadonlyMap<string, Metric>): string {
  if (criterion.kind === 'text') return words(criterion.text);
  if (criterion.kind === 'measure')
    return `${criterion.metric} (${measuredBy(criterion.source, criterion.stat)}) ${criterion.target}`;
  const declared = metrics?.get(criterion.metric.id);
  const by = declared && isResultSource(declared.source) ? ` (${measuredBy(declared.source, declared.stat)})` : '';
  return `${names.metric(criterion.metric.id)}${by} ${criterion.target}`;
}

function measuredBy(source: string, stat: string | undefined): string {
  return stat === undefined ? source : `${source} ${stat}`;
}

/**
 * Stages top to bottom, so a pipeline of any length stays one box wide.
 * A box carries the stage, its owner, who feeds it and how many criteria it
 * has; the table below the diagram has everything in full.
 */
export function renderGates(ctx: RenderContext, pipeline: GatePipeline): string {
  const { names } = ctx;
  const chart = new Flowchart('TD', {
    title: pipeline.title ?? pipeline.id,
    ...(pipeline.description !== undefined ? { description: pipeline.description } : {}),
  });
  pipeline.stages.forEach((stage, i) => {
    const n = stage.criteria.length;
    const from = [...new Set(stage.inputs.map((input) => names.party(input.from.id)))];
    chart.node(`stage:${i}`, [
      shorten(`${i + 1}. ${stage.name ?? words(stage.id)}`, GATE_LABEL),
      ownerLine(names, stage.owner),
      from.length === 1 ? shorten(`input from ${from[0] ?? ''}`, GATE_LABEL) : undefined,
      from.length > 1 ? `inputs from ${from.length} teams` : undefined,
      n === 1
        ? shorten(`criterion: ${criterionText(names, stage.criteria[0] as Criterion, ctx.index.metrics)}`, GATE_LABEL)
        : undefined,
      n > 1 ? `${n} criteria` : undefined,
      stage.signOff.length > 0 ? `sign-off by ${stage.signOff.length}` : undefined,
    ]);
    if (i > 0) chart.edge(`stage:${i - 1}`, `stage:${i}`);
  });
  if (pipeline.stages.length === 0) chart.node('empty', ['no stages declared']);
  return chart.build();
}
