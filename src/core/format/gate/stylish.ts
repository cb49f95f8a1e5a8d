import { safeText, colors } from '../color.js';
import { verdictLabel } from '../../gate/check.js';
import type { GateFormatter } from './text.js';
import { accountableLines, summaryLine, verdictDetail } from './text.js';

/** One line per criterion, where it is written, then the summary and, on failure, who answers for it. */
export const stylish: GateFormatter = (report, ctx) => {
  const c = colors(ctx.color);
  const out: string[] = [];
  for (const v of report.verdicts) {
    const at = ctx.where(v);
    const status = v.status === 'pass' ? c.green('pass   ') : v.status === 'fail' ? c.red('fail   ') : c.red('missing');
    out.push(
      `${c.dim(`${safeText(at.file)}:${at.line}:${at.col}:`)} ${status} ${safeText(`${verdictLabel(v)} ${v.measure.target}`)} ${c.dim(`[${v.measure.source}]`)}`,
    );
    if (v.status !== 'pass') out.push(`    ${safeText(verdictDetail(v))}`);
    else out.push(`    ${c.dim(safeText(verdictDetail(v)))}`);
  }
  if (out.length > 0) out.push('');
  const summary = summaryLine(report);
  out.push(report.passed ? c.green(summary) : c.red(summary));
  if (!report.passed) for (const line of accountableLines(report)) out.push(`  ${safeText(line)}`);
  return out.join('\n') + '\n';
};
