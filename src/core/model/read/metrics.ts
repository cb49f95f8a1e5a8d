import { ownString } from '../../util/object.js';
import type { Model } from '../types.js';
import type { DocReader } from '../reader.js';

/** Metrics and KPIs. */
export function readMetrics(r: DocReader, model: Model): void {
  for (const { item, id, path } of r.items('metrics')) {
    model.metrics.push({
      id,
      name: ownString(item, 'name'),
      abbreviation: ownString(item, 'abbreviation'),
      category: ownString(item, 'category'),
      owner: r.refOf(item, 'owner', path),
      unit: ownString(item, 'unit'),
      target: ownString(item, 'target'),
      source: ownString(item, 'source'),
      stat: ownString(item, 'stat'),
      description: ownString(item, 'description'),
      section: r.section,
      loc: r.loc(path),
    });
  }
}
