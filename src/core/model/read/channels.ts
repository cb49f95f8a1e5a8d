import { ownArray, ownNumber, ownString } from '../../util/object.js';
import type { Model } from '../types.js';
import type { DocReader } from '../reader.js';

/** Channels and notification triggers. */
export function readChannels(r: DocReader, model: Model): void {
  for (const { item, id, path } of r.items('channels')) {
    model.channels.push({
      id,
      name: ownString(item, 'name'),
      address: ownString(item, 'address') ?? id,
      type: ownString(item, 'type'),
      usage: ownString(item, 'usage'),
      purpose: ownString(item, 'purpose'),
      section: r.section,
      loc: r.loc(path),
    });
  }
  ownArray(r.data, 'triggers').forEach((item, i) => {
    const path = ['triggers', i];
    const event = ownString(item, 'event');
    if (event === undefined) return;
    model.triggers.push({
      event,
      action: ownString(item, 'action') ?? '',
      channel: r.refOf(item, 'channel', path),
      escalation: r.refOf(item, 'escalation', path),
      level: ownNumber(item, 'level'),
      loc: r.loc(path),
    });
  });
}
