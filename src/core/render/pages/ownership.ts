import path from 'node:path';
import { areaOwnership } from '../../model/ownership.js';
import type { Area, Holder } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { code, headingLink, headingText, link, md, slugOf, tableOf } from '../markdown.js';
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
export interface AreaRow {
  /** The parties named as owners, and those holding a duty, each once, in the order written. */
  owners: string[];
  holders: string[];
  /** The ids of the teams they stand for (from the one ownership model). */
  teams: string[];
  /** Duty holdings by a party that stands for no team (a role such as incident commander). */
  apart: number;
}

export function areaRow(names: Names, area: Area): AreaRow {
  const ownership = areaOwnership(names.index, area);
  const teams = new Set<string>();
  const once = (ids: readonly string[]) => [...new Set(ids)].map((id) => names.party(id));
  let apart = 0;
  for (const { teams: stake } of ownership.owners) for (const t of stake) teams.add(t.id);
  for (const { holders } of ownership.duties)
    for (const { teams: stake } of holders) {
      if (stake.length === 0) apart++;
      for (const t of stake) teams.add(t.id);
    }
  return {
    owners: once(ownership.owners.map((o) => o.owner.team.id)),
    holders: once(ownership.duties.flatMap((d) => d.holders.map((h) => h.ref.id))),
    teams: [...teams],
    apart,
  };
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

/**
 * Where code review is routed from: the CODEOWNERS file export codeowners writes, linked from
 * the docs folder (codeowners.out, else .github/CODEOWNERS beside perfcoord.yaml).
 */
function codeownersLink(model: RenderContext['model']): string | undefined {
  if (!model.areas.some((a) => a.paths.length > 0)) return undefined;
  const target = path.posix.normalize(model.project?.codeownersOut ?? '.github/CODEOWNERS');
  const href = path.posix.relative(path.posix.normalize(model.project?.docsOut ?? 'docs'), target);
  return `Code review follows the areas' paths: ${link(target, href.split('/').map(encodeURIComponent).join('/'))} is generated from them by \`perfcoord export codeowners\`, and \`perfcoord export codeowners --check\` fails when it drifts.`;
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
  const codeowners = codeownersLink(model);
  if (codeowners !== undefined) page.raw(codeowners);
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
        const row = areaRow(names, area);
        return [
          areaLink(area),
          mdList(row.owners),
          mdList(row.holders),
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
