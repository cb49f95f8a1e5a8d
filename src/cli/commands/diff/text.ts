/** The diff for a terminal: grouped by kind, one line a change, coloured when colour is wanted. */
import type { DiffResult } from '../../../core/diff/types.js';
import { KIND_TITLES, sidesOf } from '../../../core/diff/values.js';
import type { Colors } from '../../../core/format/color.js';
import { safeText } from '../../../core/format/color.js';

export function diffText(result: DiffResult, base: string, head: string, notes: readonly string[], c: Colors): string {
  const lines: string[] = [];
  for (const note of notes) lines.push(c.yellow(`note: ${safeText(note)}`));
  if (result.changes.length === 0) {
    lines.push(`No change to the coordination between ${safeText(base)} and ${safeText(head)}.`);
    return lines.join('\n') + '\n';
  }
  lines.push(c.bold(`Coordination changes from ${safeText(base)} to ${safeText(head)}`));
  let kind: DiffResult['changes'][number]['kind'] | undefined;
  for (const change of result.changes) {
    if (change.kind !== kind) {
      kind = change.kind;
      lines.push('', c.bold(KIND_TITLES[kind]));
    }
    const { before, after } = sidesOf(change);
    const id = safeText(change.id);
    if (change.change === 'added')
      lines.push(`  ${c.green('+')} ${c.green(id)}${after ? ` ${c.dim(safeText(after))}` : ''}`);
    else if (change.change === 'removed')
      lines.push(`  ${c.red('-')} ${c.red(id)}${before ? ` ${c.dim(safeText(before))}` : ''}`);
    else {
      const from = before === '' ? c.dim('(none)') : c.red(safeText(before));
      const to = after === '' ? c.dim('(none)') : c.green(safeText(after));
      const note =
        change.note === undefined
          ? ''
          : ` ${change.regression ? c.red(c.bold(`(${safeText(change.note)})`)) : c.dim(`(${safeText(change.note)})`)}`;
      lines.push(`  ${c.yellow('~')} ${id} ${c.blue(safeText(change.field ?? ''))}: ${from} → ${to}${note}`);
    }
  }
  if (result.teams.length > 0) {
    lines.push('', c.bold('affected teams'));
    for (const team of result.teams) {
      const handles = Object.values(team.handles ?? {})
        .map(safeText)
        .join(' ');
      lines.push(
        `  ${safeText(team.id)}${handles ? ` ${c.blue(handles)}` : ''} ${c.dim(`(${team.concerns.join(', ')})`)}`,
      );
    }
  }
  const n = result.changes.length;
  const regressions = result.changes.filter((x) => x.regression).length;
  lines.push(
    '',
    `${n} ${n === 1 ? 'change' : 'changes'}, ${result.teams.length} ${result.teams.length === 1 ? 'team' : 'teams'} affected${regressions > 0 ? c.red(`, ${regressions} weakening the coordination`) : ''}`,
  );
  return lines.join('\n') + '\n';
}
