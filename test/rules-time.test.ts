import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testRule } from './helpers/rule-tester.js';
import { MINIMAL } from './helpers/run.js';

const PROJECT = 'perfcoord.yaml';
const CADENCE = 'coordination/cadence.yaml';
const project = (settings: string) => ({
  [PROJECT]: `${readFileSync(path.join(MINIMAL, PROJECT), 'utf8').trimEnd()}\nsettings:\n${settings}`,
});
/** The example's weekly sync, then one meeting more (its lines after "- id:"), with optional settings. */
const plusMeeting = (lines: string, settings?: string) => ({
  [CADENCE]: `${readFileSync(path.join(MINIMAL, CADENCE), 'utf8').trimEnd()}\n  - id: extra\n${lines}    participants: [performance, backend]\n`,
  ...(settings === undefined ? {} : project(settings)),
});

testRule('settings-timezone', {
  valid: [
    { name: 'an IANA zone', files: project('  timezone: Europe/Berlin\n') },
    { name: 'UTC itself', files: project('  timezone: UTC\n') },
    { name: 'an old alias the runtime knows', files: project('  timezone: Asia/Calcutta\n') },
  ],
  invalid: [
    {
      name: 'a misspelt zone',
      files: project('  timezone: Europe/Berln\n'),
      findings: [
        'perfcoord.yaml:10:13 error settings.timezone "Europe/Berln" is not a time zone perfcoord knows; did you mean "Europe/Berlin"?',
      ],
    },
    {
      name: 'a city without its region',
      files: project('  timezone: Tokio\n'),
      findings: [
        'perfcoord.yaml:10:13 error settings.timezone "Tokio" is not a time zone perfcoord knows; did you mean "Asia/Tokyo"?',
      ],
    },
  ],
});

testRule('cadence-recurrence', {
  valid: [
    {
      name: 'a monthly meeting on the last Friday',
      files: plusMeeting(
        '    frequency: monthly\n    week: last\n    day: friday\n    time: "15:00"\n    duration: 1h\n',
      ),
    },
    {
      name: 'a bi-weekly meeting with its own start',
      files: plusMeeting(
        '    frequency: bi-weekly\n    day: thursday\n    time: "11:00"\n    duration: 30min\n    starts: "2026-01-08"\n',
      ),
    },
    {
      name: 'a bi-weekly meeting after the project-wide start',
      files: plusMeeting(
        '    frequency: bi-weekly\n    day: thursday\n    time: "11:00"\n    duration: 30min\n',
        '  cadenceStart: "2026-01-05"\n',
      ),
    },
    {
      name: 'a bi-weekly meeting without a time is no calendar event',
      files: plusMeeting('    frequency: bi-weekly\n    day: thursday\n'),
    },
    {
      name: 'the last day of a leap February',
      files: plusMeeting('    frequency: monthly\n    starts: "2028-02-29"\n'),
    },
  ],
  invalid: [
    {
      name: 'a week of the month on a weekly meeting',
      files: plusMeeting(
        '    frequency: weekly\n    week: first\n    day: monday\n    time: "09:00"\n    duration: 15min\n',
      ),
      findings: [
        'coordination/cadence.yaml:16:11 error "week: first" is for monthly and quarterly meetings, and extra is weekly; remove "week", or set "frequency: monthly"',
      ],
    },
    {
      name: 'a week of the month without a day',
      files: plusMeeting('    frequency: monthly\n    week: last\n    time: "09:00"\n    duration: 15min\n'),
      findings: [
        'coordination/cadence.yaml:16:11 error "week: last" needs a "day" (the last Monday, the last Friday…); add "day" to extra',
      ],
    },
    {
      name: 'a bi-weekly meeting with nothing to count its weeks from',
      files: plusMeeting('    frequency: bi-weekly\n    day: thursday\n    time: "11:00"\n    duration: 30min\n'),
      findings: [
        'coordination/cadence.yaml:15:16 error extra is bi-weekly on thursday, but nothing says which weeks it falls in; add "starts: YYYY-MM-DD" (its first day) to the meeting, or settings.cadenceStart to perfcoord.yaml',
      ],
    },
    {
      name: 'a day that does not exist',
      files: plusMeeting('    frequency: monthly\n    starts: "2027-02-29"\n'),
      findings: [
        'coordination/cadence.yaml:16:13 error starts 2027-02-29 is not a day of the calendar; write an existing date such as "2026-01-05"',
      ],
    },
  ],
});
