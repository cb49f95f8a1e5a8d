import { ownArray, ownString } from '../../util/object.js';
import type { Area, Model } from '../types.js';
import type { DocReader } from '../reader.js';

/** Shared areas: owners, duties and code paths. */
export function readAreas(r: DocReader, model: Model): void {
  // Plain loops: a large organisation has thousands of areas, read once each in a short run.
  for (const { item, id, path } of r.items('areas')) {
    const paths: Area['paths'] = [];
    const globs = ownArray(item, 'paths');
    const at = path.concat('paths');
    for (let i = 0; i < globs.length; i++) {
      const glob = globs[i];
      if (typeof glob === 'string') paths.push({ glob, loc: r.locAt(at, i) });
    }
    const owners: Area['owners'] = [];
    const listed = ownArray(item, 'owners');
    for (let i = 0; i < listed.length; i++) {
      const owner = listed[i];
      const base = path.concat('owners', i);
      const team = r.refOf(owner, 'team', base);
      if (!team) continue;
      owners.push({
        team,
        responsibility: ownString(owner, 'responsibility'),
        tasks: r.strings(owner, 'tasks'),
        loc: r.loc(base),
      });
    }
    model.areas.push({
      id,
      title: ownString(item, 'title') ?? id,
      description: ownString(item, 'description'),
      paths,
      owners,
      duties: r.duties(item, path),
      escalation: r.refOf(item, 'escalation', path),
      section: r.section,
      loc: r.loc(path),
    });
  }
  const unowned = ownArray(r.data, 'unowned');
  for (let i = 0; i < unowned.length; i++) {
    const glob = unowned[i];
    if (typeof glob === 'string') model.unownedPaths.push({ glob, loc: r.loc(['unowned', i]) });
  }
}
