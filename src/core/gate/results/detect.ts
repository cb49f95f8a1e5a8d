/** Which tool wrote a result file, told from its content alone (file names in CI are anyone's choice). */
import { ConfigError } from '../../errors.js';
import { isPlainObject, own } from '../../util/object.js';
import { readActionBenchmark, readBmf } from './bench.js';
import { readK6Data, readK6Export } from './k6.js';
import { readLighthouse } from './lighthouse.js';
import { FORMAT_SOURCE } from './types.js';
import type { ResultFormat, ResultSet } from './types.js';

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

function recognise(data: unknown): ResultFormat | undefined {
  if (Array.isArray(data)) {
    const entries =
      data.length > 0 && data.every((e) => typeof own(e, 'name') === 'string' && isNumber(own(e, 'value')));
    return entries ? 'github-action-benchmark' : undefined;
  }
  if (!isPlainObject(data)) return undefined;
  if (typeof own(data, 'lighthouseVersion') === 'string' && isPlainObject(own(data, 'audits'))) return 'lighthouse';
  const metrics = own(data, 'metrics');
  if (isPlainObject(metrics) && (isPlainObject(own(data, 'root_group')) || isPlainObject(own(data, 'state')))) {
    const values = Object.keys(metrics).map((k) => metrics[k]);
    return values.some((m) => isPlainObject(own(m, 'values'))) ? 'k6-summary-data' : 'k6-summary-export';
  }
  const names = Object.keys(data);
  const bmf =
    names.length > 0 &&
    names.every((name) => {
      const measures = data[name];
      if (!isPlainObject(measures)) return false;
      const keys = Object.keys(measures);
      return keys.length > 0 && keys.every((k) => isNumber(own(measures[k], 'value')));
    });
  return bmf ? 'bencher-bmf' : undefined;
}

const READ: Record<ResultFormat, (data: never) => ResultSet['metrics']> = {
  'k6-summary-export': readK6Export,
  'k6-summary-data': readK6Data,
  lighthouse: readLighthouse,
  'github-action-benchmark': readActionBenchmark,
  'bencher-bmf': readBmf,
};

/** Reads one result file's text. Throws ConfigError (exit 2) naming the file when it is not JSON of a known tool. */
export function readResults(file: string, text: string): ResultSet {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ConfigError(
      `${file} is not JSON (${(error as Error).message}); expected a k6 summary, a Lighthouse report or benchmark JSON`,
    );
  }
  const format = recognise(data);
  if (!format) {
    throw new ConfigError(
      `${file} is not a result file perfcoord knows: expected k6 --summary-export or handleSummary JSON, a Lighthouse report (LHR) JSON, github-action-benchmark JSON ([{ name, unit, value }]) or Bencher metric format (BMF)`,
    );
  }
  const read = READ[format] as (d: unknown) => ResultSet['metrics'];
  return { file, format, source: FORMAT_SOURCE[format], metrics: read(data) };
}
