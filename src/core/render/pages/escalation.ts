import type { EscalationLevel, EscalationMatrix, Ref } from '../../model/types.js';
import type { Diagram, RenderContext } from '../context.js';
import { sortedLevels } from '../diagrams/escalation.js';
import { PAGES } from '../layout.js';
import { code, headingLink, headingText, link, md, slugOf } from '../markdown.js';
import type { MarkdownPage } from '../markdown.js';
import { addDiagram, diagramFor, finish, mdList, newPage } from './common.js';
import type { PageOut } from './common.js';

/** The escalation runbook: for each level, who answers, how fast and through which channel. */
export function renderEscalationPage(ctx: RenderContext, diagrams: readonly Diagram[]): PageOut | undefined {
  const { model } = ctx;
  if (model.matrices.length === 0) return undefined;
  const { title, file } = PAGES.escalation;
  const page = newPage(ctx, title);
  const users = usersOf(ctx);
  model.matrices.forEach((matrix, i) => {
    page.section(matrix.title ?? matrix.id);
    page.text(matrix.description);
    page.list([...defaultChannel(ctx, matrix), ...usedBy(users.get(matrix.id))]);
    addDiagram(page, diagramFor(diagrams, `escalation:${i}`));
    const levels = sortedLevels(matrix);
    page.table(
      ['Level', 'Trigger', 'Respond', 'Responders', 'Channel'],
      levels.map((level) => [
        String(level.level),
        md(level.trigger),
        md(ctx.names.responseTime(level)),
        mdList(level.responders.map((r) => ctx.names.party(r.id))),
        channelCell(ctx, level.channel ?? matrix.channel),
      ]),
    );
    for (const level of levels) renderLevel(ctx, page, matrix, level);
  });
  return finish(
    page,
    file,
    title,
    'escalation level by level: the trigger, who responds, how fast and through which channel',
  );
}

function channelCell(ctx: RenderContext, ref: Ref | undefined): string {
  return ref ? code(ctx.names.channel(ref), true) : '';
}

function defaultChannel(ctx: RenderContext, matrix: EscalationMatrix): string[] {
  if (!matrix.channel) return [];
  const channel = ctx.index.channels.get(matrix.channel.id);
  const purpose = channel?.purpose === undefined ? '' : ` (${md(channel.purpose)})`;
  return [`Channel: ${code(ctx.names.channel(matrix.channel))}${purpose}`];
}

interface Users {
  areas: string[];
  triggers: string[];
}

/** The areas and triggers that name each matrix, found in one pass (not one pass per matrix). */
function usersOf(ctx: RenderContext): Map<string, Users> {
  const users = new Map<string, Users>();
  const of = (id: string): Users => {
    let u = users.get(id);
    if (!u) users.set(id, (u = { areas: [], triggers: [] }));
    return u;
  };
  // Each area links to its section of the ownership page.
  for (const a of ctx.model.areas)
    if (a.escalation)
      of(a.escalation.id).areas.push(headingLink(a.title, PAGES.ownership.file, slugOf(headingText(a.title))));
  for (const t of ctx.model.triggers) if (t.escalation) of(t.escalation.id).triggers.push(t.event);
  return users;
}

function usedBy(users: Users | undefined): string[] {
  const { areas, triggers } = users ?? { areas: [], triggers: [] };
  const out: string[] = [];
  if (areas.length > 0)
    out.push(`Escalation path of: ${areas.join(', ')} (${link(PAGES.ownership.title, PAGES.ownership.file)})`);
  if (triggers.length > 0)
    out.push(
      `Started by the notification triggers: ${mdList(triggers)} (${link(PAGES.channels.title, PAGES.channels.file)})`,
    );
  return out;
}

function renderLevel(ctx: RenderContext, page: MarkdownPage, matrix: EscalationMatrix, level: EscalationLevel): void {
  const { names } = ctx;
  page.heading(3, `Level ${level.level}: ${level.name ?? level.trigger}`);
  const channel = level.channel ?? matrix.channel;
  const when = names.responseTime(level);
  const asWritten =
    level.responseTime !== undefined && level.responseMinutes !== undefined && level.responseMinutes !== 0
      ? ` (${md(level.responseTime)})`
      : '';
  const parts: string[] = [];
  if (level.name !== undefined) parts.push(`When: ${md(level.trigger)}.`);
  if (when !== '' || channel) {
    const how = when === '' ? 'Respond' : `Respond ${md(when)}${asWritten}`;
    parts.push(channel ? `${how} through ${code(names.channel(channel))}.` : `${how}.`);
  }
  page.raw(parts.join(' '));
  if (level.responders.length > 0) {
    page.raw('Responders:');
    page.list(level.responders.map((r) => responder(ctx, r.id)));
  }
  if (level.actions.length > 0) {
    page.raw('Actions:');
    page.list(level.actions.map((a) => md(a)));
  }
}

/** A responder with what makes them reachable: their team and its channel, or a group's members. */
function responder(ctx: RenderContext, id: string): string {
  const { names, index } = ctx;
  const entry = index.parties.get(id);
  const channelOf = (teamId: string | undefined) => {
    const team = teamId === undefined ? undefined : index.teams.get(teamId);
    return team?.channel ? `, ${code(names.channel(team.channel))}` : '';
  };
  if (entry?.kind === 'team')
    return `${md(entry.team.name)}${entry.team.lead ? ` (lead: ${md(names.party(entry.team.lead.id))})` : ''}${channelOf(entry.team.id)}`;
  if (entry?.kind === 'role') return `${md(names.partyLong(id))}${channelOf(entry.role.team?.id)}`;
  return md(names.partyLong(id));
}
