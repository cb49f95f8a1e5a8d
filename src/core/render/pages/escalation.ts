import type { EscalationLevel, EscalationMatrix } from '../../model/types.js';
import type { Diagram, RenderContext } from '../context.js';
import { sortedLevels } from '../diagrams/escalation.js';
import { PAGES } from '../layout.js';
import { code, headingLink, headingText, link, md, slugOf } from '../markdown.js';
import type { MarkdownPage } from '../markdown.js';
import { andList, sentence, words } from '../words.js';
import { addDiagram, diagramFor, finish, mdList, newPage, prose } from './common.js';
import type { PageOut } from './common.js';
import { contactLine } from './contact.js';

/**
 * The escalation runbook: for each level, when it applies, what to do in one
 * line, how fast, and how to reach each responder.
 */
export function renderEscalationPage(ctx: RenderContext, diagrams: readonly Diagram[]): PageOut | undefined {
  const { model } = ctx;
  if (model.matrices.length === 0) return undefined;
  const { title, file } = PAGES.escalation;
  const page = newPage(ctx, title);
  const users = usersOf(ctx);
  model.matrices.forEach((matrix, i) => {
    page.section(matrix.title ?? matrix.id);
    page.text(matrix.description);
    page.list([...defaultChannel(ctx, matrix), timeZoneLine(ctx), ...usedBy(users.get(matrix.id))]);
    addDiagram(ctx, page, diagramFor(diagrams, `escalation:${i}`));
    for (const level of sortedLevels(matrix)) renderLevel(ctx, page, matrix, level);
  });
  return finish(
    page,
    file,
    title,
    'escalation level by level: when, what to do, how fast and how to reach who responds',
  );
}

/** Response times count in the project's time zone. */
function timeZoneLine(ctx: RenderContext): string {
  const zone = timeZoneOf(ctx);
  return zone === undefined
    ? 'Time zone: not set (`settings.timezone` in the project file)'
    : `Time zone: ${code(zone)}`;
}

function timeZoneOf(ctx: RenderContext): string | undefined {
  return ctx.model.project?.timezone;
}

function defaultChannel(ctx: RenderContext, matrix: EscalationMatrix): string[] {
  if (!matrix.channel) return [];
  const channel = ctx.index.channels.get(matrix.channel.id);
  const purpose = channel?.purpose === undefined ? '' : ` (${prose(channel.purpose)})`;
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
  for (const t of ctx.model.triggers) if (t.escalation) of(t.escalation.id).triggers.push(words(t.event));
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

/** What to do at a level, in one line: the actions as written, else where to raise it and whom to bring in. */
function todo(ctx: RenderContext, level: EscalationLevel, channel: string | undefined): string {
  if (level.actions.length > 0) return level.actions.map((a) => prose(a)).join('; ');
  const who = andList(level.responders.map((r) => md(ctx.names.party(r.id))));
  const raise = channel === undefined ? 'Raise it' : `Post it in ${code(channel)}`;
  return who === '' ? raise : `${raise} and bring in ${who}`;
}

function renderLevel(ctx: RenderContext, page: MarkdownPage, matrix: EscalationMatrix, level: EscalationLevel): void {
  const { names } = ctx;
  page.heading(3, `Level ${level.level}: ${level.name === undefined ? sentence(level.trigger) : words(level.name)}`);
  const channelRef = level.channel ?? matrix.channel;
  const channel = channelRef ? names.channel(channelRef) : undefined;
  const when = names.responseTime(level);
  page.list([
    ...(level.name === undefined ? [] : [`When: ${prose(level.trigger)}`]),
    `Do: ${todo(ctx, level, channel)}`,
    ...(when === '' ? [] : [`Respond: ${md(when)}`]),
    ...(level.responders.length > 0
      ? [{ item: 'Reach:', sub: level.responders.map((r) => contactLine(ctx, r.id)) }]
      : []),
  ]);
}
