import { safeText } from '../color.js';
import { verdictLabel } from '../../gate/check.js';
import { escapeXml } from '../junit.js';
import type { GateFormatter } from './text.js';
import { accountableLines, verdictDetail } from './text.js';

/**
 * JUnit XML in the Ant dialect, as `validate -f junit` writes it: one
 * testsuite for the stage, one testcase per criterion; a missing figure is a
 * failure too, since an unmeasured criterion must not pass.
 */
export const junit: GateFormatter = (report, ctx) => {
  const failing = report.verdicts.filter((v) => v.status !== 'pass').length;
  const timestamp = ctx.now.toISOString().slice(0, 19);
  const suite = escapeXml(safeText(`perfcoord gate ${report.stage.id}`));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    `  <testsuite package="perfcoord" id="0" name="${suite}" timestamp="${timestamp}" hostname="localhost" tests="${report.verdicts.length}" failures="${failing}" errors="0" time="0">`,
    '    <properties>',
    `      <property name="perfcoord.version" value="${escapeXml(ctx.version)}"/>`,
    `      <property name="perfcoord.stage" value="${escapeXml(safeText(report.stage.id))}"/>`,
    '    </properties>',
  ];
  for (const v of report.verdicts) {
    const name = escapeXml(safeText(`${verdictLabel(v)} ${v.measure.target}`));
    const classname = escapeXml(safeText(`${report.stage.id}.${v.measure.source}`));
    if (v.status === 'pass') {
      lines.push(`    <testcase name="${name}" classname="${classname}" time="0"/>`);
      continue;
    }
    const at = ctx.where(v);
    const detail = safeText(verdictDetail(v));
    const body = [
      `${safeText(at.file)}:${at.line}:${at.col}: ${v.status} ${detail}`,
      ...accountableLines(report).map(safeText),
    ];
    lines.push(
      `    <testcase name="${name}" classname="${classname}" time="0">`,
      `      <failure message="${escapeXml(`${v.status}: ${detail}`)}" type="${v.status}">${escapeXml(body.join('\n'))}</failure>`,
      '    </testcase>',
    );
  }
  lines.push('    <system-out/>', '    <system-err/>', '  </testsuite>', '</testsuites>');
  return lines.join('\n') + '\n';
};
