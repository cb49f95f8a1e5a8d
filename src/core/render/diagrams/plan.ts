import type { Plan } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { accLine, ganttText } from '../mermaid.js';

// Week numbers are relative to the start; without a start date the chart
// begins on a Monday that is ISO week 1, so the axis reads "Week 01, 02, …".
const NOMINAL_START = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function startOf(plan: Plan): number | undefined {
  if (plan.start === undefined || !/^\d{4}-\d\d-\d\d$/.test(plan.start)) return undefined;
  const ms = Date.parse(`${plan.start}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The plan as a gantt chart: one bar a phase, with how many of its items are done. */
export function renderPlan(_ctx: RenderContext, plan: Plan): string {
  const start = startOf(plan);
  const base = start ?? NOMINAL_START;
  const lastWeek = Math.max(0, ...plan.phases.map((p) => p.weeks?.to ?? 0));
  const weekAxis = start === undefined && lastWeek <= 52;
  const out = [
    'gantt',
    ...accLine('accTitle', plan.title ?? plan.id),
    ...accLine('accDescr', plan.description),
    '  dateFormat YYYY-MM-DD',
    `  axisFormat ${weekAxis ? 'Week %V' : '%Y-%m-%d'}`,
    '  tickInterval 1week',
    '  weekday monday',
    '  todayMarker off',
    `  section ${ganttText(plan.title ?? plan.id)}`,
  ];
  plan.phases.forEach((phase, i) => {
    const done = phase.items.filter((item) => item.done).length;
    const total = phase.items.length;
    const status = total > 0 && done === total ? 'done, ' : done > 0 ? 'active, ' : '';
    const name = `${phase.name}${total > 0 ? ` (${done}/${total} done)` : ''}`;
    const when = phase.weeks
      ? `${isoDate(base + Math.max(0, phase.weeks.from - 1) * 7 * DAY)}, ${Math.max(1, phase.weeks.to - phase.weeks.from + 1) * 7}d`
      : i === 0
        ? `${isoDate(base)}, 7d`
        : `after p${i - 1}, 7d`;
    out.push(`  ${ganttText(name)} :${status}p${i}, ${when}`);
  });
  if (plan.phases.length === 0) out.push(`  ${ganttText('no phases declared')} :p0, ${isoDate(base)}, 1d`);
  return `${out.join('\n')}\n`;
}
