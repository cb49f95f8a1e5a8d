import { verdictLabel } from '../../gate/check.js';
import { md } from '../../render/markdown.js';
import { shown } from './text.js';
import type { GateFormatter } from './text.js';
import { accountableLines, summaryLine, verdictDetail } from './text.js';

const STATUS = { pass: 'pass', fail: '**fail**', missing: '**missing**' } as const;

/** A table for $GITHUB_STEP_SUMMARY: one row per criterion, then who answers for a failure. */
export const markdown: GateFormatter = (report) => {
  const out = [`## ${md(summaryLine(report), true)}`, ''];
  if (report.verdicts.length > 0) {
    out.push('| Criterion | Source | Target | Measured | Status | Note |', '| --- | --- | --- | --- | --- | --- |');
    for (const v of report.verdicts) {
      const measured = v.actual === undefined ? '' : md(shown(v.actual, v.unit));
      const note = v.status === 'pass' ? md(v.file ?? '') : md(verdictDetail(v));
      out.push(
        `| ${md(verdictLabel(v))} | ${v.measure.source} | ${md(v.measure.target)} | ${measured} | ${STATUS[v.status]} | ${note} |`,
      );
    }
    out.push('');
  }
  if (!report.passed) {
    for (const line of accountableLines(report)) out.push(`- ${md(line)}`);
    out.push('');
  }
  return out.join('\n');
};
