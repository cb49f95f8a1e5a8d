/**
 * `perfcoord render docs` without the writing: the model in, every page and
 * diagram file out, in memory. The same model gives the same bytes.
 */
import { calendarFiles } from '../export/calendars.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Model } from '../model/types.js';
import { renderContext } from './context.js';
import type { Diagram, RenderContext, RenderedFile } from './context.js';
import { diagramsOf } from './diagrams/index.js';
import { markerLine } from './marker.js';
import { renderCadencePage } from './pages/cadence.js';
import { renderChannelsPage } from './pages/channels.js';
import { diagramFor } from './pages/common.js';
import type { PageOut } from './pages/common.js';
import { renderEscalationPage } from './pages/escalation.js';
import { renderGatesPage } from './pages/gates.js';
import { renderIndexPage } from './pages/index-page.js';
import { renderKnowledgePage } from './pages/knowledge.js';
import { renderMetricsPage } from './pages/metrics.js';
import { renderOwnershipPage } from './pages/ownership.js';
import { renderPlanPage } from './pages/plan.js';
import { renderRisksPage } from './pages/risks.js';
import { renderTeamsPage } from './pages/teams.js';
import { renderWorkflowPage } from './pages/workflow.js';
import { compareStrings } from '../util/compare.js';

export type { Diagram, RenderedFile } from './context.js';
export { diagramsOf } from './diagrams/index.js';
export { renderContext } from './context.js';

export interface RenderOptions {
  /** The project file's name, quoted in the marker line of every file. */
  source?: string;
  /** Pages show the diagrams from their SVG files (written beside them by render docs --svg). */
  svg?: boolean;
  /** DTSTAMP of the calendars (default: the strategy's date). */
  stamp?: Date;
}

/** The pages in the order the index lists them (the order the strategy tells them). */
export function renderPages(ctx: RenderContext, diagrams: readonly Diagram[]): PageOut[] {
  const pages: (PageOut | undefined)[] = [
    renderTeamsPage(ctx, diagrams),
    renderOwnershipPage(ctx),
    renderGatesPage(ctx, diagrams),
    ...ctx.model.workflows.flatMap((workflow, i) => {
      const diagram = diagramFor(diagrams, `workflow:${i}`);
      return diagram ? [renderWorkflowPage(ctx, workflow, diagram)] : [];
    }),
    renderEscalationPage(ctx, diagrams),
    renderCadencePage(ctx),
    renderChannelsPage(ctx),
    renderKnowledgePage(ctx),
    renderMetricsPage(ctx),
    renderRisksPage(ctx),
    renderPlanPage(ctx, diagrams),
  ];
  return pages.filter((p): p is PageOut => p !== undefined);
}

/** The .mmd file of a diagram: the marker line, then the source. */
export function diagramFile(diagram: Diagram, source: string): RenderedFile {
  return { path: `${diagram.name}.mmd`, content: `${markerLine('.mmd', source)}\n${diagram.source}` };
}

/** Every generated file (pages and diagram sources), sorted by path. */
export function renderDocs(model: Model, index: ModelIndex, options: RenderOptions = {}): RenderedFile[] {
  const ctx = renderContext(model, index, options.source, options.svg === true);
  const diagrams = diagramsOf(ctx);
  const pages = renderPages(ctx, diagrams);
  const files: RenderedFile[] = [
    { path: 'index.md', content: renderIndexPage(ctx, pages, diagrams).content },
    ...pages.map((p) => ({ path: p.file, content: p.content })),
    ...diagrams.map((d) => diagramFile(d, ctx.source)),
    ...calendarFiles(model, index, ctx.source, options.stamp),
  ];
  return files.sort((a, b) => compareStrings(a.path, b.path));
}
