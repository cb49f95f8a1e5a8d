import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { contentLines, escapeText, foldLine } from '../src/core/export/ics-text.js';
import { localOf, occurrences, parseCalendar } from './helpers/ical.js';
import { runCli } from './helpers/run.js';

describe('iCalendar text', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
    ['crlf\r\nline', 'crlf\\nline'],
    ['bell\u0007gone', 'bellgone'],
  ])('escapes %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it('folds at 75 octets, never inside a UTF-8 sequence, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 20 }), (text, key) => {
        const line = `${key.replace(/[\r\n]/g, '')}:${text.replace(/[\r\n]/g, '')}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) {
          const bytes = Buffer.from(physical, 'utf8');
          expect(bytes.length).toBeLessThanOrEqual(75);
          // Each physical line is whole UTF-8 on its own: decoding it loses nothing.
          expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(true);
        }
        expect(folded.replaceAll('\r\n ', '')).toBe(line);
      }),
    );
  });

  it('folds a line of 4-octet characters on character boundaries', () => {
    const folded = foldLine(`SUMMARY:${'🚀'.repeat(40)}`);
    const lines = folded.split('\r\n');
    expect(lines.map((l) => Buffer.byteLength(l))).toEqual([72, 73, 25]);
    expect(contentLines(['A', 'B'])).toBe('A\r\nB\r\n');
  });
});

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A small project whose cadence has every recurrence a calendar can hold. */
function project(settings: string, meetings: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-ics-rec-'));
  temps.push(dir);
  mkdirSync(path.join(dir, 'c'));
  writeFileSync(
    path.join(dir, 'perfcoord.yaml'),
    `apiVersion: perfcoord/v1\nkind: Project\nname: Acme; Perf, Inc.\ncoreTeam: perf\ninclude: [c/*.yaml]\nsettings:\n${settings}`,
  );
  writeFileSync(
    path.join(dir, 'c', 'teams.yaml'),
    'apiVersion: perfcoord/v1\nkind: Teams\nteams:\n  - {id: perf, name: Perf, dependency: core}\n  - {id: web, name: Web, dependency: high}\n',
  );
  writeFileSync(path.join(dir, 'c', 'cadence.yaml'), `apiVersion: perfcoord/v1\nkind: Cadence\nmeetings:\n${meetings}`);
  return dir;
}

const MEETINGS = `
  - {id: standup, frequency: daily, time: "09:30", duration: 15min, participants: [perf, web]}
  - {id: review, title: "Review: latency, errors; and more", frequency: bi-weekly, day: wednesday, time: "11:00", duration: 1hour, starts: "2026-03-04", participants: [perf]}
  - {id: board, frequency: monthly, week: last, day: friday, time: "16:00", duration: 90min, participants: [perf]}
  - {id: kickoff, frequency: monthly, week: first, day: monday, time: "10:00", duration: 30min, participants: [web]}
  - {id: planning, frequency: per_sprint, day: monday, time: "13:00", duration: 2hours, participants: [perf, web]}
  - {id: quarter, frequency: quarterly, week: second, day: tuesday, time: "14:00", duration: 1hour, participants: [perf]}
  - {id: sometimes, frequency: ad-hoc, participants: [perf]}
`;

describe('export ics recurrences, read back by ical.js', async () => {
  const dir = project(
    '  timezone: America/New_York\n  cadenceStart: "2026-01-05"\n  sprintStart: "2026-03-02"\n  sprintWeeks: 3\n',
    MEETINGS,
  );
  const result = await runCli(['export', 'ics'], dir);
  const calendar = parseCalendar(result.stdout);
  // Eight weeks over the American change to summer time (Sunday 8 March 2026).
  const found = occurrences(calendar, new Date('2026-02-23T00:00:00-05:00'), new Date('2026-04-20T00:00:00-04:00'));
  const of = (id: string) =>
    found
      .filter((o) => o.uid.startsWith(`${id}@`))
      .map((o) => ({ ...localOf(o.start, 'America/New_York'), date: o.start }));

  it('writes the RRULE of each frequency', () => {
    expect(result.code).toBe(0);
    const events = result.stdout.slice(result.stdout.indexOf('END:VTIMEZONE'));
    const rules = [...events.matchAll(/^RRULE:(.*)\r$/gm)].map((m) => m[1]);
    // ical.js reads every one of them.
    for (const e of calendar.getAllSubcomponents('vevent')) expect(e.getFirstPropertyValue('rrule')).toBeTruthy();
    expect(rules).toEqual([
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=MO',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=MONTHLY;BYDAY=1MO',
      'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO;WKST=MO',
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU',
    ]);
    expect(result.stderr).toBe('perfcoord: left out sometimes (ad-hoc: not a recurring time)\n');
    expect(String(calendar.getAllSubcomponents('vevent')[0]?.getFirstPropertyValue('uid'))).toBe(
      'standup@acme-perf-inc',
    );
  });

  it('places daily meetings on working days, at the same local time on both sides of the change', () => {
    const standups = of('standup');
    expect(standups).toHaveLength(40);
    expect(new Set(standups.map((s) => s.day))).toEqual(
      new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']),
    );
    expect(new Set(standups.map((s) => s.time))).toEqual(new Set(['09:30']));
  });

  it('counts bi-weekly and per-sprint weeks from their start', () => {
    expect(of('review').map((r) => r.date.toISOString().slice(0, 10))).toEqual([
      '2026-03-04',
      '2026-03-18',
      '2026-04-01',
      '2026-04-15',
    ]);
    expect(of('planning').map((r) => `${r.date.toISOString().slice(0, 10)} ${r.time}`)).toEqual([
      '2026-03-02 13:00',
      '2026-03-23 13:00',
      '2026-04-13 13:00',
    ]);
  });

  it('places monthly and quarterly meetings on their week of the month', () => {
    expect(of('board').map((r) => `${r.date.toISOString().slice(0, 10)} ${r.day} ${r.time}`)).toEqual([
      '2026-02-27 friday 16:00',
      '2026-03-27 friday 16:00',
    ]);
    expect(of('kickoff').map((r) => r.date.toISOString().slice(0, 10))).toEqual(['2026-03-02', '2026-04-06']);
    // Quarterly from January: the second Tuesdays of January, April, July…
    expect(of('quarter').map((r) => r.date.toISOString().slice(0, 10))).toEqual(['2026-04-14']);
  });

  it('escapes the title and the project name', () => {
    expect(result.stdout).toContain('SUMMARY:Review: latency\\, errors\\; and more\r\n');
  });
});

describe('export ics refuses what a calendar cannot hold', () => {
  it('reports an unknown zone and a bi-weekly meeting without a start at the value (exit 1)', async () => {
    const dir = project(
      '  timezone: Europe/Berln\n',
      '  - {id: review, frequency: bi-weekly, day: wednesday, time: "11:00", participants: [perf]}\n  - {id: sync, frequency: weekly, week: first, day: monday, time: "10:00", participants: [perf]}\n',
    );
    const result = await runCli(['export', 'ics'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('perfcoord.yaml:7:13: error settings.timezone "Europe/Berln" is not a time zone');
    expect(result.stderr).toContain('did you mean "Europe/Berlin"?');
    expect(result.stderr).toMatch(
      /cadence\.yaml:4:\d+: error review is bi-weekly on wednesday, but nothing says which weeks/,
    );
    expect(result.stderr).toMatch(/cadence\.yaml:5:\d+: error "week: first" is for monthly and quarterly meetings/);
  });
});
