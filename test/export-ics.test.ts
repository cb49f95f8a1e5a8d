import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/core/load/load.js';
import { WEEKDAYS } from '../src/core/model/types.js';
import { modelOf } from '../src/core/validate/validate.js';
import { localOf, occurrences, parseCalendar } from './helpers/ical.js';
import { SEED, runCli } from './helpers/run.js';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-ics-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const seedModel = modelOf(loadProject({ cwd: SEED })).model;
const weekly = seedModel.meetings.filter((m) => m.section.title === 'Weekly Coordination Schedule');

describe('export ics of examples/seed', async () => {
  const result = await runCli(['export', 'ics'], SEED);
  const calendar = parseCalendar(result.stdout);
  const events = calendar.getAllSubcomponents('vevent');

  it('prints a calendar and names the meetings it leaves out, once each', () => {
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('BEGIN:VCALENDAR\r\nPRODID:-//perfcoord//')).toBe(true);
    const left = result.stderr.split('\n').filter((l) => l.startsWith('perfcoord: left out '));
    expect(left.map((l) => l.split(' ')[3])).toEqual([
      'daily_sync',
      'architectural_review',
      'sprint_planning',
      'performance_review_board',
      'cross_team_workshop',
      'architecture_alignment',
      'lunch_and_learn',
      'pair_programming_sessions',
      'monthly_champions_meeting',
    ]);
    expect(result.stderr).not.toContain('UTC');
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(result.stdout.endsWith('\r\n')).toBe(true);
    for (const line of result.stdout.split('\r\n')) {
      expect(line).not.toContain('\n');
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('gives every event a UID with the meeting id, DTSTAMP, DTSTART in the zone, DURATION and a valid RRULE', () => {
    expect(events).toHaveLength(10);
    for (const event of events) {
      const uid = String(event.getFirstPropertyValue('uid'));
      expect(uid).toMatch(/^[a-z_]+@team-coordination-strategy-performance-optimization$/);
      expect(event.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-08-25T00:00:00Z');
      expect(event.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
      expect(event.getFirstPropertyValue('duration')).toBeInstanceOf(ICAL.Duration);
      const rrule = event.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect(rrule.isFinite()).toBe(false);
      expect(ICAL.Recur.fromString(rrule.toString()).freq).toBe('WEEKLY');
    }
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
  });

  it('expands, across the March change to summer time, to each weekly meeting four times at its local time', () => {
    // Monday 16 March to Monday 13 April 2026: summer time starts on Sunday 29 March.
    const found = occurrences(calendar, new Date('2026-03-16T00:00:00+01:00'), new Date('2026-04-13T00:00:00+02:00'));
    expect(weekly).toHaveLength(10);
    for (const meeting of weekly) {
      const mine = found.filter((o) => o.uid.startsWith(`${meeting.id}@`));
      expect(mine, meeting.id).toHaveLength(4);
      for (const o of mine) {
        expect(localOf(o.start, 'Europe/Berlin'), meeting.id).toEqual({ day: meeting.day, time: meeting.time });
        expect((o.end.getTime() - o.start.getTime()) / 60_000, meeting.id).toBe(meeting.durationMinutes);
      }
      // The same local time is a different UTC hour on either side of the change.
      const utcHours = new Set(mine.map((o) => o.start.getUTCHours()));
      expect(utcHours.size, meeting.id).toBe(2);
    }
    expect(found).toHaveLength(40);
  });

  it('round-trips the weekly schedule: id, day, time, length and frequency come back', () => {
    const back = events.map((vevent) => {
      const event = new ICAL.Event(vevent);
      const rrule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
      return {
        id: event.uid.split('@')[0],
        day: WEEKDAYS[(event.startDate.dayOfWeek() + 5) % 7],
        time: `${String(event.startDate.hour).padStart(2, '0')}:${String(event.startDate.minute).padStart(2, '0')}`,
        minutes: event.duration.toSeconds() / 60,
        frequency: rrule.freq === 'WEEKLY' && (rrule.interval ?? 1) === 1 ? 'weekly' : rrule.toString(),
      };
    });
    expect(back).toEqual(
      weekly.map((m) => ({ id: m.id, day: m.day, time: m.time, minutes: m.durationMinutes, frequency: m.frequency })),
    );
  });

  it('is byte-identical from run to run; SOURCE_DATE_EPOCH sets DTSTAMP', async () => {
    expect((await runCli(['export', 'ics'], SEED)).stdout).toBe(result.stdout);
    const stamped = await runCli(['export', 'ics'], SEED, { SOURCE_DATE_EPOCH: '1767225600' });
    expect(stamped.stdout).toContain('DTSTAMP:20260101T000000Z\r\n');
    expect(stamped.stdout.replaceAll('20260101T000000Z', '20250825T000000Z')).toBe(result.stdout);
    const bad = await runCli(['export', 'ics'], SEED, { SOURCE_DATE_EPOCH: 'yesterday' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('SOURCE_DATE_EPOCH must be a whole number');
  });
});

describe('export ics --team', () => {
  it('keeps the meetings the team attends, directly or through a role or group', async () => {
    const qa = await runCli(['export', 'ics', '--team', 'qa'], SEED);
    expect(qa.code).toBe(0);
    const uids = parseCalendar(qa.stdout)
      .getAllSubcomponents('vevent')
      .map((e) => String(e.getFirstPropertyValue('uid')).split('@')[0]);
    expect(uids).toContain('qa_performance_testing_review');
    expect(uids).toContain('weekly_retrospective');
    expect(uids).toContain('knowledge_sharing_session'); // through the group all_engineering_teams
    expect(uids).not.toContain('capacity_planning_discussion'); // performance and devops only
    expect(parseCalendar(qa.stdout).getFirstPropertyValue('x-wr-calname')).toBe(
      'Team Coordination Strategy - Performance Optimization cadence: Quality Assurance Team',
    );
  });

  it('refuses an unknown team with the nearest ids (exit 2)', async () => {
    const result = await runCli(['export', 'ics', '--team', 'bakend'], SEED);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('there is no team "bakend"; did you mean "backend"?');
    expect(result.stdout).toBe('');
  });
});

describe('export ics -o FILE', () => {
  it('writes through the safe writer, checks, and never clobbers a file it did not write', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'cadence.ics');
    expect(
      (await runCli(['export', 'ics', '-c', path.join(SEED, 'perfcoord.yaml'), '-o', file, '--check'], dir)).code,
    ).toBe(1);
    const written = await runCli(['export', 'ics', '-c', path.join(SEED, 'perfcoord.yaml'), '-o', 'cadence.ics'], dir);
    expect(written).toMatchObject({ code: 0, stdout: 'Wrote cadence.ics: 10 events.\n' });
    const check = await runCli(['export', 'ics', '-c', path.join(SEED, 'perfcoord.yaml'), '-o', file, '--check'], dir);
    expect(check).toMatchObject({ code: 0, stdout: 'cadence.ics is up to date.\n' });
    writeFileSync(file, readFileSync(file, 'utf8').replace('DURATION:PT15M', 'DURATION:PT20M'));
    expect(
      (await runCli(['export', 'ics', '-c', path.join(SEED, 'perfcoord.yaml'), '-o', file, '--check'], dir)).code,
    ).toBe(1);

    const mine = path.join(dir, 'mine.ics');
    writeFileSync(mine, 'BEGIN:VCALENDAR\r\nPRODID:-//Someone//Their own//EN\r\nEND:VCALENDAR\r\n');
    const refused = await runCli(['export', 'ics', '-c', path.join(SEED, 'perfcoord.yaml'), '-o', mine], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('was not generated by perfcoord');
    expect(readFileSync(mine, 'utf8')).toContain('Their own');
    const forced = await runCli(['export', 'ics', '-c', path.join(SEED, 'perfcoord.yaml'), '-o', mine, '--force'], dir);
    expect(forced.code).toBe(0);

    const link = path.join(dir, 'link.ics');
    symlinkSync(file, link);
    const blocked = await runCli(
      ['export', 'ics', '-c', path.join(SEED, 'perfcoord.yaml'), '-o', link, '--force'],
      dir,
    );
    expect(blocked.code).toBe(2);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('asks for a file with --check', async () => {
    const result = await runCli(['export', 'ics', '--check'], SEED);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--check compares a file');
  });
});

describe('export ics without settings.timezone', () => {
  it('takes times as UTC and says so once', async () => {
    const dir = tempDir();
    cpSync(SEED, dir, { recursive: true });
    const project = path.join(dir, 'perfcoord.yaml');
    writeFileSync(project, readFileSync(project, 'utf8').replace(/^ {2}timezone: .*\n/m, ''));
    const result = await runCli(['export', 'ics'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr.match(/taken as UTC/g)).toHaveLength(1);
    expect(result.stdout).not.toContain('VTIMEZONE');
    expect(result.stdout).toContain('DTSTART:20250825T090000Z\r\n');
  });
});

describe('render docs and the calendars', () => {
  it('writes the calendars export ics writes, links them from cadence.md, and --check sees a stale one', async () => {
    const out = tempDir();
    const written = await runCli(['render', 'docs', '--out', out], SEED);
    expect(written.code).toBe(0);
    const whole = await runCli(['export', 'ics'], SEED);
    expect(readFileSync(path.join(out, 'cadence.ics'), 'utf8')).toBe(whole.stdout);
    const backend = await runCli(['export', 'ics', '--team', 'backend'], SEED);
    expect(readFileSync(path.join(out, 'cadence-backend.ics'), 'utf8')).toBe(backend.stdout);
    const page = readFileSync(path.join(out, 'cadence.md'), 'utf8');
    expect(page).toContain('- [Whole cadence](cadence.ics)');
    expect(page).toContain('- [Backend Development Team](cadence-backend.ics)');

    expect((await runCli(['render', 'docs', '--out', out, '--check'], SEED)).code).toBe(0);
    const file = path.join(out, 'cadence-qa.ics');
    writeFileSync(file, readFileSync(file, 'utf8').replace('PT45M', 'PT50M'));
    const check = await runCli(['render', 'docs', '--out', out, '--check'], SEED);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('cadence-qa.ics: stale');
  });
});
