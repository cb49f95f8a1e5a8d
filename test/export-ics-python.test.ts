/**
 * Two more readers of the calendar, independent of ical.js: python-icalendar
 * parses it, python-dateutil expands the RRULEs in the file's own VTIMEZONE.
 * Skipped where they are not installed (Debian: python3-icalendar, python3-dateutil).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/core/load/load.js';
import { modelOf } from '../src/core/validate/validate.js';
import { localOf } from './helpers/ical.js';
import { ROOT, SEED, runCli } from './helpers/run.js';

/** The first python with both modules (a pyenv python may not see Debian's packages). */
function findPython(): string | undefined {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import icalendar, dateutil'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return undefined;
}

const python = findPython();

interface Expanded {
  events: { uid: string; summary: string; dtstamp: string; minutes: number; occurrences: string[] }[];
}

describe.skipIf(python === undefined)('export ics read by python-icalendar and python-dateutil', () => {
  it('expands the weekly schedule over four weeks across the March change: each meeting four times, at its local time', async () => {
    const { stdout } = await runCli(['export', 'ics'], SEED);
    const out = execFileSync(
      python ?? 'python3',
      [path.join(ROOT, 'test/helpers/ics_expand.py'), '2026-03-16T00:00:00+01:00', '2026-04-13T00:00:00+02:00'],
      { input: stdout, encoding: 'utf8' },
    );
    const { events } = JSON.parse(out) as Expanded;
    const weekly = modelOf(loadProject({ cwd: SEED })).model.meetings.filter(
      (m) => m.section.title === 'Weekly Coordination Schedule',
    );
    expect(events.map((e) => e.uid.split('@')[0])).toEqual(weekly.map((m) => m.id));
    for (const [i, meeting] of weekly.entries()) {
      const event = events[i];
      expect(event?.dtstamp).toBe('2025-08-25T00:00:00+00:00');
      expect(event?.minutes).toBe(meeting.durationMinutes);
      expect(event?.occurrences, meeting.id).toHaveLength(4);
      for (const at of event?.occurrences ?? [])
        expect(localOf(new Date(at), 'Europe/Berlin'), meeting.id).toEqual({ day: meeting.day, time: meeting.time });
    }
  });
});
