/** The sentences every gate format shares: one per verdict, and who answers for a failure. */
import type { GateReport } from '../../gate/check.js';
import { verdictLabel } from '../../gate/check.js';
import type { Verdict } from '../../gate/evaluate.js';
import { plainNumber } from '../../gate/target.js';
import { didYouMean } from '../../util/suggest.js';

export interface GateFormatContext {
  color: boolean;
  now: Date;
  version: string;
  /** Where a criterion is written in the YAML: display path, 1-based line and column. */
  where(v: Verdict): { file: string; line: number; col: number };
}

export type GateFormatter = (report: GateReport, ctx: GateFormatContext) => string;

/** Six significant digits: enough to see a miss, short enough to read. */
export function shown(value: number, unit: string): string {
  const n = plainNumber(Number(value.toPrecision(6)));
  return unit === '' ? n : unit === '%' ? `${n}%` : `${n} ${unit}`;
}

/** "measured 10894.4 ms against <= 2500ms (lhr.json)", or what is missing. */
export function verdictDetail(v: Verdict): string {
  if (v.status === 'missing') return `${v.note ?? 'not measured'}${didYouMean(v.suggestions)}`;
  if (v.actual === undefined) return `${v.note ?? 'not comparable'} (target ${v.measure.target})`;
  return `measured ${shown(v.actual, v.unit)} against ${v.measure.target}${v.file !== undefined ? ` (${v.file})` : ''}`;
}

export function verdictLine(v: Verdict): string {
  return `${verdictLabel(v)} ${v.measure.target}: ${v.status}, ${verdictDetail(v)}`;
}

export function counts(report: GateReport): { pass: number; fail: number; missing: number } {
  const c = { pass: 0, fail: 0, missing: 0 };
  for (const v of report.verdicts) c[v.status]++;
  return c;
}

export function summaryLine(report: GateReport): string {
  const c = counts(report);
  const stage =
    report.stage.name !== undefined ? `gate ${report.stage.id} (${report.stage.name})` : `gate ${report.stage.id}`;
  if (report.verdicts.length === 0) return `${stage} has no measurable criteria`;
  const parts = [`${c.pass} passed`, `${c.fail} failed`, `${c.missing} missing`].join(', ');
  return `${stage} ${report.passed ? 'passed' : 'failed'}: ${parts}`;
}

/** Owner, sign-off and escalation, one line each, for a gate that did not pass. */
export function accountableLines(report: GateReport): string[] {
  const { owner, signOff, escalation } = report.accountable;
  const lines = [
    `owner: ${owner.length > 0 ? owner.join(', ') : 'none named'}`,
    `sign-off: ${signOff.length > 0 ? signOff.join(', ') : 'none named'}`,
  ];
  if (escalation) {
    const name = escalation.name !== undefined ? ` (${escalation.name})` : '';
    const who = escalation.responders.length > 0 ? `, responders ${escalation.responders.join(', ')}` : '';
    const channel = escalation.channel !== undefined ? `, channel ${escalation.channel}` : '';
    lines.push(`escalate: level ${escalation.level}${name} of ${escalation.matrix}${who}${channel}`);
  } else {
    lines.push('escalate: no single escalation matrix in the project');
  }
  return lines;
}
