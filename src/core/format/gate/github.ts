import { verdictLabel } from '../../gate/check.js';
import { escapeData, escapeProperty } from '../github.js';
import type { GateFormatter } from './text.js';
import { accountableLines, summaryLine, verdictDetail } from './text.js';

/** An error annotation at each failing criterion's line in the YAML, then a notice with the summary. */
export const github: GateFormatter = (report, ctx) => {
  const out: string[] = [];
  const who = report.passed ? '' : ` (${accountableLines(report).join('; ')})`;
  for (const v of report.verdicts) {
    if (v.status === 'pass') continue;
    const at = ctx.where(v);
    const props = [
      `file=${escapeProperty(at.file)}`,
      `line=${at.line}`,
      `col=${at.col}`,
      `title=${escapeProperty(`perfcoord gate ${report.stage.id}: ${verdictLabel(v)} ${v.status}`)}`,
    ];
    out.push(
      `::error ${props.join(',')}::${escapeData(`${verdictLabel(v)} ${v.measure.target}: ${verdictDetail(v)}${who}`)}\n`,
    );
  }
  out.push(`::${report.passed ? 'notice' : 'error'}::${escapeData(`${summaryLine(report)}${who}`)}\n`);
  return out.join('');
};
