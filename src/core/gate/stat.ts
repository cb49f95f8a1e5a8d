/** Which stats and targets a tool's metric can be judged by (the gate-criterion rule and the exports agree through here). */
import type { ResultSource } from '../model/types.js';
import type { Target } from './target.js';

const K6_STATS = new Set(['avg', 'min', 'max', 'med', 'rate', 'count', 'value']);
const PERCENTILE = /^p\((\d+(?:\.\d+)?)\)$/;

/** Why a stat cannot be used with this source, or undefined when it can. */
export function statProblem(source: ResultSource, stat: string | undefined): string | undefined {
  if (source === 'k6') {
    if (stat === undefined) return 'a k6 criterion needs a stat: avg, min, max, med, p(N), rate, count or value';
    const p = PERCENTILE.exec(stat);
    if (p) return Number(p[1]) > 100 ? `a percentile runs from 0 to 100, found ${stat}` : undefined;
    if (K6_STATS.has(stat)) return undefined;
    const near = /^p_?(\d+(?:\.\d+)?)$/i.exec(stat);
    const hint = near ? `; did you mean "p(${near[1]})"?` : '';
    return `"${stat}" is not a k6 stat; expected avg, min, max, med, p(N), rate, count or value${hint}`;
  }
  if (source === 'lighthouse' && stat !== undefined) {
    return 'a Lighthouse criterion takes no stat: an audit is judged by its numericValue, a category by its score';
  }
  return undefined;
}

/** Why a target cannot be used for this metric, or undefined when it can. */
export function targetProblem(
  source: ResultSource,
  metric: string,
  stat: string | undefined,
  target: Target,
): string | undefined {
  const { dimension, unit } = target;
  if (source === 'bench') return undefined;
  if (dimension === 'other') {
    return `"${unit}" is not a unit perfcoord converts; write a time (ms, s), a size (B, kB, MB), a percentage or a plain number`;
  }
  if (source === 'lighthouse' && metric.startsWith('categories:')) {
    if (dimension === 'none' && target.value > 1) {
      return `a category score runs from 0 to 1; write ">= ${target.value / 100}" or ">= ${target.value}%"`;
    }
    if (dimension !== 'none' && dimension !== 'fraction')
      return `a category score is a number from 0 to 1, not a ${dimension === 'time' ? 'time' : 'size'}`;
    return undefined;
  }
  if (dimension === 'fraction' && !(source === 'k6' && stat === 'rate')) {
    return source === 'k6'
      ? 'a percentage fits a k6 Rate (stat: rate); other stats are counts, times or sizes'
      : 'a Lighthouse audit value is a time, a size or a plain number, not a percentage';
  }
  return undefined;
}

/** Lighthouse audit ids are lowercase words joined by "-"; categories are "categories:<id>". */
export function lighthouseNameProblem(metric: string): string | undefined {
  if (/^(?:categories:)?[a-z0-9]+(?:-[a-z0-9]+)*$/.test(metric)) return undefined;
  const kebab = metric
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const hint = /^(?:categories:)?[a-z0-9]+(?:-[a-z0-9]+)*$/.test(kebab) ? `; did you mean "${kebab}"?` : '';
  return `"${metric}" is not a Lighthouse audit id (such as largest-contentful-paint) or "categories:<id>"${hint}`;
}
