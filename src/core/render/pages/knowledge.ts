import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { link, md } from '../markdown.js';
import { bySection } from '../sections.js';
import { field, fieldMd, finish, mdList, newPage } from './common.js';
import type { PageOut } from './common.js';

/** Documentation spaces, and the knowledge-transfer practices with the sessions declared beside them. */
export function renderKnowledgePage(ctx: RenderContext): PageOut | undefined {
  const { model, names } = ctx;
  if (model.spaces.length === 0 && model.practices.length === 0) return undefined;
  const { title, file } = PAGES.knowledge;
  const page = newPage(ctx, title);
  const parties = (refs: readonly { id: string }[]) => mdList(refs.map((r) => names.party(r.id)));

  for (const group of bySection(model.spaces, 'Documentation')) {
    page.section(group.title);
    page.text(group.section.description);
    for (const space of group.items) {
      page.heading(3, space.title ?? space.id);
      page.list([
        ...field('Location', space.location),
        ...fieldMd('Owner', space.owner ? md(names.party(space.owner.id)) : ''),
        ...fieldMd('Maintainers', parties(space.maintainers)),
        ...fieldMd('Contributors', parties(space.contributors)),
        ...fieldMd('Input from', parties(space.inputFrom)),
        ...fieldMd('Access', parties(space.access)),
        ...field('Update frequency', space.updateFrequency),
        ...field('Review process', space.reviewProcess),
        ...field('Follow-up', space.followUp),
      ]);
    }
  }

  for (const group of bySection(model.practices, 'Knowledge transfer')) {
    page.section(group.title);
    page.text(group.section.description);
    for (const practice of group.items) {
      page.heading(3, practice.title ?? practice.id);
      page.text(practice.description);
      page.list(field('Purpose', practice.purpose));
      page.table(
        ['Who', 'Responsibility'],
        practice.responsibilities.map((r) => [md(names.party(r.party.id)), md(r.responsibility)]),
      );
    }
    const sessions = model.meetings.filter((m) => m.section.key === group.section.key);
    if (sessions.length > 0) {
      page.raw(`Sessions of this section (${link(PAGES.cadence.title, PAGES.cadence.file)}):`);
      page.list(
        sessions.map((m) => {
          const how = [m.frequencyText, m.duration, m.format].filter((v): v is string => v !== undefined);
          return `${md(names.meeting(m))}${how.length > 0 ? `: ${mdList(how)}` : ''}`;
        }),
      );
    }
  }
  return finish(page, file, title, 'the documentation spaces and the knowledge-transfer practices');
}
