/** A Lighthouse result (LHR): each audit's numericValue, and each category's score as "categories:<id>". */
import { isPlainObject, own, ownNumber, ownString } from '../../util/object.js';
import type { Plain } from '../../util/object.js';
import { measurement } from './types.js';
import type { Measurement } from './types.js';

function auditValue(audit: unknown): Measurement | undefined {
  const value = ownNumber(audit, 'numericValue');
  if (value === undefined) return undefined;
  switch (ownString(audit, 'numericUnit')) {
    case 'millisecond':
      return measurement(value, 'ms', 'time');
    case 'second':
      return measurement(value, 's', 'time', 1000);
    case 'byte':
      return measurement(value, 'B', 'data');
    default:
      return measurement(value, '', 'none');
  }
}

export function readLighthouse(data: Plain): Map<string, Map<string, Measurement>> {
  const metrics = new Map<string, Map<string, Measurement>>();
  const audits = own(data, 'audits');
  if (isPlainObject(audits)) {
    for (const id of Object.keys(audits)) {
      const m = auditValue(audits[id]);
      if (m) metrics.set(id, new Map([['', m]]));
    }
  }
  const categories = own(data, 'categories');
  if (isPlainObject(categories)) {
    for (const id of Object.keys(categories)) {
      const score = ownNumber(categories[id], 'score');
      if (score !== undefined) metrics.set(`categories:${id}`, new Map([['', measurement(score, '', 'fraction')]]));
    }
  }
  return metrics;
}
