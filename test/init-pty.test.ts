import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadProject } from '../src/core/load/load.js';
import { validateProject } from '../src/core/validate/validate.js';
import { ROOT } from './helpers/run.js';

/**
 * The real binary, on a real (pseudo-)terminal: test/pty/drive.py waits for
 * each question and types the answer, arrow keys and all. Needs python3 and
 * the built dist/ (npm test builds first).
 */
const DRIVER = path.join(ROOT, 'test/pty/drive.py');
const BIN = path.join(ROOT, 'bin/perfcoord.js');
const python = spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0;
const reason = python ? '' : ' (skipped: python3 is not installed, and the pseudo-terminal driver needs it)';

const UP = '\u001b[A';
const DOWN = '\u001b[B';
const ENTER = '\r';
const BACKSPACE = '\u007f';

interface Step {
  expect: string;
  send: string | string[];
}

interface Drive {
  code: number | null;
  signal: number | null;
  transcript: string;
  text: string;
  error: string | null;
}

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function drive(cwd: string, args: string[], steps: Step[]): Drive {
  if (!existsSync(path.join(ROOT, 'dist/cli/init/run.js')))
    throw new Error('dist/ has no init command: build first (node scripts/build.mjs)');
  const script = {
    cmd: [process.execPath, BIN, ...args],
    cwd,
    env: { ...process.env, NO_COLOR: undefined },
    timeout: 15,
    steps,
  };
  const run = spawnSync('python3', [DRIVER], { input: JSON.stringify(script), encoding: 'utf8', timeout: 90_000 });
  if (run.status !== 0) throw new Error(`the driver failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Drive;
}

function answer(expect: string, ...send: string[]): Step {
  return { expect, send: send.length === 0 ? [ENTER] : send };
}

describe(`init on a terminal${reason}`, () => {
  it.skipIf(!python)(
    'answers every kind of question through the real binary and writes a valid project',
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-pty-'));
      temps.push(dir);
      const r = drive(
        dir,
        ['init'],
        [
          answer('Project name', 'Checkout: 2026 #1', ENTER),
          answer('Core team id'),
          answer('Name of team performance'),
          answer('Other teams', 'backend, Search', ENTER),
          answer('"Search" is not a team id', BACKSPACE.repeat(6), 'search', ENTER),
          answer('Name of team backend'),
          answer('How much does backend depend on performance?'),
          answer('Name of team search'),
          answer('How much does search depend on performance?', UP, UP, ENTER),
          answer('Shared areas', 'checkout_latency', ENTER),
          answer('Duties to assign'),
          answer('Title of area checkout_latency'),
          answer('Code paths of checkout_latency', 'src/checkout/**', ENTER),
          answer('Teams that share checkout_latency', DOWN, DOWN, ' ', ENTER),
          answer('Who holds "setup" in checkout_latency?'),
          answer('Who holds "configuration" in checkout_latency?', DOWN, DOWN, ENTER),
          answer('Who holds "maintenance" in checkout_latency?'),
          answer('escalation levels'),
          answer('with backend: day'),
          answer('with backend: start time'),
          answer('with backend: duration'),
          answer('with search: day', UP, ENTER),
          answer('with search: start time', '10:15', ENTER),
          answer('overlaps the sync with backend', BACKSPACE.repeat(5), '11:30', ENTER),
          answer('with search: duration'),
          answer('monthly performance review', 'n', ENTER),
          answer('Write 5 files to this folder?'),
        ],
      );
      expect(r.error, r.text).toBeNull();
      expect(r.code, r.text).toBe(0);
      expect(r.text).toContain('Created a perfcoord project in this folder from your answers:');
      expect(r.text).toContain('Next steps:');
      expect(readdirSync(dir).sort()).toEqual(['coordination', 'perfcoord.yaml']);
      expect(readdirSync(path.join(dir, 'coordination')).sort()).toEqual([
        'cadence.yaml',
        'escalation.yaml',
        'ownership.yaml',
        'teams.yaml',
      ]);

      const doc = (file: string) =>
        parseAllDocuments(readFileSync(path.join(dir, file), 'utf8')).map((d) => d.toJS() as Record<string, unknown>);
      expect(doc('perfcoord.yaml')[0]?.name).toBe('Checkout: 2026 #1');
      expect(doc('coordination/teams.yaml')[0]?.teams).toEqual([
        {
          id: 'performance',
          name: 'Performance Optimization Team',
          dependency: 'core',
          lead: 'performance_lead',
          channel: 'performance',
        },
        {
          id: 'backend',
          name: 'Backend Development Team',
          dependency: 'critical',
          lead: 'backend_lead',
          channel: 'backend',
        },
        { id: 'search', name: 'Search Team', dependency: 'critical', lead: 'search_lead', channel: 'search' },
      ]);
      expect(doc('coordination/ownership.yaml')[0]?.areas).toEqual([
        {
          id: 'checkout_latency',
          title: 'Checkout latency',
          owners: [{ team: 'performance' }, { team: 'backend' }, { team: 'search' }],
          paths: ['src/checkout/**'],
          duties: {
            setup: 'backend',
            configuration: 'search',
            maintenance: { joint: ['performance', 'backend', 'search'] },
          },
        },
      ]);
      expect(
        (doc('coordination/cadence.yaml')[0]?.meetings as Record<string, unknown>[]).map((m) => [
          m.id,
          m.day,
          m.time,
          m.duration,
        ]),
      ).toEqual([
        ['backend_sync', 'tuesday', '10:00', '30min'],
        ['search_sync', 'tuesday', '11:30', '30min'],
      ]);
      const result = validateProject(loadProject({ cwd: dir }));
      expect(result.diagnostics.map((d) => d.rule)).toEqual(['escalation-response-order']);
    },
    90_000,
  );

  it.skipIf(!python)(
    'writes nothing when Ctrl-C is pressed at a question',
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-pty-'));
      temps.push(dir);
      const r = drive(
        dir,
        ['init', '--dir', 'new'],
        [answer('Project name'), answer('Core team id'), answer('Name of team performance', '\u0003')],
      );
      expect(r.error, r.text).toBeNull();
      expect(r.code, r.text).toBe(130);
      expect(r.text).toContain('cancelled; nothing was written');
      expect(readdirSync(dir)).toEqual([]);
    },
    90_000,
  );
});
