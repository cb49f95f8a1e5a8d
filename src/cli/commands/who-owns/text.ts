import type {
  AreaAnswer,
  AreaParty,
  ChannelRef,
  EscalationTarget,
  HandlesAnswer,
  HeldDuty,
  PartyAnswer,
  RoleRef,
} from '../../../core/query/answer-parts.js';
import type { PathsJson } from '../../../core/query/answer.js';
import type { PathClaim, PathLookup } from '../../../core/query/path-lookup.js';
import { formatMinutes } from '../../../core/util/durations.js';
import { safeText } from '../../../core/format/color.js';
import type { Colors } from '../../../core/format/color.js';

/**
 * Plain-text answers for pipes and logs: one fact a line, "key: value",
 * indented by what it belongs to, so that grep finds what it should.
 */

/** Every string of an answer made safe for a terminal, once, before any formatting. */
export function sanitize<T>(value: T): T {
  if (typeof value === 'string') return safeText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => sanitize(v)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitize(v);
    return out as T;
  }
  return value;
}

export function roleText(role: RoleRef | null): string {
  if (!role) return 'none declared';
  return role.name === null ? role.id : `${role.id} (${role.name})`;
}

export function channelText(channel: ChannelRef | null): string {
  if (!channel) return 'none declared';
  if (channel.address === null) return `${channel.id} (declared in no Channels document)`;
  return channel.address === channel.id ? channel.id : `${channel.id} (${channel.address})`;
}

/** "maintenance (joint with performance)", "infrastructure_issues (as devops_lead)". */
export function heldText(duty: HeldDuty): string {
  const notes: string[] = [];
  if (duty.joint) notes.push(duty.with.length > 0 ? `joint with ${duty.with.join(', ')}` : 'joint');
  if (duty.via) notes.push(`as ${duty.via.id}`);
  return notes.length === 0 ? duty.name : `${duty.name} (${notes.join('; ')})`;
}

/** A responder or holder with the team it stands for, when that says something its id does not. */
export function partyText(party: PartyAnswer): string {
  if (party.kind === 'unknown') return `${party.id} (declared nowhere)`;
  const handles = handlesText(party.handles);
  const notes = [...(party.kind === 'role' ? party.teams : []), ...(handles === null ? [] : [handles])];
  return notes.length > 0 ? `${party.id} (${notes.join(', ')})` : party.id;
}

/** "@acme/backend, gitlab @acme/backend, backend@acme.example"; null when none is declared. */
export function handlesText(h: HandlesAnswer | null): string | null {
  if (!h) return null;
  const out = [
    h.github,
    h.gitlab === null ? null : h.github === h.gitlab ? null : `gitlab ${h.gitlab}`,
    h.email,
  ].filter((x): x is string => x !== null);
  return out.length > 0 ? out.join(', ') : null;
}

export function responseText(minutes: number | null, text: string | null): string | null {
  if (minutes === 0) return 'immediately';
  if (minutes !== null) return `in ${formatMinutes(minutes)}`;
  return text === null ? null : `in ${text}`;
}

export function otherLabel(party: Pick<AreaParty, 'kind' | 'name'>): string {
  switch (party.kind) {
    case 'role':
      return `${party.name ?? 'a role'} (a role of no team)`;
    case 'group':
      return `${party.name ?? 'a group'} (a group with no team in it)`;
    case 'team':
      return party.name ?? 'a team';
    case 'unknown':
      return 'declared in no Teams document';
  }
}

function escalationLines(target: EscalationTarget | null, note: string | null): string[] {
  if (!target) return [`  escalate: none (${note ?? 'no escalation matrix applies'})`];
  if (!target.level)
    return [`  escalate: ${target.matrix} (it has no levels)`, `    channel: ${channelText(target.channel)}`];
  const level = target.level;
  const out = [`  escalate: ${target.matrix}, level ${level.level}${level.name === null ? '' : ` (${level.name})`}`];
  if (level.trigger !== '') out.push(`    trigger: ${level.trigger}`);
  const response = responseText(level.responseMinutes, level.responseTime);
  if (response !== null) out.push(`    respond: ${response}`);
  out.push(`    responders: ${level.responders.length === 0 ? 'none' : level.responders.map(partyText).join(', ')}`);
  out.push(`    channel: ${channelText(target.channel)}`);
  return out;
}

export function areaLines(a: AreaAnswer, c: Colors): string[] {
  const out = [`${c.bold(a.id)}: ${a.title}`];
  if (a.description !== null) out.push(`  ${a.description}`);
  out.push(`  defined in ${a.source.file}:${a.source.line}`);
  if (a.paths.length > 0) out.push(`  paths: ${a.paths.join(', ')}`);
  if (a.teams.length === 0 && a.others.length === 0)
    out.push('', `  ${c.yellow('no owner')}: add owners, or duties with holders`);
  for (const t of a.teams) {
    out.push('', `  ${c.bold(t.team.id)}: ${t.team.name}`);
    out.push(...holdingLines(t));
    out.push(`    lead: ${roleText(t.team.lead)}`);
    out.push(`    channel: ${channelText(t.team.channel)}`);
    const handles = handlesText(t.team.handles);
    if (handles !== null) out.push(`    handles: ${handles}`);
  }
  for (const p of a.others) {
    out.push('', `  ${c.bold(p.id)}: ${otherLabel(p)}`);
    out.push(...holdingLines(p));
  }
  out.push('', ...escalationLines(a.escalation, a.escalationNote));
  return out;
}

function holdingLines(h: { responsibility: string | null; tasks: string[]; duties: HeldDuty[] }): string[] {
  const out: string[] = [];
  if (h.responsibility !== null) out.push(`    responsibility: ${h.responsibility}`);
  if (h.tasks.length > 0) out.push(`    tasks: ${h.tasks.join(', ')}`);
  if (h.duties.length > 0) out.push(`    duties: ${h.duties.map(heldText).join(', ')}`);
  return out;
}

/** One area, or every area an ambiguous query matches, each in full. */
export function areasText(query: string, areas: readonly AreaAnswer[], c: Colors): string {
  const blocks = areas.map((a) => areaLines(a, c).join('\n'));
  const head = areas.length > 1 ? [`${areas.length} areas match "${query}":`] : [];
  return [...head, ...blocks].join('\n\n') + '\n';
}

/** Which pattern decided, what it shadowed, or the tie; then the areas. */
export function pathText(lookup: PathLookup, areas: readonly AreaAnswer[], c: Colors): string {
  const head: string[] = [];
  const claim = (x: { area: string; pattern: string }) => `${x.area} (pattern ${x.pattern})`;
  if (lookup.ambiguous) {
    head.push(
      `${c.bold(lookup.path)}: ${lookup.winners.length} areas tie with equally specific patterns, so neither wins:`,
    );
    for (const w of lookup.winners) head.push(`  ${claim(w)}`);
    head.push(`  ${c.yellow('make one pattern more specific, so that one area wins')}`);
  } else {
    const [winner] = lookup.winners;
    if (winner) head.push(`${c.bold(lookup.path)}: ${claim(winner)}`);
  }
  for (const s of lookup.shadowed) head.push(`  less specific: ${claim(s)}`);
  return [head.join('\n'), ...areas.map((a) => areaLines(a, c).join('\n'))].join('\n\n') + '\n';
}

/** "area (pattern p)", or the tie, or "no area claims it" with the areas nearby. */
export function claimText(r: { winners: PathClaim[]; ambiguous: boolean; nearby: PathClaim[] }): string {
  const claim = (x: PathClaim) => `${x.area} (pattern ${x.pattern})`;
  if (r.winners.length === 0) {
    const near = r.nearby.length > 0 ? `; areas with paths nearby: ${r.nearby.map(claim).join(', ')}` : '';
    return `no area claims it${near}`;
  }
  const text = r.winners.map(claim).join(', ');
  return r.ambiguous ? `tie, neither wins: ${text}` : text;
}

export function pathsText(answer: PathsJson, c: Colors): string {
  const head = answer.paths.map((r) => {
    const text = claimText(r);
    return `${c.bold(r.path === '' ? '.' : r.path)}: ${r.winners.length === 0 ? c.yellow(text) : text}`;
  });
  return [head.join('\n'), ...answer.areas.map((a) => areaLines(a, c).join('\n'))].join('\n\n') + '\n';
}
