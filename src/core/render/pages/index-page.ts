import type { Diagram, RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { headingLink, link, md } from '../markdown.js';
import { field, fieldMd, finish, newPage } from './common.js';
import type { PageOut } from './common.js';

/** The front page: the project, the document's facts, every page with its sections, every diagram. */
export function renderIndexPage(ctx: RenderContext, pages: readonly PageOut[], diagrams: readonly Diagram[]): PageOut {
  const { model, names } = ctx;
  const project = model.project;
  const title = project?.name ?? 'Performance coordination';
  const page = newPage(ctx, title);
  page.text(project?.description);

  const doc = project?.document;
  const core = project?.coreTeam;
  page.list([
    ...fieldMd('Core team', core ? md(names.party(core.id)) : ''),
    ...field('Document version', doc?.version),
    ...field('Created', doc?.created),
    ...fieldMd('Owner', doc?.owner ? md(names.party(doc.owner.id)) : ''),
    ...fieldMd('Prepared by', doc?.preparedBy ? md(names.party(doc.preparedBy.id)) : ''),
    ...field('Stakeholder review', doc?.stakeholderReview),
    ...field('Implementation start', doc?.implementationStart),
    ...field('Review frequency', doc?.reviewFrequency),
  ]);

  page.heading(2, 'Pages');
  page.list(
    pages.map((p) => ({
      item: `${link(p.title, p.file)}: ${p.summary}`,
      sub: p.toc.map((t) => headingLink(t.text, p.file, t.slug)),
    })),
  );

  if (diagrams.length > 0) {
    page.heading(2, 'Diagrams');
    page.raw(
      ctx.svg
        ? 'SVG files and their Mermaid sources, beside the pages; any Mermaid tool (such as mmdc) renders the sources.'
        : 'Mermaid sources, beside the pages; any Mermaid tool (such as mmdc) renders them.',
    );
    page.list(
      diagrams.map(
        (d) =>
          `${ctx.svg ? `[${d.name}.svg](${d.name}.svg), ` : ''}[${d.name}.mmd](${d.name}.mmd): ${md(d.title)} (${d.kind}, on ${link(pageTitle(pages, d.page), d.page)})`,
      ),
    );
  }

  if (doc?.summary !== undefined) {
    page.heading(2, 'Summary');
    page.text(doc.summary);
  }
  return finish(page, PAGES.index.file, title, '');
}

function pageTitle(pages: readonly PageOut[], file: string): string {
  return pages.find((p) => p.file === file)?.title ?? file;
}
