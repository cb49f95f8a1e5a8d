import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { md } from '../markdown.js';
import { bySection } from '../sections.js';
import { finish, newPage } from './common.js';
import type { PageOut } from './common.js';

/** Each risk with how it is prevented, detected and answered. */
export function renderRisksPage(ctx: RenderContext): PageOut | undefined {
  const { model, names } = ctx;
  if (model.risks.length === 0) return undefined;
  const { title, file } = PAGES.risks;
  const page = newPage(ctx, title);
  for (const group of bySection(model.risks, 'Risks')) {
    page.section(group.title);
    page.text(group.section.description);
    page.table(
      ['Risk', 'Prevention', 'Detection', 'Response', 'Owner', 'Likelihood', 'Impact'],
      group.items.map((r) => [
        md(r.title ?? r.id),
        md(r.prevention ?? ''),
        md(r.detection ?? ''),
        md(r.response ?? ''),
        r.owner ? md(names.party(r.owner.id)) : '',
        md(r.likelihood ?? ''),
        md(r.impact ?? ''),
      ]),
    );
  }
  return finish(page, file, title, 'the coordination risks and how each is prevented, detected and answered');
}
