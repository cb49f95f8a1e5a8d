/**
 * How to reach a team, role or group from a page: its name, then the ways
 * to reach it the model knows (its team's channel, a group's members).
 */
import type { RenderContext } from '../context.js';
import { code, md } from '../markdown.js';

/** The channel address of a team (a role reaches its team's), or undefined. */
export function channelOf(ctx: RenderContext, id: string): string | undefined {
  const { index, names } = ctx;
  const entry = index.parties.get(id);
  const teamId = entry?.kind === 'team' ? entry.team.id : entry?.kind === 'role' ? entry.role.team?.id : undefined;
  const team = teamId === undefined ? undefined : index.teams.get(teamId);
  return team?.channel ? names.channel(team.channel) : undefined;
}

/** One responder as Markdown: "Backend Engineer (Backend Development Team): `#backend-dev`". */
export function contactLine(ctx: RenderContext, id: string): string {
  const { names, index } = ctx;
  const entry = index.parties.get(id);
  const ways: string[] = [];
  const channel = channelOf(ctx, id);
  if (channel !== undefined) ways.push(code(channel));
  if (entry?.kind === 'team' && entry.team.lead) ways.push(`lead ${md(names.party(entry.team.lead.id))}`);
  // Handles: how GitHub, GitLab and email name the responder.
  const h = entry?.kind === 'team' ? entry.team.handles : entry?.kind === 'role' ? entry.role.handles : undefined;
  for (const handle of new Set([h?.github, h?.gitlab, h?.email])) if (handle !== undefined) ways.push(code(handle));
  if (entry?.kind === 'group' && entry.group.members.length > 0)
    return `${md(names.party(id))}: ${entry.group.members.map((m) => contactShort(ctx, m.id)).join(', ')}`;
  return `${md(names.partyLong(id))}${ways.length > 0 ? `: ${ways.join(', ')}` : ''}`;
}

/** A group member: the name and, where there is one, the channel. */
function contactShort(ctx: RenderContext, id: string): string {
  const channel = channelOf(ctx, id);
  return `${md(ctx.names.party(id))}${channel === undefined ? '' : ` (${code(channel)})`}`;
}
