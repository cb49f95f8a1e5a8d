import type { UnownedReport } from '../../../core/query/unowned.js';
import type { Colors } from '../../../core/format/color.js';

/** Unclaimed paths shown before "… and N more": enough to act on, short enough to read. */
export const MAX_SHOWN_PATHS = 50;

/** The heading of the paths section, with how many files were looked at. */
export function pathsHeading(report: UnownedReport): string {
  const p = report.paths;
  if (!p.checked) return 'code paths no area claims: not checked, no area declares paths';
  const files = `${p.considered} ${p.considered === 1 ? 'file' : 'files'}${p.truncated ? ', listing cut short' : ''}`;
  return p.files.length === 0
    ? `code paths no area claims: none (${files} checked)`
    : `code paths no area claims (${p.files.length} of ${files}):`;
}

export function tiedHeading(report: UnownedReport): string {
  return `code paths areas tie for, so none owns them (${report.paths.tied.length}):`;
}

export function tiedLines(report: UnownedReport): string[] {
  const lines = report.paths.tied.slice(0, MAX_SHOWN_PATHS).map((t) => `  ${t.path}: ${t.areas.join(', ')}`);
  const more = report.paths.tied.length - MAX_SHOWN_PATHS;
  if (more > 0) lines.push(`  … and ${more} more ("--json" lists them all)`);
  return lines;
}

export function morePaths(report: UnownedReport): string | null {
  const more = report.paths.files.length - MAX_SHOWN_PATHS;
  return more > 0 ? `… and ${more} more ("--json" lists them all)` : null;
}

/** The three kinds of gap, each with where to fix it; exit code 1 says there were any. */
export function unownedText(report: UnownedReport, gaps: number, c: Colors): string {
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (out.length > 0) out.push('');
    out.push(lines.length === 0 ? `${c.bold(title)}: none` : `${c.bold(title)}:`, ...lines);
  };
  section(
    'areas with no accountable owner',
    report.areas.map((a) => `  ${a.id}: ${a.reason} (${a.source.file}:${a.source.line})`),
  );
  section(
    'duties nobody holds',
    report.duties.map((d) => `  ${d.in} ${d.owner}, duty ${d.duty}: ${d.reason} (${d.source.file}:${d.source.line})`),
  );
  out.push('', c.bold(pathsHeading(report)));
  out.push(...report.paths.files.slice(0, MAX_SHOWN_PATHS).map((f) => `  ${f}`));
  const more = morePaths(report);
  if (more !== null) out.push(`  ${more}`);
  if (report.paths.tied.length > 0) out.push('', c.bold(tiedHeading(report)), ...tiedLines(report));
  out.push('', gaps === 0 ? c.green('no gaps') : c.yellow(`${gaps} ${gaps === 1 ? 'gap' : 'gaps'}`));
  return out.join('\n') + '\n';
}
