import { ownString } from '../../util/object.js';
import type { Model } from '../types.js';
import type { DocReader } from '../reader.js';

/** Documentation spaces. */
export function readDocs(r: DocReader, model: Model): void {
  for (const { item, id, path } of r.items('spaces')) {
    model.spaces.push({
      id,
      title: ownString(item, 'title'),
      location: ownString(item, 'location') ?? '',
      owner: r.refOf(item, 'owner', path),
      maintainers: r.refs(item, 'maintainers', path),
      contributors: r.refs(item, 'contributors', path),
      inputFrom: r.refs(item, 'inputFrom', path),
      access: r.refs(item, 'access', path),
      updateFrequency: ownString(item, 'updateFrequency'),
      reviewProcess: ownString(item, 'reviewProcess'),
      followUp: ownString(item, 'followUp'),
      section: r.section,
      loc: r.loc(path),
    });
  }
}
