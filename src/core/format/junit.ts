import { safeText } from './color.js';
import type { Formatter } from './context.js';

export const escapeXml = (s: string) =>
  s
    // Characters XML 1.0 cannot carry at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/**
 * JUnit XML in the Ant dialect: one testsuite, one testcase per checked file,
 * one failure per finding (as Jenkins and GitLab read it, a testcase may carry
 * several failures).
 */
export const junit: Formatter = (diagnostics, ctx) => {
  const byFile = new Map<string, typeof diagnostics>();
  for (const file of ctx.files) byFile.set(file, []);
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const failing = [...byFile.values()].filter((list) => list.length > 0).length;
  const timestamp = ctx.now.toISOString().slice(0, 19);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites>`,
    `  <testsuite package="perfcoord" id="0" name="perfcoord validate" timestamp="${timestamp}" hostname="localhost" tests="${byFile.size}" failures="${failing}" errors="0" time="0">`,
    '    <properties>',
    `      <property name="perfcoord.version" value="${escapeXml(ctx.version)}"/>`,
    '    </properties>',
  ];
  for (const [file, list] of byFile) {
    // Control characters in a file name are shown escaped, as in the other text formats.
    const name = escapeXml(safeText(file));
    if (list.length === 0) {
      lines.push(`    <testcase name="${name}" classname="${name}" time="0"/>`);
      continue;
    }
    lines.push(`    <testcase name="${name}" classname="${name}" time="0">`);
    for (const d of list) {
      const where = `${safeText(d.file)}:${d.range.start.line + 1}:${d.range.start.col + 1}`;
      lines.push(
        `      <failure message="${escapeXml(safeText(d.message))}" type="${escapeXml(`${d.severity}/${d.rule}`)}">${escapeXml(`${where}: ${d.severity} ${safeText(d.message)} [${d.rule}]`)}</failure>`,
      );
    }
    lines.push('    </testcase>');
  }
  lines.push('    <system-out/>', '    <system-err/>', '  </testsuite>', '</testsuites>');
  return lines.join('\n') + '\n';
};
