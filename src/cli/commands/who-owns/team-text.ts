import type { TeamAnswer } from '../../../core/query/team-answer.js';
import type { TeamMeeting } from '../../../core/query/team-meetings.js';
import type { TeamEscalation } from '../../../core/query/team-escalation.js';
import type { TeamGate } from '../../../core/query/team-gates.js';
import type { TeamWorkflowStep } from '../../../core/query/team-answer.js';
import { formatMinutes } from '../../../core/util/durations.js';
import type { Colors } from '../../../core/format/color.js';
import { channelText, handlesText, heldText, responseText, roleText } from './text.js';

/** "weekly monday 09:00, 30min" */
export function meetingWhen(m: TeamMeeting): string {
  const when = [m.frequency ?? 'no frequency', m.day, m.time].filter((x): x is string => x !== null).join(' ');
  return m.duration === null ? when : `${when}, ${m.duration}`;
}

/** The meeting's share of the week, or why it has none. */
export function weekShare(m: TeamMeeting): string {
  if (m.minutesPerWeek > 0) return `${formatMinutes(m.minutesPerWeek)} a week`;
  if (m.attendance === 'rotating') return 'not counted (rotating attendance)';
  return m.duration === null ? 'no duration given' : 'not counted (no regular frequency)';
}

export function dependencyText(dependency: string | null): string {
  if (dependency === null) return '';
  return dependency === 'core' ? ' (the core team)' : ` (${dependency} dependency)`;
}

/** "as all_team_leads" when the team takes part through a role or group rather than itself. */
export function viaText(via: readonly string[], teamId: string): string {
  const others = via.filter((v) => v !== teamId);
  return others.length === 0 ? '' : `as ${others.join(', ')}`;
}

export function gateRoles(g: TeamGate): string {
  return g.roles
    .map((r) =>
      r === 'owner' ? (g.jointOwner ? 'joint owner' : 'owner') : r === 'input' ? `input (${g.inputs.join(', ')})` : r,
    )
    .join(', ');
}

export function levelText(e: TeamEscalation): string {
  return `${e.matrix} level ${e.level}${e.name === null ? '' : ` (${e.name})`}`;
}

export function stepText(w: TeamWorkflowStep): string {
  const parts: string[] = [...w.roles];
  if (w.duties.length > 0) parts.push(`duties: ${w.duties.map(heldText).join(', ')}`);
  return parts.join('; ');
}

/** Everything a team holds, section by section; an empty section says "none" rather than vanishing. */
export function teamText(t: TeamAnswer, c: Colors): string {
  const id = t.team.id;
  const out: string[] = [];
  out.push(`${c.bold(id)}: ${t.team.name}${dependencyText(t.team.dependency)}`);
  if (t.via) out.push(`  named through the role ${roleText(t.via)}`);
  out.push(`  lead: ${roleText(t.team.lead)}`);
  out.push(`  channel: ${channelText(t.team.channel)}`);
  const handles = handlesText(t.team.handles);
  if (handles !== null) out.push(`  handles: ${handles}`);
  if (t.roles.length > 0) out.push(`  roles: ${t.roles.map((r) => r.id).join(', ')}`);
  if (t.focus.length > 0) out.push(`  focus: ${t.focus.join(', ')}`);

  const section = (title: string, lines: string[]) => {
    out.push('', lines.length === 0 ? `${c.bold(title)}: none` : `${c.bold(title)}:`, ...lines);
  };
  section(
    'areas',
    t.areas.flatMap((a) => {
      const lines = [`  ${a.id}: ${a.title}`];
      if (a.responsibility !== null) lines.push(`    responsibility: ${a.responsibility}`);
      if (a.tasks.length > 0) lines.push(`    tasks: ${a.tasks.join(', ')}`);
      if (a.duties.length > 0) lines.push(`    duties: ${a.duties.map(heldText).join(', ')}`);
      return lines;
    }),
  );
  section(
    t.meetings.minutesPerWeek === 0 ? 'meetings' : `meetings (${formatMinutes(t.meetings.minutesPerWeek)} a week)`,
    t.meetings.items.map((m) => {
      const via = viaText(m.via, id);
      return `  ${m.id}: ${meetingWhen(m)}; ${weekShare(m)}${via === '' ? '' : `; ${via}`}`;
    }),
  );
  section(
    'gates',
    t.gates.map((g) => `  ${g.pipeline}/${g.stage}${g.stageName === null ? '' : ` (${g.stageName})`}: ${gateRoles(g)}`),
  );
  section(
    'escalation',
    t.escalation.map((e) => {
      const trigger = e.trigger === '' ? '' : ` (${e.trigger})`;
      const response = responseText(e.responseMinutes, e.responseTime);
      const via = viaText(e.via, id);
      const parts = [
        response === null ? 'respond' : `respond ${response}`,
        via === '' ? null : via,
        e.channel ? `on ${channelText(e.channel)}` : null,
      ];
      return `  ${levelText(e)}${trigger}: ${parts.filter((p): p is string => p !== null).join(' ')}`;
    }),
  );
  section(
    'workflows',
    t.workflows.map((w) => `  ${w.workflow}/${w.step} (${w.kind} ${w.stepName}): ${stepText(w)}`),
  );
  return out.join('\n') + '\n';
}
