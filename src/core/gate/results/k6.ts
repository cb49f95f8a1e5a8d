/**
 * k6 summaries: `k6 run --summary-export FILE` (stats straight under each
 * metric, a Rate's ratio under "value") and the data handleSummary() receives
 * (stats under "values", with the metric's type and what it contains).
 */
import { isPlainObject, own, ownString } from '../../util/object.js';
import type { Plain } from '../../util/object.js';
import { measurement } from './types.js';
import type { Measurement } from './types.js';

const NOT_STATS = new Set(['thresholds', 'type', 'contains', 'values']);

function stats(values: Plain, read: (stat: string, v: number) => Measurement): Map<string, Measurement> {
  const out = new Map<string, Measurement>();
  for (const key of Object.keys(values)) {
    const v = values[key];
    if (NOT_STATS.has(key) || typeof v !== 'number' || !Number.isFinite(v)) continue;
    out.set(key, read(key, v));
  }
  return out;
}

/** handleSummary data: `contains` says time (ms), data (bytes) or default. */
export function readK6Data(data: Plain): Map<string, Map<string, Measurement>> {
  const metrics = new Map<string, Map<string, Measurement>>();
  const all = own(data, 'metrics');
  if (!isPlainObject(all)) return metrics;
  for (const name of Object.keys(all)) {
    const metric = all[name];
    const values = own(metric, 'values');
    if (!isPlainObject(values)) continue;
    const type = ownString(metric, 'type');
    const contains = ownString(metric, 'contains');
    metrics.set(
      name,
      stats(values, (stat, v) => {
        if (stat === 'count' || stat === 'passes' || stat === 'fails') return measurement(v, '', 'none');
        if (stat === 'rate') return type === 'rate' ? measurement(v, '', 'fraction') : measurement(v, '/s', 'none');
        if (contains === 'time') return measurement(v, 'ms', 'time');
        if (contains === 'data') return measurement(v, 'B', 'data');
        return measurement(v, '', 'none');
      }),
    );
  }
  return metrics;
}

/** --summary-export: no types; a Rate is the metric with passes and fails, its ratio is "value". */
export function readK6Export(data: Plain): Map<string, Map<string, Measurement>> {
  const metrics = new Map<string, Map<string, Measurement>>();
  const all = own(data, 'metrics');
  if (!isPlainObject(all)) return metrics;
  for (const name of Object.keys(all)) {
    const metric = all[name];
    if (!isPlainObject(metric)) continue;
    const isRate = typeof metric.passes === 'number' && typeof metric.fails === 'number';
    const found = stats(metric, (stat, v) => {
      if (stat === 'count' || stat === 'passes' || stat === 'fails') return measurement(v, '', 'none');
      if (isRate && stat === 'value') return measurement(v, '', 'fraction');
      if (stat === 'rate') return measurement(v, '/s', 'none');
      return measurement(v, '', 'unknown');
    });
    // A threshold on a Rate says "rate"; the export writes that figure as "value".
    const ratio = found.get('value');
    if (isRate && ratio && !found.has('rate')) found.set('rate', ratio);
    metrics.set(name, found);
  }
  return metrics;
}
