import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/core/load/load.js';
import { modelOf } from '../src/core/validate/validate.js';
import { describeArea } from '../src/core/query/area-answer.js';
import { findAreas } from '../src/core/query/area-lookup.js';
import { escalationTarget } from '../src/core/query/escalation-target.js';
import { findPathOwners, isPathQuery, nearbyClaims } from '../src/core/query/path-lookup.js';
import { globMatcher } from '../src/core/util/glob.js';
import { resolveTeam } from '../src/core/query/team-lookup.js';
import { describeTeam } from '../src/core/query/team-answer.js';
import { ROOT, SEED } from './helpers/run.js';

const OVERLAP = path.join(ROOT, 'test/fixtures/who-owns/overlap');

function project(dir: string) {
  return modelOf(loadProject({ cwd: dir }));
}

const seed = project(SEED);
const overlap = project(OVERLAP);
const projects = { seed, overlap };

describe('findAreas on examples/seed', () => {
  it.each([
    // query, how it matched, the areas found (in declaration order)
    ['database_optimization', 'id', ['database_optimization']],
    ['Database-Optimization', 'normalized', ['database_optimization']],
    ['DATABASE OPTIMIZATION', 'normalized', ['database_optimization']],
    ['  performance_monitoring  ', 'id', ['performance_monitoring']],
    ['api performance', 'normalized', ['api_performance']],
    ['API_Performance', 'normalized', ['api_performance']],
    ['perf analysis', 'words', ['performance_analysis']],
    ['analysis performance', 'words', ['performance_analysis']],
    ['monitoring', 'words', ['monitoring_infrastructure', 'performance_monitoring']],
    ['scaling', 'words', ['infrastructure_scaling', 'scaling_decisions']],
    ['incident', 'words', ['incident_response']],
    ['performance_monitor', 'words', ['performance_monitoring']],
    ['infra scaling', 'words', ['infrastructure_scaling']],
    ['test', 'words', ['test_strategy_alignment', 'test_environment_management']],
  ] as const)('%j matches by %s', (query, match, ids) => {
    const found = findAreas(seed.index, query);
    expect(found.match).toBe(match);
    expect(found.areas.map((a) => a.id)).toEqual(ids);
    expect(found.suggestions).toEqual([]);
  });

  it.each([
    // query, suggested area ids
    ['databse_optimisation', ['database_optimization']],
    ['performance_monitorng', ['performance_monitoring']],
    ['Performance Monitorng', ['performance_monitoring']],
    // database_tuning is a task the performance team holds there
    ['database tuning', ['application_performance']],
    ['automation ci', ['automation_integration']],
    ['memory caching', ['memory_management']],
    // a word with a typo
    ['databse', ['database_optimization']],
    // what the owners hold: responsibilities, tasks, duties
    ['caching', ['database_optimization', 'application_performance']],
    ['load testing', ['api_performance', 'test_strategy_alignment']],
    ['pe', []],
    ['kubernetes', []],
    ['---', []],
  ] as const)('%j matches nothing and suggests %j', (query, suggestions) => {
    const found = findAreas(seed.index, query);
    expect(found.match).toBeNull();
    expect(found.areas).toEqual([]);
    expect(found.suggestions).toEqual(suggestions);
  });
});

describe('isPathQuery', () => {
  const areaIds = new Set(['database_optimization', 'docs']);
  const existing = new Set(['docs', 'Makefile']);
  it.each([
    ['src/db/pool.ts', true],
    ['src\\db\\pool.ts', true],
    ['pool.ts', true],
    ['.gitignore', true],
    ['Makefile', true],
    ['docs', false],
    ['database_optimization', false],
    ['api performance', false],
    ['Dockerfile', false],
  ] as const)('%j is a path: %s', (query, expected) => {
    expect(
      isPathQuery(
        query,
        (q) => areaIds.has(q),
        (q) => existing.has(q),
      ),
    ).toBe(expected);
  });
});

describe('findPathOwners: the most specific glob wins', () => {
  it.each([
    // path, winners (area:pattern), shadowed (area:pattern), ambiguous
    ['src/app.ts', ['platform:src/**'], [], false],
    ['src/db/pool.ts', ['database:src/db/**'], ['platform:src/**'], false],
    ['./src//db/pool.ts', ['database:src/db/**'], ['platform:src/**'], false],
    // "src/db/**" claims what is in src/db, not a file named src/db (CODEOWNERS).
    ['src/db', ['platform:src/**'], [], false],
    [
      'src/db/migrations/001.sql',
      ['schema_migrations:src/db/migrations/**'],
      ['database:src/db/**', 'platform:src/**', 'sql_style:**/*.sql'],
      false,
    ],
    ['src/report.sql', ['platform:src/**'], ['sql_style:**/*.sql'], false],
    ['queries/report.sql', ['sql_style:**/*.sql'], [], false],
    ['lib/shared/util.ts', ['shared_a:lib/shared/**', 'shared_b:/lib/shared/'], [], true],
    ['config/app.json', ['config_json:config/*.json', 'app_config:config/app.j*'], [], true],
    ['config/flags.json', ['config_json:config/*.json'], [], false],
    ['services/api/Dockerfile', ['containers:Dockerfile'], [], false],
    ['Dockerfile', ['containers:Dockerfile'], [], false],
    ['deploy', [], [], false],
    ['release.sh', ['release_script:/release.sh'], [], false],
    ['tools/release.sh', [], [], false],
    ['README.md', [], [], false],
    ['srcs/app.ts', [], [], false],
  ] as const)('%s', (query, winners, shadowed, ambiguous) => {
    const found = findPathOwners(overlap.index, query);
    const show = (c: { area: string; pattern: string }) => `${c.area}:${c.pattern}`;
    expect(found.winners.map(show)).toEqual(winners);
    expect(found.shadowed.map(show)).toEqual(shadowed);
    expect(found.ambiguous).toBe(ambiguous);
  });

  it('reports the specificity of each claim', () => {
    const found = findPathOwners(overlap.index, 'src/db/migrations/001.sql');
    expect(found.winners[0]?.specificity).toEqual([3, 15]);
    expect(found.shadowed.map((c) => c.specificity)).toEqual([
      [2, 5],
      [1, 3],
      [0, 4],
    ]);
  });

  it.each([
    ['config/sub/x.yaml', ['config_json', 'app_config']],
    ['lib/other/x.ts', ['shared_a', 'shared_b']],
    ['tools/release.sh', []],
  ] as const)('hints at areas with paths near %s', (query, areas) => {
    expect(nearbyClaims(overlap.index, query).map((c) => c.area)).toEqual(areas);
  });
});

describe('globMatcher', () => {
  it('takes "/" and "./" alone as the whole project folder', () => {
    for (const glob of ['/', './']) {
      expect(globMatcher(glob)('Makefile')).toBe(true);
      expect(globMatcher(glob)('src/db/pool.ts')).toBe(true);
    }
  });
});

describe('resolveTeam', () => {
  it.each([
    // query, team, role named
    ['data', 'data', null],
    ['DATA', 'data', null],
    ['Data Team', 'data', null],
    ['data_lead', 'data', 'data_lead'],
    ['head_of_data', 'data', 'data_lead'],
    ['Database administrator', 'data', 'dba'],
    ['infra-lead', 'infra', 'infra_lead'],
  ] as const)('%j is team %s', (query, team, via) => {
    const found = resolveTeam(overlap.index, query);
    expect(found.team?.id).toBe(team);
    expect(found.team ? (found.via?.id ?? null) : 'unresolved').toBe(via);
  });

  it.each([
    // query, reason, suggestions
    ['dat', 'no team or role "dat"', ['data']],
    ['leads', '"leads" is a group, not a team; name one of its teams', ['web', 'data', 'infra']],
    ['release_captain', '"release_captain" is a role that belongs to no team', []],
    ['nobody', 'no team or role "nobody"', []],
  ] as const)('%j is no team: %s', (query, reason, suggestions) => {
    const found = resolveTeam(overlap.index, query);
    expect(found).toEqual({ team: null, reason, suggestions });
  });
});

describe('escalationTarget', () => {
  it.each([
    // project, area, matrix, source, first level, channel
    ['seed', 'database_optimization', 'performance_escalation', 'project', 1, 'architecture-escalation'],
    ['seed', 'incident_response', 'performance_escalation', 'area', 1, 'architecture-escalation'],
    ['overlap', 'database', 'data_escalation', 'area', 1, 'data-incidents'],
  ] as const)('%s: area %s escalates to %s', (name, areaId, matrix, source, level, channel) => {
    const p = projects[name];
    const area = p.index.areas.get(areaId);
    if (!area) throw new Error(`no area ${areaId}`);
    const target = escalationTarget(p.model, p.index, area);
    expect([target?.matrix, target?.source, target?.level?.level, target?.channel?.id]).toEqual([
      matrix,
      source,
      level,
      channel,
    ]);
  });

  it('has no target when there are several matrices and the area names none', () => {
    const area = overlap.index.areas.get('platform');
    if (!area) throw new Error('no area platform');
    expect(escalationTarget(overlap.model, overlap.index, area)).toBeNull();
    expect(describeArea(overlap.model, overlap.index, area).escalationNote).toBe(
      'the area names no escalation matrix and the project has 2',
    );
  });
});

describe('describeArea: owning teams', () => {
  it.each([
    // project, area, teams with what they hold, parties of no team
    [
      'seed',
      'database_optimization',
      ['backend: Query optimization, schema design', 'performance: Connection pooling, caching strategies'],
      [],
    ],
    [
      'seed',
      'performance_monitoring',
      [
        'devops: setup, maintenance (joint with performance)',
        'performance: configuration, maintenance (joint with devops)',
      ],
      [],
    ],
    [
      'seed',
      'incident_response',
      ['devops: infrastructure_issues (as devops_lead)', 'performance: application_issues (as perf_lead)'],
      ['incident_commander (role): coordination'],
    ],
    [
      'overlap',
      'schema_migrations',
      ['data: authoring (as dba), review (joint with infra)', 'infra: review (joint with data)'],
      ['release_captain (role): rollout'],
    ],
    ['overlap', 'sql_style', ['data: formatting, linting'], []],
  ] as const)('%s: %s', (name, areaId, teams, others) => {
    const p = projects[name];
    const area = p.index.areas.get(areaId);
    if (!area) throw new Error(`no area ${areaId}`);
    const answer = describeArea(p.model, p.index, area);
    const held = (h: { name: string; joint: boolean; with: string[]; via: { id: string } | null }) =>
      `${h.name}${h.joint ? ` (joint with ${h.with.join(', ')})` : ''}${h.via ? ` (as ${h.via.id})` : ''}`;
    const holds = (h: { responsibility: string | null; tasks: string[]; duties: Parameters<typeof held>[0][] }) =>
      [h.responsibility, ...h.tasks, ...h.duties.map(held)].filter((x) => x !== null).join(', ');
    expect(answer.teams.map((t) => `${t.team.id}: ${holds(t)}`)).toEqual(teams);
    expect(answer.others.map((o) => `${o.id} (${o.kind}): ${holds(o)}`)).toEqual(others);
  });
});

describe('describeTeam', () => {
  it('lists what the data team holds in the overlap fixture', () => {
    const team = overlap.index.teams.get('data');
    if (!team) throw new Error('no team data');
    const answer = describeTeam(overlap.model, overlap.index, team);
    expect(answer.areas.map((a) => a.id)).toEqual(['database', 'schema_migrations', 'sql_style']);
    expect(answer.meetings.items.map((m) => [m.id, m.minutesPerWeek, m.via])).toEqual([
      ['data_sync', 30, ['data']],
      ['leads_review', 14, ['leads']],
      ['ad_hoc_review', 0, ['dba']],
    ]);
    expect(answer.meetings.minutesPerWeek).toBe(44);
    expect(answer.gates.map((g) => [g.stage, g.roles, g.jointOwner])).toEqual([
      ['schema_review', ['owner'], false],
      ['go_live', ['sign-off'], false],
    ]);
    expect(answer.escalation.map((e) => [e.matrix, e.level, e.via, e.channel?.id])).toEqual([
      ['data_escalation', 1, ['dba', 'head_of_data'], 'data-incidents'],
      ['data_escalation', 2, ['leads'], 'data'],
    ]);
    expect(answer.roles.map((r) => r.id)).toEqual(['data_lead', 'dba']);
  });

  it('marks joint gate ownership and inputs', () => {
    const team = overlap.index.teams.get('web');
    if (!team) throw new Error('no team web');
    const answer = describeTeam(overlap.model, overlap.index, team);
    expect(answer.gates.map((g) => [g.stage, g.roles, g.jointOwner, g.inputs])).toEqual([
      ['schema_review', ['input'], false, ['query plans']],
      ['go_live', ['owner'], true, []],
    ]);
    expect(answer.escalation.map((e) => `${e.matrix}/${e.level}`)).toEqual(['data_escalation/2', 'web_escalation/1']);
  });
});
