import { ownString } from '../../util/object.js';
import type { Model } from '../types.js';
import type { DocReader } from '../reader.js';

/** Coordination risks. */
export function readRisks(r: DocReader, model: Model): void {
  for (const { item, id, path } of r.items('risks')) {
    model.risks.push({
      id,
      title: ownString(item, 'title'),
      prevention: ownString(item, 'prevention'),
      detection: ownString(item, 'detection'),
      response: ownString(item, 'response'),
      owner: r.refOf(item, 'owner', path),
      likelihood: ownString(item, 'likelihood'),
      impact: ownString(item, 'impact'),
      section: r.section,
      loc: r.loc(path),
    });
  }
}
