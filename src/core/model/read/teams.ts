import { own, ownString } from '../../util/object.js';
import { DEPENDENCIES } from '../types.js';
import type { Dependency, Handles, Model } from '../types.js';
import type { DocReader } from '../reader.js';

/** Teams, roles, groups and programmes. */
export function readTeams(r: DocReader, model: Model): void {
  for (const { item, id, path } of r.items('teams')) {
    const dependency = ownString(item, 'dependency');
    model.teams.push({
      id,
      name: ownString(item, 'name') ?? id,
      dependency: DEPENDENCIES.includes(dependency as Dependency) ? (dependency as Dependency) : undefined,
      lead: r.refOf(item, 'lead', path),
      channel: r.refOf(item, 'channel', path),
      description: ownString(item, 'description'),
      focus: r.strings(item, 'focus'),
      handles: readHandles(item),
      section: r.section,
      loc: r.loc(path),
    });
  }
  for (const { item, id, path } of r.items('roles')) {
    model.roles.push({
      id,
      name: ownString(item, 'name'),
      team: r.refOf(item, 'team', path),
      aliases: r.refs(item, 'aliases', path),
      description: ownString(item, 'description'),
      handles: readHandles(item),
      loc: r.loc(path),
    });
  }
  for (const { item, id, path } of r.items('groups')) {
    model.groups.push({
      id,
      name: ownString(item, 'name'),
      members: r.refs(item, 'members', path),
      description: ownString(item, 'description'),
      loc: r.loc(path),
    });
  }
  for (const { item, id, path } of r.items('programs')) {
    model.programs.push({
      id,
      title: ownString(item, 'title') ?? id,
      concept: ownString(item, 'concept'),
      selection: ownString(item, 'selection'),
      responsibilities: r.strings(item, 'responsibilities'),
      support: r.strings(item, 'support'),
      meeting: r.refOf(item, 'meeting', path),
      members: r.refs(item, 'members', path),
      section: r.section,
      loc: r.loc(path),
    });
  }
}

/** Only well-formed handles are kept: the schema reports the others. */
function readHandles(item: unknown): Handles | undefined {
  const h = own(item, 'handles');
  const out: Handles = {};
  const github = ownString(h, 'github');
  const gitlab = ownString(h, 'gitlab');
  const email = ownString(h, 'email');
  if (github !== undefined && /^@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9._-]+)?$/.test(github)) out.github = github;
  if (gitlab !== undefined && /^@[A-Za-z0-9_.][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_.][A-Za-z0-9_.-]*)*$/.test(gitlab))
    out.gitlab = gitlab;
  if (email !== undefined && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) out.email = email;
  return Object.keys(out).length > 0 ? out : undefined;
}
