import type { Metric } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { code, md } from '../markdown.js';
import type { MarkdownPage } from '../markdown.js';
import { bySection } from '../sections.js';
import { finish, newPage } from './common.js';
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
      page.heading(3, category);
      metricTable(
        ctx,
        page,
        group.items.filter((m) => m.category === category),
      );
    }
  }
  return finish(page, file, title, 'the team metrics and the coordination and operational KPIs');
}

function metricTable(ctx: RenderContext, page: MarkdownPage, metrics: readonly Metric[]): void {
  const bare = metrics.every((m) =>
    [m.name, m.abbreviation, m.owner, m.unit, m.target, m.source, m.description].every((v) => v === undefined),
  );
  if (bare) {
    page.list(metrics.map((m) => code(m.id)));
    return;
  }
  page.table(
    ['Metric', 'Name', 'Abbreviation', 'Owner', 'Unit', 'Target', 'Source', 'Description'],
    metrics.map((m) => [
      code(m.id, true),
      md(m.name ?? ''),
      md(m.abbreviation ?? ''),
      m.owner ? md(ctx.names.party(m.owner.id)) : '',
      md(m.unit ?? ''),
      m.target === undefined ? '' : code(m.target, true),
      md(m.source ?? ''),
      md(m.description ?? ''),
    ]),
  );
}
