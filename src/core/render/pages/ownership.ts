import { areaOwnership } from '../../model/ownership.js';
import type { Area, Holder, Team } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { code, headingLink, headingText, md, slugOf, tableOf } from '../markdown.js';
import type { Names } from '../names.js';
import { bySection } from '../sections.js';
import { field, finish, fieldMd, mdList, newPage } from './common.js';
import type { PageOut } from './common.js';

type Letter = 'R' | 'A' | 'S';

/** Up to this many teams, the matrix has a column per team. */
const MAX_MATRIX_TEAMS = 12;
const ORDER: readonly Letter[] = ['R', 'A', 'S'];

/**
 * The matrix cell of each team for an area. R: a named owner of the area (does
 * the work); A: holds a duty alone; S: shares a duty (joint, a list, or a
 * group). A role counts for its team. Holders that stand for no team (a role
 * such as incident commander) are listed apart.
 */
export function areaLetters(names: Names, area: Area): { letters: Map<string, Set<Letter>>; others: string[] } {
  const letters = new Map<string, Set<Letter>>();
  const others: string[] = [];
  const mark = (teamId: string, letter: Letter) => {
    let set = letters.get(teamId);
    if (!set) letters.set(teamId, (set = new Set()));
    set.add(letter);
  };
  const ownership = areaOwnership(names.index, area);
  for (const { teams } of ownership.owners) for (const team of teams) mark(team.id, 'R');
  for (const { duty, alone, holders } of ownership.duties) {
    for (const { ref, teams } of holders) {
      if (teams.length === 0) others.push(`${names.party(ref.id)} (${duty.name})`);
      for (const team of teams) mark(team.id, alone && teams.length === 1 ? 'A' : 'S');
    }
  }
  return { letters, others };
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

/** Who owns which shared area: a RACI-style matrix, then a section per area. */
export function renderOwnershipPage(ctx: RenderContext): PageOut | undefined {
  const { model, names } = ctx;
  if (model.areas.length === 0) return undefined;
  const { title, file } = PAGES.ownership;
  const page = newPage(ctx, title);

  page.section('Ownership matrix');
  page.raw(
    'R: a named owner of the area, who does the work described. A: holds a duty alone. S: shares a duty with other teams (joint, or several holders). A role counts for its team; holders that belong to no team are listed under "Other holders".',
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
        area.owners.map((o) => [
          md(names.party(o.team.id)),
          o.responsibility === undefined ? '' : md(o.responsibility),
          mdList(o.tasks),
        ]),
      );
      page.table(
        ['Duty', 'Held by', 'How'],
        area.duties.map((d) => [md(d.name), md(names.holder(d.holder)), holderKind(d.holder)]),
      );
    }
  }

  // Columns: the teams that appear in any area, in declaration order.
  const cells = model.areas.map((area) => ({ area, ...areaLetters(names, area) }));
  // Linear in areas and teams: a set of the teams any area names, not a search per team.
  const named = new Set(cells.flatMap((c) => [...c.letters.keys()]));
  const seen = new Set<string>();
  const columns = model.teams.filter((t) => named.has(t.id) && !seen.has(t.id) && seen.add(t.id));
  const order = new Map(columns.map((t, i) => [t.id, i]));
  const link = (area: Area) => headingLink(area.title, '', anchors.get(area) ?? slugOf(headingText(area.title)));
  // Past a dozen teams a column per team is unreadable (and grows with teams × areas):
  // then the same letters, as lists of teams per area.
  const wide = columns.length <= MAX_MATRIX_TEAMS;
  // An area's own teams in column order, not every column for every area.
  const holders = (letters: Map<string, Set<Letter>>, letter: Letter) =>
    [...letters]
      .flatMap(([id, set]) => {
        const at = order.get(id);
        return at !== undefined && set.has(letter) ? [at] : [];
      })
      .sort((a, b) => a - b)
      .map((at) => md((columns[at] as Team).name))
      .join(', ');
  page.fill(
    matrixSlot,
    tableOf(
      ['Area', ...(wide ? columns.map((t) => t.name) : ORDER), 'Other holders'],
      cells.map(({ area, letters, others }) => [
        link(area),
        ...(wide
          ? columns.map((t) => ORDER.filter((l) => letters.get(t.id)?.has(l)).join(' '))
          : ORDER.map((l) => holders(letters, l))),
        mdList(others),
      ]),
    ),
  );
  return finish(
    page,
    file,
    title,
    'who owns each shared area and holds each duty: a RACI-style matrix, then every area',
  );
}
