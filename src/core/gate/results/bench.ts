/**
 * Benchmark results: github-action-benchmark's custom JSON ([{ name, unit,
 * value }]) and Bencher's metric format (BMF: { name: { measure: { value } } }).
 */
import { isPlainObject, ownNumber, ownString } from '../../util/object.js';
import type { Plain } from '../../util/object.js';
import { unitScale } from '../target.js';
import { measurement } from './types.js';
import type { Measurement } from './types.js';

/** "ns/iter" is time per iteration, "Percent" a percentage, "Megabytes" data: units benchmark tools write. */
function fromUnit(value: number, unit: string): Measurement {
  const perOp = /^(.+?)\/(?:iter|op|ops|call|run)$/i.exec(unit)?.[1] ?? unit;
  const lower = perOp.toLowerCase();
  const scale =
    unitScale(perOp) ??
    (lower === 'percent' ? unitScale('%') : undefined) ??
    (lower === 'bytes' || lower === 'byte' ? unitScale('B') : undefined) ??
    (lower === 'kilobytes' ? unitScale('kB') : undefined) ??
    (lower === 'megabytes' ? unitScale('MB') : undefined) ??
    (lower === 'seconds' ? unitScale('s') : undefined) ??
    (lower === 'milliseconds' ? unitScale('ms') : undefined) ??
    (lower === 'nanoseconds' ? unitScale('ns') : undefined);
  if (!scale || scale.dimension === 'none') return measurement(value, unit, unit === '' ? 'none' : 'other');
  return measurement(value, unit, scale.dimension, scale.factor);
}

export function readActionBenchmark(data: unknown[]): Map<string, Map<string, Measurement>> {
  const metrics = new Map<string, Map<string, Measurement>>();
  for (const entry of data) {
    const name = ownString(entry, 'name');
    const value = ownNumber(entry, 'value');
    if (name === undefined || value === undefined || metrics.has(name)) continue;
    metrics.set(name, new Map([['', fromUnit(value, ownString(entry, 'unit') ?? '')]]));
  }
  return metrics;
}

/** Bencher's built-in measures and their units; others are compared as plain numbers. */
const BMF_UNITS: Record<string, string> = {
  latency: 'ns',
  throughput: 'ops/s',
  'file-size': 'B',
  'build-time': 's',
};

export function readBmf(data: Plain): Map<string, Map<string, Measurement>> {
  const metrics = new Map<string, Map<string, Measurement>>();
  for (const name of Object.keys(data)) {
    const measures = data[name];
    if (!isPlainObject(measures)) continue;
    const found = new Map<string, Measurement>();
    for (const measure of Object.keys(measures)) {
      const value = ownNumber(measures[measure], 'value');
      if (value !== undefined) found.set(measure, fromUnit(value, BMF_UNITS[measure] ?? ''));
    }
    metrics.set(name, found);
  }
  return metrics;
}
