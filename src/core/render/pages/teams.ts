import type { Diagram, RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { code, headingLink, md } from '../markdown.js';
import { bySection } from '../sections.js';
import { addDiagram, diagramFor, field, finish, mdList, newPage, prose } from './common.js';
import type { PageOut } from './common.js';
import { describeMeeting, meetingHref, meetingPage } from './meetings.js';
import { DEPENDENCY_WORDS, legendText } from '../diagrams/impact-map.js';

/** Teams and how much each depends on the core team, roles, groups and programs. */
export function renderTeamsPage(ctx: RenderContext, diagrams: readonly Diagram[]): PageOut | undefined {
  const { model, names } = ctx;
  if (model.teams.length === 0 && model.roles.length === 0 && model.groups.length === 0 && model.programs.length === 0)
    return undefined;
  const page = newPage(ctx, PAGES.teams.title);

  bySection(model.teams, 'Teams').forEach((group, i) => {
    page.section(group.title);
    page.text(group.section.description);
    if (i === 0) {
      const diagram = diagramFor(diagrams, 'impact-map');
      addDiagram(ctx, page, diagram);
      if (diagram) page.raw(md(legendText()));
    }
    page.table(
      ['Team', 'Id', 'Dependency', 'Lead', 'Channel'],
      group.items.map((team) => [
        md(team.name),
        code(team.id, true),
        team.dependency === undefined ? '' : DEPENDENCY_WORDS[team.dependency],
        team.lead ? md(names.party(team.lead.id)) : '',
        team.channel ? code(names.channel(team.channel), true) : '',
      ]),
    );
    // Focus and description are sentences: a list, not two more table columns.
    page.list(
      group.items
        .filter((team) => team.focus.length > 0 || team.description !== undefined)
        .map((team) => ({
          item: `${md(team.name)}${team.description === undefined ? '' : `: ${prose(team.description)}`}`,
          sub: team.focus.length > 0 ? [`Focus: ${mdList(team.focus)}`] : [],
        })),
    );
  });

  if (model.roles.length > 0) {
    page.section('Roles');
    page.table(
      ['Role', 'Team', 'Ids', 'Description'],
      model.roles.map((role) => [
        md(names.party(role.id)),
        role.team ? md(names.party(role.team.id)) : '',
        // The id first, then the other ids the YAML may use for the role.
        [role.id, ...role.aliases.map((a) => a.id)].map((id) => code(id, true)).join(' '),
        role.description === undefined ? '' : prose(role.description),
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
        group.description === undefined ? '' : prose(group.description),
      ]),
    );
  }

  for (const program of model.programs) {
    page.section(program.title);
    const meeting = program.meeting ? ctx.index.meetings.get(program.meeting.id) : undefined;
    const here = meeting !== undefined && meetingPage(ctx, meeting) === 'teams';
    page.list([
      ...field('Concept', program.concept),
      ...field('Selection', program.selection),
      ...(program.members.length > 0 ? [`Members: ${mdList(program.members.map((m) => names.party(m.id)))}`] : []),
      ...(program.responsibilities.length > 0
        ? [{ item: 'Responsibilities:', sub: program.responsibilities.map((r) => prose(r)) }]
        : []),
      ...(program.support.length > 0 ? [{ item: 'Support provided:', sub: program.support.map((s) => prose(s)) }] : []),
      ...(program.meeting && !here
        ? [
            meeting
              ? `Meeting: ${headingLink(names.meeting(meeting), meetingHref(ctx, meeting).file, meetingHref(ctx, meeting).slug)}`
              : `Meeting: ${md(names.meetingById(program.meeting.id))}`,
          ]
        : []),
    ]);
    if (meeting && here) describeMeeting(ctx, page, meeting);
  }
  return finish(
    page,
    PAGES.teams.file,
    PAGES.teams.title,
    'the teams and how much each depends on the core team, roles, groups and programs',
  );
}
