import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { ProjectAnswers } from '../src/core/init/answers.js';
import { ANSWER_FILES, documentsFor } from '../src/core/init/generate.js';
import { runInit } from '../src/cli/init/run.js';
import { loadTemplates } from '../src/cli/init/templates.js';
import { loadProject } from '../src/core/load/load.js';
import { validateProject } from '../src/core/validate/validate.js';
import { CTRL_C, scriptedPrompt, terminalIo } from './fixtures/init/scripted-prompt.js';
import type { Turn } from './fixtures/init/scripted-prompt.js';
import { tempFolders } from './helpers/tmp.js';

const emptyDir = tempFolders('wizard');

function filesIn(dir: string, rel = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesIn(path.join(dir, e.name), `${rel}${e.name}/`) : [`${rel}${e.name}`]))
    .sort();
}

async function wizard(dir: string, turns: readonly Turn[], opts: { template?: string; dir?: string } = {}) {
  const scripted = scriptedPrompt(turns);
  const { io, out, err } = terminalIo(dir);
  const code = await runInit({ template: opts.template ?? 'minimal', ...(opts.dir ? { dir: opts.dir } : {}) }, io, {
    prompt: () => scripted.prompt,
  });
  return {
    code,
    stdout: out(),
    stderr: err(),
    asked: scripted.asked,
    refused: scripted.refused,
    left: scripted.left(),
  };
}

/** Every question answered with Enter, in the order they come. */
const ALL_DEFAULTS: Turn[] = [
  ['Project name'],
  ['Core team id (the team the others depend on)'],
  ['Name of team performance'],
  ['Other teams (ids, separated by commas; - for none)'],
  ['Name of team backend'],
  ['How much does backend depend on performance?'],
  ['Name of team devops'],
  ['How much does devops depend on performance?'],
  ['Name of team qa'],
  ['How much does qa depend on performance?'],
  ['Duties to assign in each shared area (separated by commas; - for none)'],
  ['Shared areas (ids, separated by commas)'],
  ['Title of area performance_monitoring'],
  ['Teams that share performance_monitoring'],
  ['Who holds "setup" in performance_monitoring?'],
  ['Who holds "configuration" in performance_monitoring?'],
  ['Who holds "maintenance" in performance_monitoring?'],
  ['Title of area api_performance'],
  ['Teams that share api_performance'],
  ['Who holds "setup" in api_performance?'],
  ['Who holds "configuration" in api_performance?'],
  ['Who holds "maintenance" in api_performance?'],
  ["Use the seed strategy's 4 escalation levels (15 minutes, 30 minutes, immediate, immediate)?"],
  ['Weekly sync of performance with backend: day'],
  ['Weekly sync of performance with backend: start time (HH:MM)'],
  ['Weekly sync of performance with backend: duration'],
  ['Weekly sync of performance with devops: day'],
  ['Weekly sync of performance with devops: start time (HH:MM)'],
  ['Weekly sync of performance with devops: duration'],
  ['Add a monthly performance review with all teams?'],
  ['Write 5 files to this folder?'],
];

function parsedFiles(dir: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const file of ANSWER_FILES)
    out[file] = parseAllDocuments(readFileSync(path.join(dir, file), 'utf8')).map((d) => d.toJS() as unknown);
  return out;
}

describe('init wizard (injected prompt)', () => {
  it('with every default, writes a seed-shaped project that validates with only the seed’s own warning', async () => {
    const dir = emptyDir();
    const r = await wizard(dir, ALL_DEFAULTS);
    expect(r.left).toEqual([]);
    expect(r.code).toBe(0);
    expect(filesIn(dir)).toEqual([...ANSWER_FILES].sort());
    const result = validateProject(loadProject({ cwd: dir }));
    expect(result.diagnostics.map((d) => `${d.file}:${d.range.start.line + 1} ${d.severity} ${d.rule}`)).toEqual([
      'coordination/escalation.yaml:14 warning escalation-response-order',
    ]);
    const docs = parsedFiles(dir);
    expect(docs['perfcoord.yaml']).toEqual([
      {
        apiVersion: 'perfcoord/v1',
        kind: 'Project',
        name: path.basename(dir),
        coreTeam: 'performance',
        include: ['coordination/**/*.yaml'],
      },
    ]);
    expect(result.model.meetings.map((m) => [m.id, m.frequency, m.day, m.time])).toEqual([
      ['backend_sync', 'weekly', 'tuesday', '10:00'],
      ['devops_sync', 'weekly', 'wednesday', '10:00'],
      ['monthly_performance_review', 'monthly', undefined, undefined],
    ]);
    expect(r.stdout).toContain(
      'Created a perfcoord project in this folder from your answers:\n  perfcoord.yaml\n  coordination/cadence.yaml\n',
    );
    expect(r.stdout).toContain('1 problem (0 errors, 1 warning) in 5 files checked');
    expect(r.stdout).toContain('perfcoord who-owns performance_monitoring');
    expect(r.stderr).toBe('');
  });

  it('writes the files kept in test/fixtures/init/wizard-defaults (a change shows up in review)', async () => {
    const dir = emptyDir();
    const r = await wizard(dir, [['Project name', 'Checkout performance'], ...ALL_DEFAULTS.slice(1)]);
    expect(r.code).toBe(0);
    const golden = path.join(import.meta.dirname, 'fixtures/init/wizard-defaults');
    for (const file of ANSWER_FILES) {
      await expect(readFileSync(path.join(dir, file), 'utf8')).toMatchFileSnapshot(path.join(golden, file));
    }
    await expect(r.stdout).toMatchFileSnapshot(path.join(golden, 'stdout.txt'));
  });

  it('checks each answer as it is given, and writes exactly what was answered', async () => {
    const dir = emptyDir();
    const r = await wizard(dir, [
      ['Project name', '', 'Checkout: 2026 #1 "fast"'],
      ['Core team id', 'Perf Team', 'perf'],
      ['Name of team perf'],
      ['Other teams', 'backend, Backend', 'backend, perf', 'backend, backend_lead', 'backend, search, web'],
      ['Name of team backend'],
      ['How much does backend depend on perf?'],
      ['Name of team search', 'Search & Discovery'],
      ['How much does search depend on perf?', 'critical'],
      ['Name of team web'],
      ['How much does web depend on perf?', 'low'],
      ['Duties to assign', 'setup, tuning'],
      ['Shared areas', '-', 'checkout_latency, search-relevance'],
      ['Title of area checkout_latency', 'Checkout latency'],
      ['Teams that share checkout_latency', [], ['perf', 'search']],
      ['Who holds "setup" in checkout_latency?'],
      ['Who holds "tuning" in checkout_latency?', '*joint'],
      ['Title of area search-relevance'],
      ['Teams that share search-relevance', ['search']],
      ['escalation levels', false],
      ['Level 1: what triggers it?', 'p95 above target for 10 minutes'],
      ['Level 1: response time', 'soon', '15m'],
      ['Level 1: who responds?', [], ['perf', 'backend_lead']],
      ['Add level 2?', true],
      ['Level 2: what triggers it?'],
      ['Level 2: response time', '10m'],
      ['Level 2: who responds?'],
      ['Add level 3?', false],
      ['Weekly sync of perf with backend: day'],
      ['Weekly sync of perf with backend: start time'],
      ['Weekly sync of perf with backend: duration', '45 minutes'],
      ['Weekly sync of perf with search: day', 'tuesday'],
      ['Weekly sync of perf with search: start time', '10:30', '9:00', '11:00'],
      ['Weekly sync of perf with search: duration'],
      ['monthly performance review', false],
      ['Write 5 files to this folder?'],
    ]);
    expect(r.left).toEqual([]);
    expect(r.refused.map((x) => `${x.value} → ${x.reason}`)).toEqual([
      ' → enter a project name',
      'Perf Team → "Perf Team" is not a team id: use lowercase letters and digits, words joined by "_" or "-", starting with a letter such as "perf_team"',
      'backend, Backend → "Backend" is not a team id: use lowercase letters and digits, words joined by "_" or "-", starting with a letter such as "backend"',
      'backend, perf → "perf" is already the team perf',
      'backend, backend_lead → "backend_lead" is already the lead role of team backend',
      '- → name at least one area id',
      ' → choose at least one team',
      'soon → "soon" is not a response time: use "immediate" or an amount such as 15m, 15_minutes, 2h or 1h30m',
      ' → choose at least one responder',
      '10:30 → overlaps the sync with backend (tuesday 10:00, 45 minutes); the core team attends both',
      '9:00 → "9:00" is not a time of day: use 24-hour HH:MM, such as 09:30 or 14:00',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok 5 files checked, no problems');

    const expected: ProjectAnswers = {
      name: 'Checkout: 2026 #1 "fast"',
      core: { id: 'perf', name: 'Perf Team' },
      teams: [
        { id: 'backend', name: 'Backend Development Team', dependency: 'critical' },
        { id: 'search', name: 'Search & Discovery', dependency: 'critical' },
        { id: 'web', name: 'Web Team', dependency: 'low' },
      ],
      areas: [
        {
          id: 'checkout_latency',
          title: 'Checkout latency',
          owners: ['perf', 'search'],
          duties: [
            { name: 'setup', holder: 'search' },
            { name: 'tuning', holder: { joint: ['perf', 'search'] } },
          ],
        },
        {
          id: 'search-relevance',
          title: 'Search relevance',
          owners: ['search'],
          duties: [
            { name: 'setup', holder: 'search' },
            { name: 'tuning', holder: 'search' },
          ],
        },
      ],
      escalation: [
        {
          level: 1,
          trigger: 'p95 above target for 10 minutes',
          responseTime: '15m',
          responders: ['perf', 'backend_lead'],
        },
        { level: 2, trigger: 'sla_breach_imminent', responseTime: '10m', responders: ['team_leads'] },
      ],
      syncs: [
        { team: 'backend', day: 'tuesday', time: '10:00', duration: '45 minutes' },
        { team: 'search', day: 'tuesday', time: '11:00', duration: '30min' },
      ],
      monthlyReview: false,
    };
    expect(parsedFiles(dir)).toEqual(JSON.parse(JSON.stringify(documentsFor(expected))));
    expect(readFileSync(path.join(dir, 'perfcoord.yaml'), 'utf8')).toContain('name: "Checkout: 2026 #1 \\"fast\\""\n');
  });

  it('with --yes, every step keeps its default and nothing is asked', async () => {
    const dir = emptyDir();
    const scripted = scriptedPrompt([]);
    const { io } = terminalIo(dir);
    const code = await runInit({ yes: true, template: 'minimal' }, io, { prompt: () => scripted.prompt });
    expect(code).toBe(0);
    expect(scripted.asked).toEqual([]);
    expect(filesIn(dir)).toEqual(Object.keys(loadTemplates().minimal).sort());
  });

  it('asks nothing before refusing when a file is in the way', async () => {
    const dir = emptyDir();
    writeFileSync(path.join(dir, 'perfcoord.yaml'), 'mine\n');
    const r = await wizard(dir, []);
    expect(r.code).toBe(1);
    expect(r.asked).toEqual([]);
    expect(r.stderr).toBe(
      'perfcoord: perfcoord.yaml already exists; init never overwrites a file. Nothing was written; move it away or choose another folder with --dir.\n',
    );
    expect(filesIn(dir)).toEqual(['perfcoord.yaml']);
    expect(readFileSync(path.join(dir, 'perfcoord.yaml'), 'utf8')).toBe('mine\n');
  });

  it('writes nothing when the last question is declined', async () => {
    const dir = emptyDir();
    const turns = ALL_DEFAULTS.slice(0, -1).concat([['Write 5 files to this folder?', false]]);
    const r = await wizard(dir, turns);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('nothing was written\n');
    expect(filesIn(dir)).toEqual([]);
  });

  for (const at of [0, 3, 13, 22, 29]) {
    const question = ALL_DEFAULTS[at]?.[0] as string;
    it(`writes nothing on Ctrl-C at "${question}"`, async () => {
      const dir = emptyDir();
      const turns = [...ALL_DEFAULTS.slice(0, at), [question, CTRL_C] as Turn];
      const r = await wizard(dir, turns, { dir: 'new/project' });
      expect(r.code).toBe(130);
      expect(r.stderr).toBe('cancelled; nothing was written\n');
      expect(r.stdout).toBe('');
      expect(filesIn(dir)).toEqual([]);
      expect(existsSync(path.join(dir, 'new'))).toBe(false);
    });
  }

  it('with --template seed, asks for the name and writes the seed strategy under it', async () => {
    const dir = emptyDir();
    const r = await wizard(dir, [['Project name', 'Acme performance'], ['Write 23 files to new?']], {
      template: 'seed',
      dir: 'new',
    });
    expect(r.left).toEqual([]);
    expect(r.code).toBe(0);
    const target = path.join(dir, 'new');
    const seed = loadTemplates().seed;
    expect(filesIn(target)).toEqual(Object.keys(seed).sort());
    const result = validateProject(loadProject({ cwd: target }));
    expect(result.model.project?.name).toBe('Acme performance');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.stdout).toContain('Created a perfcoord project in new from the seed template:');
    expect(r.stdout).toContain('  cd new\n');
  });
});
