import type { ResultSource } from '../../model/types.js';
import type { Dimension } from '../target.js';

export type ResultFormat =
  'k6-summary-export' | 'k6-summary-data' | 'lighthouse' | 'github-action-benchmark' | 'bencher-bmf';

/** One figure of one metric, as the file reports it and in its dimension's base unit. */
export interface Measurement {
  /** The number as the file reports it. */
  raw: number;
  /** The unit as the file reports it ('' when it names none). */
  unit: string;
  /** 'unknown': a k6 summary export, which does not say; k6 reports time in ms, so a time target is read in ms. */
  dimension: Dimension | 'unknown';
  /** raw in the base unit of its dimension (ms, bytes, fraction). */
  base: number;
}

/** What one result file measured: metric name → stat → figure ('' for a metric of a single figure). */
export interface ResultSet {
  /** The file as named on the command line; reported as is. */
  file: string;
  format: ResultFormat;
  source: ResultSource;
  metrics: Map<string, Map<string, Measurement>>;
}

export const FORMAT_SOURCE: Record<ResultFormat, ResultSource> = {
  'k6-summary-export': 'k6',
  'k6-summary-data': 'k6',
  lighthouse: 'lighthouse',
  'github-action-benchmark': 'bench',
  'bencher-bmf': 'bench',
};

export function measurement(raw: number, unit: string, dimension: Measurement['dimension'], factor = 1): Measurement {
  return { raw, unit, dimension, base: raw * factor };
}
