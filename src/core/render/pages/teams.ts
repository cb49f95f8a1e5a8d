import type { Diagram, RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { code, headingLink, headingText, link, md, slugOf } from '../markdown.js';
import { hasOwnHeading } from './cadence.js';
import { bySection } from '../sections.js';
import { addDiagram, diagramFor, field, finish, mdList, newPage } from './common.js';
import type { PageOut } from './common.js';

/** Teams and how much each depends on the core team, roles, groups and programs. */
export function renderTeamsPage(ctx: RenderContext, diagrams: readonly Diagram[]): PageOut | undefined {
  const { model, names } = ctx;
  if (model.teams.length === 0 && model.roles.length === 0 && model.groups.length === 0 && model.programs.length === 0)
    return undefined;
  const page = newPage(ctx, PAGES.teams.title);

  bySection(model.teams, 'Teams').forEach((group, i) => {
    page.section(group.title);
    page.text(group.section.description);
    if (i === 0) addDiagram(page, diagramFor(diagrams, 'impact-map'));
    page.table(
      ['Team', 'Dependency', 'Lead', 'Channel', 'Focus', 'Description'],
      group.items.map((team) => [
        md(team.name),
        team.dependency === 'core' ? 'core team' : (team.dependency ?? ''),
        team.lead ? md(names.party(team.lead.id)) : '',
        team.channel ? code(names.channel(team.channel), true) : '',
        mdList(team.focus),
        team.description === undefined ? '' : md(team.description),
      ]),
    );
  });

  if (model.roles.length > 0) {
    page.section('Roles');
    page.table(
      ['Role', 'Id', 'Team', 'Also known as', 'Description'],
      model.roles.map((role) => [
        md(names.party(role.id)),
        code(role.id, true),
        role.team ? md(names.party(role.team.id)) : '',
        role.aliases.map((a) => code(a.id, true)).join(', '),
        role.description === undefined ? '' : md(role.description),
      ]),
    );
  }

  if (model.groups.length > 0) {
    page.section('Groups');
    page.table(
      ['Group', 'Id', 'Members', 'Description'],
      model.groups.map((group) => [
        md(names.party(group.id)),
        code(group.id, true),
        mdList(group.members.map((m) => names.party(m.id))),
        group.description === undefined ? '' : md(group.description),
      ]),
    );
  }

  for (const program of model.programs) {
    page.section(program.title);
    const meeting = program.meeting ? ctx.index.meetings.get(program.meeting.id) : undefined;
    page.list([
      ...field('Concept', program.concept),
      ...field('Selection', program.selection),
      ...(program.members.length > 0 ? [`Members: ${mdList(program.members.map((m) => names.party(m.id)))}`] : []),
      ...(program.responsibilities.length > 0
        ? [{ item: 'Responsibilities:', sub: program.responsibilities.map((r) => md(r)) }]
        : []),
      ...(program.support.length > 0 ? [{ item: 'Support provided:', sub: program.support.map((s) => md(s)) }] : []),
      ...(program.meeting
        ? [
            `Meeting: ${
              meeting && hasOwnHeading(meeting)
                ? headingLink(names.meeting(meeting), PAGES.cadence.file, slugOf(headingText(names.meeting(meeting))))
                : md(meeting ? names.meeting(meeting) : program.meeting.id)
            } (${link(PAGES.cadence.title, PAGES.cadence.file)})`,
          ]
        : []),
    ]);
  }
  return finish(
    page,
    PAGES.teams.file,
    PAGES.teams.title,
    'the teams and how much each depends on the core team, roles, groups and programs',
  );
}
