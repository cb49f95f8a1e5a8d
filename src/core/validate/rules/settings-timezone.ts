import { didYouMean } from '../../util/suggest.js';
import { isTimeZone, nearestTimeZones } from '../../util/timezones.js';
import type { Rule } from '../rule.js';

export const settingsTimezone: Rule = {
  id: 'settings-timezone',
  severity: 'error',
  description: 'settings.timezone names a time zone of the IANA database.',
  check(ctx) {
    const project = ctx.model.project;
    const zone = project?.timezone;
    if (project === undefined || zone === undefined || isTimeZone(zone)) return;
    const hint =
      didYouMean(nearestTimeZones(zone)) || '; use an IANA name such as "Europe/Berlin" or "America/New_York"';
    ctx.report(
      { doc: project.loc.doc, path: ['settings', 'timezone'] },
      `settings.timezone "${zone}" is not a time zone perfcoord knows${hint}`,
    );
  },
};
