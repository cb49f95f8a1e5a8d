import { own, ownEntries, ownNumber, ownString } from '../../util/object.js';
import type { Loc, Project, RuleSetting } from '../types.js';
import type { DocReader } from '../reader.js';

/** The project file: name, core team, includes, rule settings, strategy metadata. */
export function readProject(r: DocReader): Project {
  const d = r.data;
  const rules = new Map<string, { setting: RuleSetting; loc: Loc }>();
  for (const [id, setting] of ownEntries(d, 'rules')) {
    if (setting === 'off' || setting === 'info' || setting === 'warning' || setting === 'error') {
      rules.set(id, { setting, loc: r.loc(['rules', id]) });
    }
  }
  const settings = own(d, 'settings');
  const document = own(d, 'document');
  const docs = own(d, 'docs');
  return {
    name: ownString(d, 'name') ?? 'perfcoord project',
    description: ownString(d, 'description'),
    coreTeam: r.refOf(d, 'coreTeam', []),
    include: r.strings(d, 'include'),
    exclude: r.strings(d, 'exclude'),
    rules,
    sprintWeeks: ownNumber(settings, 'sprintWeeks') ?? 2,
    maxWeeklyMeetingHours: ownNumber(settings, 'maxWeeklyMeetingHours') ?? 10,
    timezone: ownString(settings, 'timezone'),
    cadenceStart: ownString(settings, 'cadenceStart'),
    sprintStart: ownString(settings, 'sprintStart'),
    document: {
      version: ownString(document, 'version'),
      created: ownString(document, 'created'),
      owner: r.refOf(document, 'owner', ['document']),
      preparedBy: r.refOf(document, 'preparedBy', ['document']),
      stakeholderReview: ownString(document, 'stakeholderReview'),
      implementationStart: ownString(document, 'implementationStart'),
      reviewFrequency: ownString(document, 'reviewFrequency'),
      summary: ownString(document, 'summary'),
    },
    docsOut: ownString(docs, 'out') ?? 'docs',
    codeownersOut: ownString(own(d, 'codeowners'), 'out'),
    loc: r.loc([]),
  };
}
