/**
 * The diff as Markdown for a pull-request comment or a job summary:
 * markdownlint-clean, and never larger than GitHub accepts (the tail is then
 * summarised, and the report says so).
 */
import { code, md, tableOf } from '../render/markdown.js';
import type { DiffResult } from './types.js';
import { KIND_TITLES, countByKind, sidesOf } from './values.js';
import type { DiffKind } from './types.js';

/** GitHub takes up to 64 KiB of comment or summary; this leaves room for a heading of its own. */
export const MAX_MARKDOWN_BYTES = 60_000;
/** Room kept for the summary of what was left out. */
const RESERVE = 4_000;

export interface MarkdownOptions {
  base: string;
  head: string;
  /** Lines to say first: sides that do not validate, a project that does not exist yet. */
  notes?: readonly string[];
  maxBytes?: number;
}

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;
/** Past this many rows the affected teams are counted, not listed. */
const MAX_TEAMS = 200;

export function diffMarkdown(result: DiffResult, options: MarkdownOptions): string {
  const max = options.maxBytes ?? MAX_MARKDOWN_BYTES;
  const { changes, teams } = result;
  const parts: string[] = ['<!-- markdownlint-disable-file MD013 -->', '# Coordination changes'];
  const kinds = countByKind(changes).size;
  parts.push(
    changes.length === 0
      ? `No change to the coordination between ${code(options.base)} and ${code(options.head)}.`
      : `${changes.length} ${changes.length === 1 ? 'change' : 'changes'} in ${kinds} ${kinds === 1 ? 'kind' : 'kinds'} between ${code(options.base)} and ${code(options.head)}; ${teams.length} ${teams.length === 1 ? 'team' : 'teams'} affected.`,
  );
  for (const note of options.notes ?? []) if (md(note) !== '') parts.push(`> ${md(note)}`);
  const regressions = changes.filter((c) => c.regression).length;
  if (regressions > 0)
    parts.push(
      `**${regressions} ${regressions === 1 ? 'change weakens' : 'changes weaken'} the coordination** (marked ⚠).`,
    );
  if (teams.length > 0) {
    parts.push('## Affected teams');
    const rows = teams.slice(0, MAX_TEAMS).map((t) => [
      code(t.id, true),
      md(t.name ?? ''),
      Object.entries(t.handles ?? {})
        .filter(([, v]) => code(v, true) !== '')
        .map(([k, v]) => `${md(k)}: ${code(v, true)}`)
        .join(', '),
      md(t.concerns.join(', ')),
    ]);
    parts.push(tableOf(['Team', 'Name', 'Handles', 'What changed for it'], rows));
    if (teams.length > MAX_TEAMS) parts.push(`And ${teams.length - MAX_TEAMS} more teams (see the JSON output).`);
  }
  let size = bytes(parts.join('\n\n'));
  let shown = 0;
  let kind: DiffKind | undefined;
  let rows: string[][] = [];
  const flush = () => {
    if (kind === undefined || rows.length === 0) return;
    const section = `## ${md(KIND_TITLES[kind], true)}\n\n${tableOf(['Id', 'Change', 'Field', 'Before', 'After', 'Note'], rows)}`;
    parts.push(section);
    rows = [];
  };
  for (const c of changes) {
    const { before, after } = sidesOf(c);
    const row = [
      code(c.id, true),
      c.change,
      c.field === undefined ? '' : code(c.field, true),
      md(before),
      md(after),
      c.note === undefined ? '' : `${c.regression ? '⚠ ' : ''}${md(c.note)}`,
    ];
    const cost = bytes(row.join(' | ')) + 8 + (c.kind !== kind ? 200 + c.kind.length : 0);
    if (size + cost > max - RESERVE) break;
    if (c.kind !== kind) {
      flush();
      kind = c.kind;
    }
    rows.push(row);
    size += cost;
    shown++;
  }
  flush();
  if (shown < changes.length) {
    const rest = changes.slice(shown);
    parts.push(
      '## Not shown',
      `The report stops at ${Math.round(max / 1000)} KB: ${rest.length} more ${rest.length === 1 ? 'change is' : 'changes are'} summarised here. Run \`perfcoord diff\` locally for all of them.`,
      tableOf(
        ['Kind', 'Added', 'Removed', 'Changed'],
        [...countByKind(rest)].map(([k, n]) => [
          md(KIND_TITLES[k as DiffKind]),
          String(n.added),
          String(n.removed),
          String(n.changed),
        ]),
      ),
    );
  }
  return parts.join('\n\n') + '\n';
}
