import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { md } from '../markdown.js';
import { bySection } from '../sections.js';
import { field, fieldMd, finish, newPage, prose } from './common.js';
import type { PageOut } from './common.js';
import { sentence } from '../words.js';

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
      ['Risk', 'Prevention', 'Detection', 'Response', 'Owner'],
      group.items.map((r) => [
        md(r.title ?? sentence(r.id)),
        prose(r.prevention),
        prose(r.detection),
        prose(r.response),
        r.owner ? md(names.party(r.owner.id)) : '',
      ]),
    );
    // Likelihood and impact, where given, below the table rather than as two more columns.
    page.list(
      group.items
        .filter((r) => r.likelihood !== undefined || r.impact !== undefined)
        .map((r) => ({
          item: md(r.title ?? sentence(r.id)),
          sub: [...field('Likelihood', r.likelihood), ...fieldMd('Impact', prose(r.impact))],
        })),
    );
  }
  return finish(page, file, title, 'the coordination risks and how each is prevented, detected and answered');
}
