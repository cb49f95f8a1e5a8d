import { pathToFileURL } from 'node:url';
import type { Severity } from '../diagnostic.js';
import type { Formatter } from './context.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, as GitHub code scanning takes it: every rule described, every result located. */
export const sarif: Formatter = (diagnostics, ctx) => {
  const ruleIndex = new Map<string, number>(ctx.rules.map((r, i) => [r.id, i]));
  const base = pathToFileURL(ctx.cwd.endsWith('/') ? ctx.cwd : `${ctx.cwd}/`).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'perfcoord',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: 'https://github.com/perfcoord/perfcoord',
            rules: ctx.rules.map((r) => ({
              id: r.id,
              name: r.id
                .split('-')
                .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
                .join(''),
              shortDescription: { text: r.description },
              defaultConfiguration: { level: LEVEL[r.severity] },
              helpUri: `https://github.com/perfcoord/perfcoord#rule-${r.id}`,
              properties: { category: r.category },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: base } },
        columnKind: 'utf16CodeUnits',
        artifacts: ctx.files.map((file) => ({ location: { uri: encodeUri(file), uriBaseId: '%SRCROOT%' } })),
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeUri(d.file), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: d.range.start.line + 1,
                  startColumn: d.range.start.col + 1,
                  endLine: d.range.end.line + 1,
                  endColumn: d.range.end.col + 1,
                },
              },
            },
          ],
          ...(d.suggestion !== undefined ? { properties: { suggestion: d.suggestion } } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** A relative path as a URI reference: each segment percent-encoded. */
function encodeUri(file: string): string {
  return file
    .split('/')
    .map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg)))
    .join('/');
}
