import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { md } from '../markdown.js';
import { bySection } from '../sections.js';
import { field, fieldMd, finish, mdList, newPage, prose } from './common.js';
import type { PageOut } from './common.js';
import { describeMeeting, meetingPage } from './meetings.js';

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
        ...field('Updated', space.updateFrequency),
        ...field('Review process', space.reviewProcess),
        ...field('Follow-up', space.followUp),
      ]);
    }
  }

  const sessions = new Map(bySection(model.meetings, '').map((g) => [g.section.key, g.items]));
  for (const group of bySection(model.practices, 'Knowledge transfer')) {
    page.section(group.title);
    page.text(group.section.description);
    for (const practice of group.items) {
      page.heading(3, practice.title ?? practice.id);
      page.text(practice.description);
      page.list(field('Purpose', practice.purpose));
      page.table(
        ['Who', 'Responsibility'],
        practice.responsibilities.map((r) => [md(names.party(r.party.id)), prose(r.responsibility)]),
      );
    }
    // The sessions declared beside the practices are described here; the cadence page links to them.
    for (const meeting of sessions.get(group.section.key) ?? [])
      if (meetingPage(ctx, meeting) === 'knowledge') describeMeeting(ctx, page, meeting);
  }
  return finish(page, file, title, 'the documentation spaces and the knowledge-transfer practices');
}
