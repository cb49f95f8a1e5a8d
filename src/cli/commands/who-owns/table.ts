import type {
  AreaAnswer,
  AreaParty,
  AreaTeam,
  ChannelRef,
  EscalationTarget,
  TeamContact,
} from '../../../core/query/answer-parts.js';
import type { PathsJson } from '../../../core/query/answer.js';
import type { PathLookup } from '../../../core/query/path-lookup.js';
import type { TeamAnswer } from '../../../core/query/team-answer.js';
import type { UnownedReport } from '../../../core/query/unowned.js';
import { formatMinutes } from '../../../core/util/durations.js';
import type { Colors } from '../../../core/format/color.js';
import { displayWidth, headOf, padColumns } from '../../columns.js';
import { dependencyText, gateRoles, levelText, meetingWhen, stepText, viaText } from './team-text.js';
import { handlesText, heldText, otherLabel, responseText } from './text.js';
import { MAX_SHOWN_PATHS, morePaths, pathsHeading, tiedHeading, tiedLines } from './unowned-text.js';

/**
 * Compact answers for a terminal: a heading line and aligned columns that fit
 * the terminal's width. Ids are cut when they must be; free text (what a team
 * holds, where to escalate) wraps onto more lines instead, so that the answer
 * itself is never cut.
 */

const GAP = '  ';
const MIN_COLUMN = 6;

/** Cut to `width` with an ellipsis, or pad to it. */
function fit(text: string, width: number, pad: boolean): string {
  if (displayWidth(text) > width) {
    const cut = width <= 1 ? headOf(text, width) : `${headOf(text, width - 1)}…`;
    return pad ? padColumns(cut, width) : cut;
  }
  return pad ? padColumns(text, width) : text;
}

/**
 * Words wrapped to `width`, breaking after spaces; a word longer than the
 * width is split. Always at least one line.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<= )/)) {
    if (displayWidth((line + word).trimEnd()) <= w) {
      line += word;
      continue;
    }
    if (line !== '') lines.push(line.trimEnd());
    let rest = word;
    while (displayWidth(rest.trimEnd()) > w) {
      // At least one character a line, even one wider than the column.
      const head = headOf(rest, w) || [...rest][0] || '';
      lines.push(head);
      rest = rest.slice(head.length);
    }
    line = rest;
  }
  if (line.trimEnd() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/**
 * Aligned columns. When too wide, the free-text columns (`flex`, by default
 * the last) give way first, widest first, down to a few characters, and wrap
 * onto more lines; then the widest of all, cut, so that ids stay whole as
 * long as possible.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
  c: Colors,
  flex: readonly number[] = [headers.length - 1],
): string[] {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1);
  const shrink = (columns: readonly number[]): boolean => {
    let widest: number | undefined;
    for (const i of columns)
      if ((widths[i] ?? 0) > MIN_COLUMN && (widest === undefined || (widths[i] ?? 0) > (widths[widest] ?? 0)))
        widest = i;
    if (widest === undefined) return false;
    widths[widest] = (widths[widest] ?? 0) - 1;
    return true;
  };
  const all = widths.map((_, i) => i);
  while (total() > width && (shrink(flex) || shrink(all)));
  const line = (cells: readonly string[]) =>
    widths
      .map((w, i) => fit(cells[i] ?? '', w, i < widths.length - 1))
      .join(GAP)
      .trimEnd();
  const wrapped = (cells: readonly string[]): string[] => {
    const columns = widths.map((w, i) => (flex.includes(i) ? wrap(cells[i] ?? '', w) : [cells[i] ?? '']));
    const height = Math.max(...columns.map((col) => col.length));
    return Array.from({ length: height }, (_, k) => line(columns.map((col) => col[k] ?? '')));
  };
  return [c.bold(line(headers)), ...rows.flatMap(wrapped)];
}

export function lineFit(text: string, width: number): string {
  return fit(text, width, false);
}

/** A line of free text wrapped to the width, its continuation lines indented. */
export function lineWrap(text: string, width: number, indent = '  '): string[] {
  const [first = ''] = wrap(text, width);
  // The rest of the text as written: a word cut at the end of the first line goes on unbroken.
  const more = text.slice(first.length).trimStart();
  return more === '' ? [first] : [first, ...wrap(more, Math.max(1, width - indent.length)).map((l) => indent + l)];
}

function address(channel: ChannelRef | null): string {
  return channel === null ? '-' : (channel.address ?? channel.id);
}

function holds(h: Pick<AreaTeam | AreaParty, 'responsibility' | 'tasks' | 'duties'>): string {
  const parts: string[] = [];
  if (h.responsibility !== null) parts.push(h.responsibility);
  if (h.tasks.length > 0) parts.push(h.tasks.join(', '));
  if (h.duties.length > 0) parts.push(h.duties.map(heldText).join(', '));
  return parts.join('; ');
}

function escalationLine(target: EscalationTarget | null, note: string | null): string {
  if (!target) return `escalate: none (${note ?? 'no escalation matrix applies'})`;
  if (!target.level) return `escalate: ${target.matrix} (no levels) · ${address(target.channel)}`;
  const l = target.level;
  const parts = [
    `${target.matrix} level ${l.level}`,
    responseText(l.responseMinutes, l.responseTime),
    l.responders.map((r) => r.id).join(', '),
    target.channel ? address(target.channel) : null,
  ];
  return `escalate: ${parts.filter((p): p is string => p !== null && p !== '').join(' · ')}`;
}

export function areaTable(a: AreaAnswer, width: number, c: Colors): string[] {
  const out = [
    `${c.bold(lineFit(a.id, width))}${displayWidth(a.id) + 2 < width ? `  ${lineFit(a.title, width - displayWidth(a.id) - 2)}` : ''}`,
  ];
  const where = `${a.source.file}:${a.source.line}`;
  out.push(...lineWrap(a.paths.length > 0 ? `paths: ${a.paths.join(', ')}  (${where})` : `defined in ${where}`, width));
  const rows = [
    ...a.teams.map((t) => [teamCell(t.team), t.team.lead?.id ?? '-', address(t.team.channel), holds(t)]),
    ...a.others.map((p) => [p.id, '-', '-', `${otherLabel(p)}: ${holds(p)}`]),
  ];
  if (rows.length === 0) out.push(c.yellow('no owner: add owners, or duties with holders'));
  else out.push(...table(['TEAM', 'LEAD', 'CHANNEL', 'HOLDS'], rows, width, c));
  out.push(...lineWrap(escalationLine(a.escalation, a.escalationNote), width));
  return out;
}

export function areasTable(query: string, areas: readonly AreaAnswer[], width: number, c: Colors): string {
  const head = areas.length > 1 ? [`${areas.length} areas match "${query}":`] : [];
  return [...head, ...areas.map((a) => areaTable(a, width, c).join('\n'))].join('\n\n') + '\n';
}

export function pathTable(lookup: PathLookup, areas: readonly AreaAnswer[], width: number, c: Colors): string {
  const rows = [
    ...lookup.winners.map((w) => [w.area, w.pattern, lookup.ambiguous ? 'tie: neither wins' : 'owns']),
    ...lookup.shadowed.map((s) => [s.area, s.pattern, 'less specific']),
  ];
  const head = [c.bold(lookup.path), ...table(['AREA', 'PATTERN', 'RESULT'], rows, width, c)];
  if (lookup.ambiguous) head.push(c.yellow('make one pattern more specific, so that one area wins'));
  return [head.join('\n'), ...areas.map((a) => areaTable(a, width, c).join('\n'))].join('\n\n') + '\n';
}

export function pathsTable(answer: PathsJson, width: number, c: Colors): string {
  const rows = answer.paths.map((r) => [
    r.path === '' ? '.' : r.path,
    r.winners.length === 0 ? '-' : r.winners.map((w) => w.area).join(', '),
    r.winners.length === 0 ? 'no area claims it' : r.winners.map((w) => w.pattern).join(', '),
    r.ambiguous ? 'tie: neither wins' : '',
  ]);
  const head = table(['PATH', 'AREA', 'PATTERN', ''], rows, width, c, [0, 2]);
  return [head.join('\n'), ...answer.areas.map((a) => areaTable(a, width, c).join('\n'))].join('\n\n') + '\n';
}

/** The team id, with its GitHub (else GitLab) handle when it has one. */
function teamCell(team: TeamContact): string {
  const handle = team.handles?.github ?? team.handles?.gitlab ?? null;
  return handle === null ? team.id : `${team.id} ${handle}`;
}

export function teamTable(t: TeamAnswer, width: number, c: Colors): string {
  const id = t.team.id;
  const out: string[] = [];
  out.push(`${c.bold(id)}  ${t.team.name}${dependencyText(t.team.dependency)}`);
  const contact = [`lead ${t.team.lead?.id ?? 'none'}`, `channel ${address(t.team.channel)}`];
  const handles = handlesText(t.team.handles);
  if (handles !== null) contact.push(handles);
  if (t.via) contact.push(`named through ${t.via.id}`);
  out.push(...lineWrap(contact.join(' · '), width));
  const section = (title: string, headers: string[], flex: number[], rows: string[][]) => {
    out.push('');
    if (rows.length === 0) out.push(`${title}: none`);
    else out.push(...table(headers, rows, width, c, flex));
  };
  section(
    'areas',
    ['AREA', 'HOLDS'],
    [1],
    t.areas.map((a) => [a.id, holds(a)]),
  );
  section(
    'meetings',
    ['MEETING', 'WHEN', `PER WEEK (${formatMinutes(t.meetings.minutesPerWeek)})`, 'AS'],
    [1, 3],
    t.meetings.items.map((m) => [
      m.id,
      meetingWhen(m),
      m.minutesPerWeek > 0 ? formatMinutes(m.minutesPerWeek) : m.attendance === 'rotating' ? 'rotating' : '-',
      viaText(m.via, id).replace(/^as /, ''),
    ]),
  );
  section(
    'gates',
    ['GATE', 'ROLE'],
    [1],
    t.gates.map((g) => [`${g.pipeline}/${g.stage}`, gateRoles(g)]),
  );
  section(
    'escalation',
    ['ESCALATION', 'TRIGGER', 'RESPONSE', 'AS'],
    [1, 3],
    t.escalation.map((e) => [
      levelText(e),
      e.trigger,
      responseText(e.responseMinutes, e.responseTime) ?? '-',
      viaText(e.via, id).replace(/^as /, ''),
    ]),
  );
  section(
    'workflows',
    ['WORKFLOW STEP', 'ROLE / DUTIES'],
    [1],
    t.workflows.map((w) => [`${w.workflow}/${w.step}`, stepText(w)]),
  );
  return out.join('\n') + '\n';
}

export function unownedTable(report: UnownedReport, gaps: number, width: number, c: Colors): string {
  const out: string[] = [];
  const section = (title: string, headers: string[], rows: string[][]) => {
    if (out.length > 0) out.push('');
    if (rows.length === 0) out.push(`${title}: none`);
    else out.push(...table(headers, rows, width, c, [headers.length - 2]));
  };
  section(
    'areas with no accountable owner',
    ['UNOWNED AREA', 'WHY', 'WHERE'],
    report.areas.map((a) => [a.id, a.reason, `${a.source.file}:${a.source.line}`]),
  );
  section(
    'duties nobody holds',
    ['UNHELD DUTY', 'IN', 'WHY', 'WHERE'],
    report.duties.map((d) => [d.duty, `${d.in} ${d.owner}`, d.reason, `${d.source.file}:${d.source.line}`]),
  );
  out.push('', pathsHeading(report));
  out.push(...report.paths.files.slice(0, MAX_SHOWN_PATHS).map((f) => lineFit(`  ${f}`, width)));
  const more = morePaths(report);
  if (more !== null) out.push(`  ${more}`);
  if (report.paths.tied.length > 0)
    out.push('', tiedHeading(report), ...tiedLines(report).map((l) => lineFit(l, width)));
  out.push('', gaps === 0 ? c.green('no gaps') : c.yellow(`${gaps} ${gaps === 1 ? 'gap' : 'gaps'}`));
  return out.join('\n') + '\n';
}
