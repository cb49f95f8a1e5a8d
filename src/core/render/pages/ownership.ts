import type { Area, Holder } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { code, headingLink, headingText, md, slugOf, tableOf } from '../markdown.js';
import type { Names } from '../names.js';
import { bySection } from '../sections.js';
import { field, finish, fieldMd, mdList, newPage, prose } from './common.js';
import { sentence } from '../words.js';
import type { PageOut } from './common.js';

/**
 * The matrix is not a RACI: the model records who owns an area and who holds
 * each duty, not who is consulted or informed, so its columns say what they
 * hold in words (see CONTRIBUTING).
 */
function dutyHolders(names: Names, area: Area): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const duty of area.duties)
    for (const ref of holderRefs(duty.holder)) if (!seen.has(ref) && seen.add(ref)) out.push(names.party(ref));
  return mdList(out);
}

function holderRefs(holder: Holder): string[] {
  switch (holder.kind) {
    case 'single':
      return [holder.ref.id];
    case 'joint':
    case 'list':
      return holder.refs.map((r) => r.id);
    case 'none':
      return [];
  }
}

function holderKind(holder: Holder): string {
  switch (holder.kind) {
    case 'single':
      return 'alone';
    case 'joint':
      return 'joint';
    case 'list':
      return 'shared';
    case 'none':
      return 'unassigned';
  }
}

/** Who owns which shared area: a matrix of owners and duty holders, then a section per area. */
export function renderOwnershipPage(ctx: RenderContext): PageOut | undefined {
  const { model, names } = ctx;
  if (model.areas.length === 0) return undefined;
  const { title, file } = PAGES.ownership;
  const page = newPage(ctx, title);

  page.section('Who owns what');
  page.raw(
    'Each area with the teams that own it (and do the work described), the teams and roles that hold one of its duties, and where it escalates. The sections below give every responsibility and duty.',
  );
  const matrixSlot = page.placeholder();

  const anchors = new Map<Area, string>();
  for (const group of bySection(model.areas, 'Shared areas')) {
    page.section(group.title);
    page.text(group.section.description);
    for (const area of group.items) {
      anchors.set(area, page.heading(3, area.title));
      page.text(area.description);
      const matrix = area.escalation ? ctx.index.matrices.get(area.escalation.id) : undefined;
      page.list([
        ...fieldMd('Code paths', area.paths.map((p) => code(p.glob)).join(', ')),
        ...(area.escalation
          ? matrix
            ? [
                `Escalation: ${headingLink(matrix.title ?? matrix.id, PAGES.escalation.file, slugOf(headingText(matrix.title ?? matrix.id)))}`,
              ]
            : field('Escalation', area.escalation.id)
          : []),
      ]);
      page.table(
        ['Owner', 'Responsibility', 'Tasks'],
        area.owners.map((o) => [md(names.party(o.team.id)), prose(o.responsibility), mdList(o.tasks)]),
      );
      page.table(
        ['Duty', 'Held by', 'How'],
        area.duties.map((d) => [md(sentence(d.name)), md(names.holder(d.holder)), holderKind(d.holder)]),
      );
    }
  }

  const areaLink = (area: Area) => headingLink(area.title, '', anchors.get(area) ?? slugOf(headingText(area.title)));
  page.fill(
    matrixSlot,
    tableOf(
      ['Area', 'Owned by', 'Duties held by', 'Escalates to'],
      model.areas.map((area) => {
        const matrix = area.escalation ? ctx.index.matrices.get(area.escalation.id) : undefined;
        return [
          areaLink(area),
          mdList(area.owners.map((o) => names.party(o.team.id))),
          dutyHolders(names, area),
          matrix
            ? headingLink(
                matrix.title ?? matrix.id,
                PAGES.escalation.file,
                slugOf(headingText(matrix.title ?? matrix.id)),
              )
            : area.escalation
              ? md(area.escalation.id)
              : '',
        ];
      }),
    ),
  );
  return finish(page, file, title, 'who owns each shared area and holds each duty: a matrix, then every area');
}
