import { readFileSync } from 'node:fs';
import path from 'node:path';
import { doc, testRule } from './helpers/rule-tester.js';
import { MINIMAL } from './helpers/run.js';

const CADENCE = 'coordination/cadence.yaml';
const PLAN = 'coordination/plan.yaml';
/** The example's weekly sync (performance and backend, Tuesday 10:00, 30 min) and one meeting more. */
const plusMeeting = (meeting: string) => ({
  [CADENCE]: `${readFileSync(path.join(MINIMAL, CADENCE), 'utf8').trimEnd()}\n${meeting}`,
});
const meeting = (id: string, day: string, time: string, duration: string, participants: string) =>
  `  - id: ${id}\n    title: ${id}\n    frequency: weekly\n    day: ${day}\n    time: "${time}"\n    duration: ${duration}\n    participants: [${participants}]\n`;

testRule('cadence-overlap', {
  valid: [
    {
      name: 'starts as the other ends (the boundary)',
      files: plusMeeting(meeting('m2', 'tuesday', '10:30', '30min', 'backend')),
    },
    { name: 'same time, other teams', files: plusMeeting(meeting('m2', 'tuesday', '10:00', '30min', 'devops')) },
  ],
  invalid: [
    {
      name: 'one minute of overlap',
      files: plusMeeting(meeting('m2', 'tuesday', '10:29', '30min', 'backend')),
      findings: [
        'coordination/cadence.yaml:18:11 warning meeting m2 (tuesday 10:29–10:59) overlaps checkout_perf_sync (10:00–10:30), and both involve backend; move one of them',
      ],
    },
  ],
});

testRule('cadence-critical-sync', {
  valid: [{ name: 'the critical team meets the core team weekly', files: {} }],
  invalid: [
    {
      name: 'the only sync is ad hoc',
      files: {
        [CADENCE]: readFileSync(path.join(MINIMAL, CADENCE), 'utf8').replace('frequency: weekly', 'frequency: ad-hoc'),
      },
      findings: [
        'coordination/teams.yaml:13:17 warning team backend is a critical dependency but has no recurring meeting with the core team performance; add a sync to a Cadence document',
      ],
    },
  ],
});

testRule('cadence-meeting-load', {
  valid: [
    { name: 'exactly the 10 h limit', files: plusMeeting(meeting('long', 'wednesday', '08:00', '9h30m', 'backend')) },
  ],
  invalid: [
    {
      name: 'a minute over the limit',
      files: plusMeeting(meeting('long', 'wednesday', '08:00', '9h31m', 'backend')),
      findings: [
        'coordination/teams.yaml:11:9 warning team backend spends 10h 1min a week in recurring meetings, above the 10h limit (settings.maxWeeklyMeetingHours)',
      ],
    },
  ],
});

/** A Plan document of phases: [id, weeks]. */
const plan = (...phases: [string, string][]) => ({
  [PLAN]: doc(
    'Plan',
    `
id: rollout
title: Rollout
phases:
${phases.map(([id, weeks]) => `  - id: ${id}\n    name: ${id}\n    weeks: ${weeks}\n`).join('')}`,
  ),
});

testRule('plan-order', {
  valid: [
    { name: 'one after the other', files: plan(['a', '1-2'], ['b', '3-4']) },
    { name: 'a phase of one week', files: plan(['a', '1-1'], ['b', '2-3']) },
  ],
  invalid: [
    {
      name: 'starts the week the last one ends (the boundary)',
      files: plan(['a', '1-2'], ['b', '2-3']),
      findings: [
        'coordination/plan.yaml:11:12 error phase b starts in week 2, before phase a ends (week 2); phases follow one another without overlapping',
      ],
    },
    {
      name: 'backwards',
      files: plan(['a', '4-2']),
      findings: ['coordination/plan.yaml:8:12 error phase a runs from week 4 back to week 2; write the range as "2-4"'],
    },
  ],
});
