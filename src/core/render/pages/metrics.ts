import type { Metric } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { code, md } from '../markdown.js';
import type { MarkdownPage } from '../markdown.js';
import { bySection } from '../sections.js';
import { sentence } from '../words.js';
import { finish, newPage, prose } from './common.js';
import type { PageOut } from './common.js';

/** Metrics and KPIs by the document that declares them, then by category. */
export function renderMetricsPage(ctx: RenderContext): PageOut | undefined {
  const { model } = ctx;
  if (model.metrics.length === 0) return undefined;
  const { title, file } = PAGES.metrics;
  const page = newPage(ctx, title);
  for (const group of bySection(model.metrics, 'Metrics')) {
    page.section(group.title);
    page.text(group.section.description);
    metricTable(
      ctx,
      page,
      group.items.filter((m) => m.category === undefined),
    );
    const categories: string[] = [];
    for (const m of group.items)
      if (m.category !== undefined && !categories.includes(m.category)) categories.push(m.category);
    for (const category of categories) {
      page.heading(3, sentence(category));
      metricTable(
        ctx,
        page,
        group.items.filter((m) => m.category === category),
      );
    }
  }
  return finish(page, file, title, 'the team metrics and the coordination and operational KPIs');
}

/** A metric by its name (or its id in words), with its id in a code span for those who write the YAML. */
function metricName(ctx: RenderContext, m: Metric): string {
  const abbreviation = m.abbreviation === undefined ? '' : ` (${md(m.abbreviation)})`;
  return `${md(ctx.names.metric(m.id))}${abbreviation} ${code(m.id, true)}`;
}

function metricTable(ctx: RenderContext, page: MarkdownPage, metrics: readonly Metric[]): void {
  const bare = metrics.every((m) => [m.owner, m.unit, m.target, m.source, m.description].every((v) => v === undefined));
  if (bare) {
    page.list(metrics.map((m) => metricName(ctx, m)));
    return;
  }
  page.table(
    ['Metric', 'Owner', 'Target', 'Description'],
    metrics.map((m) => [
      metricName(ctx, m),
      m.owner ? md(ctx.names.party(m.owner.id)) : '',
      [m.target === undefined ? '' : code(m.target, true), m.unit === undefined ? '' : `(${md(m.unit)})`]
        .filter((s) => s !== '')
        .join(' '),
      [prose(m.description), m.source === undefined ? '' : `Source: ${prose(m.source)}.`]
        .filter((s) => s !== '')
        .join(' '),
    ]),
  );
}
