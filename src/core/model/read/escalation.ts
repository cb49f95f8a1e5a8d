import { parseMinutes } from '../../util/durations.js';
import { isPlainObject, ownArray, ownNumber, ownString } from '../../util/object.js';
import type { Model } from '../types.js';
import type { DocReader } from '../reader.js';

/** An escalation matrix and its levels. */
export function readEscalation(r: DocReader, model: Model): void {
  const id = ownString(r.data, 'id');
  if (id === undefined) return;
  model.matrices.push({
    id,
    title: ownString(r.data, 'title'),
    description: ownString(r.data, 'description'),
    channel: r.refOf(r.data, 'channel', []),
    levels: ownArray(r.data, 'levels').flatMap((item, i) => {
      const path = ['levels', i];
      const level = ownNumber(item, 'level');
      if (!isPlainObject(item) || level === undefined) return [];
      const responseTime = ownString(item, 'responseTime');
      const minutes = responseTime === undefined ? undefined : parseMinutes(responseTime);
      return [
        {
          level,
          name: ownString(item, 'name'),
          trigger: ownString(item, 'trigger') ?? '',
          responseTime: responseTime,
          responseMinutes: minutes,
          responders: r.refs(item, 'responders', path),
          channel: r.refOf(item, 'channel', path),
          actions: r.strings(item, 'actions'),
          loc: r.loc(path),
        },
      ];
    }),
    loc: r.loc([]),
  });
}
