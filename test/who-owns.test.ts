import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED, runCli } from './helpers/run.js';
import { tempFolders } from './helpers/tmp.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/who-owns');
const tmpDir = tempFolders('who');
const OVERLAP = path.join(FIXTURES, 'overlap');
const GAPS = path.join(FIXTURES, 'gaps');
const expected = (name: string) => readFileSync(path.join(FIXTURES, 'expected', name), 'utf8');

const ESCALATE_SEED = [
  '  escalate: performance_escalation, level 1',
  '    trigger: performance_degradation_detected',
  '    respond: in 15min',
  '    responders: performance_engineer (performance), backend_engineer (backend)',
  '    channel: architecture-escalation (#architecture-escalation)',
];

const DATABASE_OPTIMIZATION = [
  'database_optimization: Database optimization',
  '  defined in coordination/ownership/backend-shared-responsibilities.yaml:7',
  '  paths: src/db/**, migrations/**',
  '',
  '  backend: Backend Development Team',
  '    responsibility: Query optimization, schema design',
  '    lead: backend_lead (Backend Team Lead)',
  '    channel: backend-dev (#backend-dev)',
  '',
  '  performance: Performance Optimization Team',
  '    responsibility: Connection pooling, caching strategies',
  '    lead: perf_lead (Performance Team Lead)',
  '    channel: performance-team (#performance-team)',
  '',
  ...ESCALATE_SEED,
  '',
].join('\n');

const PERFORMANCE_MONITORING = [
  'performance_monitoring: Performance monitoring',
  '  defined in coordination/ownership/joint-responsibilities.yaml:7',
  '',
  '  devops: DevOps/Infrastructure Team',
  '    duties: setup, maintenance (joint with performance)',
  '    lead: devops_lead (DevOps Team Lead)',
  '    channel: devops-infra (#devops-infra)',
  '',
  '  performance: Performance Optimization Team',
  '    duties: configuration, maintenance (joint with devops)',
  '    lead: perf_lead (Performance Team Lead)',
  '    channel: performance-team (#performance-team)',
  '',
  ...ESCALATE_SEED,
  '',
].join('\n');

describe('who-owns in examples/seed: the answers the strategy promises', () => {
  it.each([
    ['database_optimization', DATABASE_OPTIMIZATION],
    ['performance_monitoring', PERFORMANCE_MONITORING],
    // Other spellings find the same area and print the same answer.
    ['Database-Optimization', DATABASE_OPTIMIZATION],
    ['performance monitoring', PERFORMANCE_MONITORING],
  ])('who-owns %s', async (query, text) => {
    const r = await runCli(['who-owns', query], SEED);
    expect(r).toEqual({ code: 0, stdout: text, stderr: '' });
  });

  it.each([
    ['database_optimization', 'seed-database_optimization.json'],
    ['performance_monitoring', 'seed-performance_monitoring.json'],
  ])('who-owns --json %s', async (query, file) => {
    const r = await runCli(['who-owns', '--json', query], SEED);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected(file));
  });

  it('prints the same areas by path as by id', async () => {
    const r = await runCli(['who-owns', 'src/db/pool.ts'], SEED);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`src/db/pool.ts: database_optimization (pattern src/db/**)\n\n${DATABASE_OPTIMIZATION}`);
  });

  it('takes a path from the working folder, inside the project', async () => {
    const r = await runCli(['who-owns', '../src/api/v1/users.ts'], path.join(SEED, 'coordination'));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('src/api/v1/users.ts: api_performance (pattern src/api/**)');
    // File names are shown from the working folder, like validate shows them.
    expect(r.stdout).toContain('  defined in ownership/backend-shared-responsibilities.yaml:15\n');
  });

  it('takes a path from the project folder when the working folder is elsewhere', async () => {
    const r = await runCli(['who-owns', '-c', 'examples/seed/perfcoord.yaml', 'migrations/0001_init.sql'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('migrations/0001_init.sql: database_optimization (pattern migrations/**)');
  });

  it('names the role a team holds a duty through, and a role of no team on its own', async () => {
    const r = await runCli(['who-owns', 'incident_response'], SEED);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'incident_response: Incident response',
        '  defined in coordination/ownership/joint-responsibilities.yaml:23',
        '',
        '  devops: DevOps/Infrastructure Team',
        '    duties: infrastructure_issues (as devops_lead)',
        '    lead: devops_lead (DevOps Team Lead)',
        '    channel: devops-infra (#devops-infra)',
        '',
        '  performance: Performance Optimization Team',
        '    duties: application_issues (as perf_lead)',
        '    lead: perf_lead (Performance Team Lead)',
        '    channel: performance-team (#performance-team)',
        '',
        '  incident_commander: Incident Commander (a role of no team)',
        '    duties: coordination',
        '',
        ...ESCALATE_SEED,
        '',
      ].join('\n'),
    );
  });

  it('lists every area an ambiguous query matches', async () => {
    const r = await runCli(['who-owns', 'monitoring'], SEED);
    expect(r.code).toBe(0);
    expect(
      r.stdout.startsWith('2 areas match "monitoring":\n\nmonitoring_infrastructure: Monitoring infrastructure\n'),
    ).toBe(true);
    expect(r.stdout).toContain('\n\nperformance_monitoring: Performance monitoring\n');
    const json = JSON.parse((await runCli(['who-owns', '--json', 'monitoring'], SEED)).stdout);
    expect([json.match, json.ambiguous, json.areas.map((a: { id: string }) => a.id)]).toEqual([
      'words',
      true,
      ['monitoring_infrastructure', 'performance_monitoring'],
    ]);
  });
});

describe('who-owns: no match', () => {
  it.each([
    // args, stderr
    [
      ['databse_optimization'],
      'perfcoord: no area matches "databse_optimization"; did you mean "database_optimization"?\n',
    ],
    [['kubernetes'], 'perfcoord: no area matches "kubernetes"\n'],
    [
      ['backend'],
      'perfcoord: no area matches "backend"; backend is a team: "perfcoord who-owns --team backend" lists what it holds\n',
    ],
    [['--team', 'backnd'], 'perfcoord: no team or role "backnd"; did you mean "backend"?\n'],
    [
      ['--team', 'team_leads'],
      'perfcoord: "team_leads" is a group, not a team; name one of its teams; did you mean "performance", "backend", "devops", "qa" or "architecture"?\n',
    ],
    [['--team', 'incident_commander'], 'perfcoord: "incident_commander" is a role that belongs to no team\n'],
    [
      ['src/other/x.ts'],
      'perfcoord: no area claims src/other/x.ts; areas with paths nearby: database_optimization (src/db/**), api_performance (src/api/**), memory_management (src/runtime/memory/**)\n',
    ],
    [['README.md'], 'perfcoord: no area claims README.md\n'],
  ])('who-owns %j exits 1', async (args, stderr) => {
    const r = await runCli(['who-owns', ...args], SEED);
    expect(r).toEqual({ code: 1, stdout: '', stderr });
  });

  it('still prints JSON for scripts, with the suggestions', async () => {
    const r = await runCli(['who-owns', '--json', 'databse_optimization'], SEED);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      version: 1,
      kind: 'area',
      query: 'databse_optimization',
      incomplete: false,
      match: null,
      ambiguous: false,
      areas: [],
      suggestions: ['database_optimization'],
    });
    const where = await runCli(['who-owns', '--json', 'src/other/x.ts'], SEED);
    expect(where.code).toBe(1);
    const nearby = (JSON.parse(where.stdout) as { nearby: { area: string }[] }).nearby;
    expect(nearby.map((n) => n.area)).toEqual(['database_optimization', 'api_performance', 'memory_management']);
    const team = await runCli(['who-owns', '--json', '--team', 'backnd'], SEED);
    expect(team.code).toBe(1);
    expect(JSON.parse(team.stdout)).toEqual({
      version: 1,
      kind: 'team',
      query: 'backnd',
      incomplete: false,
      team: null,
      reason: 'no team or role "backnd"',
      suggestions: ['backend'],
    });
  });
});

describe('who-owns with several paths ($(git diff --name-only))', () => {
  it('answers each path, describes each winning area once, and exits 1 naming the unclaimed ones', async () => {
    const r = await runCli(['who-owns', 'src/db/pool.ts', 'migrations/1.sql', 'README.md', 'src/db/pool.ts'], SEED);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('perfcoord: no area claims 1 of 3 paths: README.md\n');
    expect(r.stdout).toBe(
      [
        'src/db/pool.ts: database_optimization (pattern src/db/**)',
        'migrations/1.sql: database_optimization (pattern migrations/**)',
        'README.md: no area claims it',
        '',
        DATABASE_OPTIMIZATION,
      ].join('\n'),
    );
  });

  it('exits 0 when every path is claimed, with one JSON object for all of them', async () => {
    const r = await runCli(['who-owns', '--json', 'src/api/users.ts', 'src/db/pool.ts'], SEED);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as {
      kind: string;
      paths: { path: string; winners: { area: string }[] }[];
      unclaimed: string[];
      areas: { id: string }[];
    };
    expect(json.kind).toBe('paths');
    expect(json.paths.map((p) => [p.path, p.winners.map((w) => w.area)])).toEqual([
      ['src/api/users.ts', ['api_performance']],
      ['src/db/pool.ts', ['database_optimization']],
    ]);
    expect(json.unclaimed).toEqual([]);
    expect(json.areas.map((a) => a.id)).toEqual(['api_performance', 'database_optimization']);
  });

  it('takes words that happen to name files as a title when a title has them', async () => {
    const project = path.join(tmpDir(), 'seed');
    cpSync(SEED, project, { recursive: true });
    mkdirSync(path.join(project, 'test'));
    writeFileSync(path.join(project, 'strategy'), '');
    const r = await runCli(['who-owns', 'test', 'strategy'], project);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('test_strategy_alignment: Test strategy alignment');
  });

  it('still takes several plain words as the words of a title', async () => {
    const r = await runCli(['who-owns', 'api', 'performance'], SEED);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('api_performance: API performance');
  });
});

describe('who-owns: usage', () => {
  it.each([
    [[], 'perfcoord: name an area (id or words of its title) or a file path, or use --team TEAM or --unowned\n'],
    [['--unowned', 'x'], 'perfcoord: --unowned takes no query and no --team\n'],
    [['--unowned', '--team', 'qa'], 'perfcoord: --unowned takes no query and no --team\n'],
    [['--team', 'qa', 'x'], 'perfcoord: ask about an area or path, or about a team with --team, not both at once\n'],
    [['/etc/hosts'], `perfcoord: /etc/hosts is outside the project folder ${SEED}; areas claim paths inside it\n`],
    [['../../x.ts'], `perfcoord: ../../x.ts is outside the project folder ${SEED}; areas claim paths inside it\n`],
  ])('who-owns %j exits 2', async (args, stderr) => {
    const r = await runCli(['who-owns', ...args], SEED);
    expect(r).toEqual({ code: 2, stdout: '', stderr });
  });

  it('exits 2 without a project', async () => {
    const r = await runCli(['who-owns', 'x'], path.parse(ROOT).root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^perfcoord: no perfcoord.yaml in /);
  });
});

describe('who-owns on a project with validation errors', () => {
  const WARNING =
    'perfcoord: the project has 5 errors, so answers may be incomplete; run "perfcoord validate" to see them\n';

  it('answers, with one line on stderr', async () => {
    const r = await runCli(['who-owns', 'service'], GAPS);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(WARNING);
    expect(r.stdout).toBe(
      [
        'service: Service code',
        '  defined in coordination/ownership.yaml:4',
        '  paths: src/**',
        '',
        '  ops: Operations',
        '    responsibility: Everything in src',
        '    lead: ops_lead (Operations lead)',
        '    channel: none declared',
        '',
        '  ghost_team: declared in no Teams document',
        '    duties: backups',
        '',
        '  escalate: none (the project declares no escalation matrix)',
        '',
      ].join('\n'),
    );
  });

  it('says so in JSON too', async () => {
    const r = await runCli(['who-owns', '--json', 'orphan'], GAPS);
    expect(r.stderr).toBe(WARNING);
    const json = JSON.parse(r.stdout);
    expect([json.incomplete, json.areas[0].teams, json.areas[0].others, json.areas[0].escalationNote]).toEqual([
      true,
      [],
      [],
      'the project declares no escalation matrix',
    ]);
  });
});

describe('who-owns on overlapping globs', () => {
  it('shows which pattern won and which it shadowed', async () => {
    const r = await runCli(['who-owns', 'src/db/migrations/001.sql'], OVERLAP);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n\n')[0]).toBe(
      [
        'src/db/migrations/001.sql: schema_migrations (pattern src/db/migrations/**)',
        '  less specific: database (pattern src/db/**)',
        '  less specific: platform (pattern src/**)',
        '  less specific: sql_style (pattern **/*.sql)',
      ].join('\n'),
    );
  });

  it('reports a tie of equally specific patterns as ambiguous, listing both areas', async () => {
    const r = await runCli(['who-owns', 'config/app.json'], OVERLAP);
    expect(r.code).toBe(0);
    const blocks = r.stdout.split('\n\n');
    expect(blocks[0]).toBe(
      [
        'config/app.json: 2 areas tie with equally specific patterns, so neither wins:',
        '  config_json (pattern config/*.json)',
        '  app_config (pattern config/app.j*)',
        '  make one pattern more specific, so that one area wins',
      ].join('\n'),
    );
    expect(blocks.filter((b) => /^\w+: /.test(b) && !b.startsWith('config/')).map((b) => b.split(':')[0])).toEqual([
      'config_json',
      'app_config',
    ]);
    const json = JSON.parse((await runCli(['who-owns', '--json', 'config/app.json'], OVERLAP)).stdout);
    expect(json).toMatchObject({
      version: 1,
      kind: 'path',
      path: 'config/app.json',
      ambiguous: true,
      winners: [
        { area: 'config_json', pattern: 'config/*.json', specificity: [1, 11] },
        { area: 'app_config', pattern: 'config/app.j*', specificity: [1, 11] },
      ],
      shadowed: [],
    });
    expect(json.areas.map((a: { id: string }) => a.id)).toEqual(['config_json', 'app_config']);
  });

  it('lists a path two areas tie for among the gaps of --unowned', async () => {
    const r = await runCli(['who-owns', '--unowned'], OVERLAP);
    expect(r.stdout).toContain(
      'code paths areas tie for, so none owns them (2):\n  config/app.json: config_json, app_config\n  lib/shared/util.ts: shared_a, shared_b\n',
    );
    expect(r.code).toBe(1);
    const json = JSON.parse((await runCli(['who-owns', '--unowned', '--json'], OVERLAP)).stdout);
    expect(json.paths.tied).toEqual([
      { path: 'config/app.json', areas: ['config_json', 'app_config'] },
      { path: 'lib/shared/util.ts', areas: ['shared_a', 'shared_b'] },
    ]);
  });

  it('names the escalation matrix an area chooses, at its first level', async () => {
    const r = await runCli(['who-owns', 'database'], OVERLAP);
    expect(r.stdout.split('\n\n').at(-1)).toBe(
      [
        '  escalate: data_escalation, level 1',
        '    trigger: slow queries',
        '    respond: in 15min',
        '    responders: dba (data), data_lead (data)',
        '    channel: data-incidents (#data-incidents)',
        '',
      ].join('\n'),
    );
  });
});

describe('who-owns --team', () => {
  it('lists everything the team holds', async () => {
    const r = await runCli(['who-owns', '--team', 'data'], OVERLAP);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'data: Data Team (medium dependency)',
        '  lead: data_lead (Data lead)',
        '  channel: data (#data)',
        '  roles: data_lead, dba',
        '',
        'areas:',
        '  database: Database access',
        '    responsibility: Queries and pooling',
        '  schema_migrations: Schema migrations',
        '    duties: authoring (as dba), review (joint with infra)',
        '  sql_style: SQL style',
        '    tasks: formatting, linting',
        '',
        'meetings (44min a week):',
        '  data_sync: weekly tuesday 10:00, 30min; 30min a week',
        '  leads_review: monthly, 1hour; 14min a week; as leads',
        '  ad_hoc_review: ad-hoc, 30min; not counted (no regular frequency); as dba',
        '',
        'gates:',
        '  release_gates/schema_review (Schema review): owner',
        '  release_gates/go_live (Go-live): sign-off',
        '',
        'escalation:',
        '  data_escalation level 1 (slow queries): respond in 15min as dba, head_of_data on data-incidents (#data-incidents)',
        '  data_escalation level 2 (replication lag above 5 minutes): respond in 30min as leads on data (#data)',
        '',
        'workflows: none',
        '',
      ].join('\n'),
    });
  });

  it.each([['data_lead'], ['head_of_data'], ['DATA'], ['Data Team']])('finds the team from %j', async (query) => {
    const r = await runCli(['who-owns', '--json', '--team', query], OVERLAP);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).team.team.id).toBe('data');
  });

  it('reports the weekly meeting hours the cadence rule counts (seed: performance, 9h 8min; pair programming rotates)', async () => {
    const r = await runCli(['who-owns', '--team', 'performance'], SEED);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\nmeetings (9h 8min a week):\n');
    expect(r.stdout).toContain(
      '\n  pair_programming_sessions: weekly, 2hours; not counted (rotating attendance); as all_engineering_teams\n',
    );
    expect(r.stdout).toContain(
      '\n  performance_quality_gates/pre_production (Pre-production): joint owner, sign-off\n',
    );
    expect(r.stdout).toContain(
      '\n  optimization_project_lifecycle/validation (phase Validation): duties: performance_validation\n',
    );
  });
});
