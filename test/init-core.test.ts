import { rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import type { ProjectAnswers, TeamAnswer } from '../src/core/init/answers.js';
import { DEPENDENCIES, completeAnswers, titleFromId } from '../src/core/init/answers.js';
import {
  checkDuration,
  checkId,
  checkIdList,
  checkKnownTeams,
  checkLabel,
  checkResponseTime,
  checkSyncSlot,
  checkTeamId,
  checkTeamList,
  checkTime,
  splitList,
} from '../src/core/init/checks.js';
import {
  DEFAULT_SYNC_DURATION,
  defaultArea,
  defaultHolder,
  defaultLevels,
  defaultTeam,
  freeSlot,
} from '../src/core/init/defaults.js';
import { ANSWER_FILES, documentsFor, filesFromAnswers } from '../src/core/init/generate.js';
import { rewriteSchemaLines, schemaUrl } from '../src/core/init/schema-ref.js';
import type { SchemaSource } from '../src/core/init/schema-ref.js';
import { renameProject, templateProjectName } from '../src/core/init/template.js';
import { emitYaml, scalar } from '../src/core/init/yaml-emit.js';
import type { YamlValue } from '../src/core/init/yaml-emit.js';
import { loadProject } from '../src/core/load/load.js';
import { validateProject } from '../src/core/validate/validate.js';
import { writeProject } from '../src/cli/init/write.js';
import { tempFolders } from './helpers/tmp.js';

const PUBLISHED: SchemaSource = { kind: 'published', version: '9.9.9' };
const tempDir = tempFolders('init-core');

describe('yaml emitter', () => {
  it.each([
    ['backend', 'backend'],
    ['Checkout performance', 'Checkout performance'],
    ['Team Coordination Strategy - Performance Optimization', 'Team Coordination Strategy - Performance Optimization'],
    ['30min', '30min'],
    ['15_minutes', '15_minutes'],
    ['10:00', '"10:00"'],
    ['1e5', '"1e5"'],
    ['0xff', '"0xff"'],
    ['0o17', '"0o17"'],
    ['0b', '"0b"'],
    ['123', '"123"'],
    ['yes', '"yes"'],
    ['No', '"No"'],
    ['null', '"null"'],
    ['', '""'],
    ['a: b', '"a: b"'],
    ['a #b', '"a #b"'],
    ['#perf', '"#perf"'],
    ['- item', '"- item"'],
    ['trailing ', '"trailing "'],
    ['line\nbreak', '"line\\nbreak"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['\u0007bell', '"\\u0007bell"'],
    ['sep\u2028arator', '"sep\\u2028arator"'],
    ['Équipe', '"Équipe"'],
  ])('scalar(%j) is %s', (input, expected) => {
    expect(scalar(input)).toBe(expected);
  });

  it('writes lists of ids in flow style and lists of mappings in block style', () => {
    expect(emitYaml({ a: ['x', 'z'], b: [{ id: 'p', m: 1 }, { id: 'q' }], c: [], d: {}, e: true, f: null })).toBe(
      ['a: [x, z]', 'b:', '  - id: p', '    m: 1', '  - id: q', 'c: []', 'd: {}', 'e: true', 'f: null', ''].join('\n'),
    );
  });

  it('quotes the words YAML 1.1 readers take for booleans, as keys and in lists', () => {
    expect(emitYaml({ y: ['n', 'on', 'Off'] })).toBe('"y": ["n", "on", "Off"]\n');
  });

  const key = fc.string({ unit: 'binary', maxLength: 40 }).filter((k) => k !== '__proto__');
  const atomArb = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer(), fc.boolean(), fc.constant(null));
  const { value } = fc.letrec<{ value: YamlValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      atomArb,
      fc.array(tie('value'), { maxLength: 5 }),
      fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    ),
  }));

  it('reads back as what it wrote, with both YAML parsers perfcoord uses', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (doc) => {
        const text = emitYaml(doc);
        expect(parse(text)).toEqual(doc);
        expect(jsYaml.load(text)).toEqual(doc);
      }),
      { numRuns: 400 },
    );
  });
});

describe('answer checks', () => {
  it.each([
    ['backend', true],
    ['api-performance', true],
    [
      'Backend',
      '"Backend" is not a team id: use lowercase letters and digits, words joined by "_" or "-", starting with a letter such as "backend"',
    ],
    [
      '1team',
      '"1team" is not a team id: use lowercase letters and digits, words joined by "_" or "-", starting with a letter such as "team"',
    ],
    [
      'a__b',
      '"a__b" is not a team id: use lowercase letters and digits, words joined by "_" or "-", starting with a letter such as "a_b"',
    ],
    ['', 'enter a team id'],
    ['a'.repeat(60), `a team id has at most 59 characters; "${'a'.repeat(60)}" has 60 (its lead role adds "_lead")`],
    ['management', '"management" is already the role management'],
    ['all_teams', '"all_teams" is already the group all_teams'],
    ['perf-escalation', '"perf-escalation" is already the escalation channel'],
    ['performance', '"performance" is already the team performance'],
    ['performance_lead', '"performance_lead" is already the lead role of team performance'],
  ])('checkTeamId(%j) next to the team performance', (id, expected) => {
    expect(checkTeamId(id, ['performance'])).toBe(expected);
  });

  it('refuses a team whose lead role would be an existing team', () => {
    expect(checkTeamId('backend', ['backend_lead'])).toBe(
      'team backend would bring the lead role backend_lead, which is already the team backend_lead',
    );
  });

  it.each([
    ['backend, devops qa', true],
    ['-', true],
    ['backend, backend', '"backend" is already the team backend'],
    ['backend, backend_lead', '"backend_lead" is already the lead role of team backend'],
    [
      'backend, QA',
      '"QA" is not a team id: use lowercase letters and digits, words joined by "_" or "-", starting with a letter such as "qa"',
    ],
  ])('checkTeamList(%j)', (value, expected) => {
    expect(checkTeamList(value, ['performance'])).toBe(expected);
  });

  it('splits lists on commas and spaces; "-" is none', () => {
    expect(splitList(' a, b  c,,d ')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList('-')).toEqual([]);
  });

  it.each([
    ['setup, configuration', 1, true],
    ['', 1, 'name at least one area id'],
    ['a, a', 0, '"a" is named twice'],
    [
      'a, B',
      0,
      '"B" is not an area id: use lowercase letters and digits, words joined by "_" or "-", starting with a letter such as "b"',
    ],
  ])('checkIdList(%j, min %d)', (value, min, expected) => {
    expect(checkIdList(value, { one: 'an area id', many: 'areas', min })).toBe(expected);
  });

  it.each([
    ['checkout_latency', true],
    ['search-relevance', true],
    ['a'.repeat(65), `an area id has at most 64 characters; "${'a'.repeat(65)}" has 65`],
    [
      'Search Relevance',
      '"Search Relevance" is not an area id: use lowercase letters and digits, words joined by "_" or "-", starting with a letter such as "search_relevance"',
    ],
    [
      '_x',
      '"_x" is not an area id: use lowercase letters and digits, words joined by "_" or "-", starting with a letter such as "x"',
    ],
  ])('checkId(%j)', (value, expected) => {
    expect(checkId(value, 'an area id')).toBe(expected);
  });

  it('checks labels, times, durations and response times', () => {
    expect(checkLabel('Checkout')).toBe(true);
    expect(checkLabel('  ')).toBe('enter a name');
    expect(checkLabel('a\nb')).toBe('a name is a single line');
    expect(checkLabel('x'.repeat(201))).toBe('a name has at most 200 characters');
    expect(checkTime('09:30')).toBe(true);
    expect(checkTime('9:30')).toMatch(/not a time of day/);
    expect(checkTime('24:00')).toMatch(/not a time of day/);
    expect(checkDuration('45 minutes')).toBe(true);
    expect(checkDuration('1hour')).toBe(true);
    expect(checkDuration('9h')).toBe('a meeting lasts more than 0 minutes and at most 8 hours');
    expect(checkDuration('soon')).toMatch(/not a duration/);
    expect(checkResponseTime('immediate')).toBe(true);
    expect(checkResponseTime('15_minutes')).toBe(true);
    expect(checkResponseTime('asap')).toMatch(/not a response time/);
  });

  it('knows the teams an answer names', () => {
    expect(checkKnownTeams(['backend'], ['performance', 'backend'])).toBe(true);
    expect(checkKnownTeams(['backnd'], ['performance', 'backend'])).toBe(
      '"backnd" is not a team of this project; did you mean "backend"?',
    );
    expect(checkKnownTeams([], ['backend'], { min: 1 })).toBe('choose at least one team');
  });

  it('keeps the core team from being booked twice', () => {
    const tuesday = { team: 'backend', day: 'tuesday' as const, time: '10:00', duration: '30min' };
    expect(checkSyncSlot({ team: 'devops', day: 'tuesday', time: '10:15', duration: '30min' }, [tuesday])).toBe(
      'overlaps the sync with backend (tuesday 10:00, 30min); the core team attends both',
    );
    expect(checkSyncSlot({ team: 'devops', day: 'tuesday', time: '10:30', duration: '30min' }, [tuesday])).toBe(true);
    expect(checkSyncSlot({ team: 'devops', day: 'monday', time: '23:45', duration: '30min' }, [])).toBe(
      'the meeting would run past midnight',
    );
    const slots = [tuesday];
    for (const team of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const slot = freeSlot(slots, team);
      expect(checkSyncSlot({ team, ...slot, duration: DEFAULT_SYNC_DURATION }, slots)).toBe(true);
      slots.push({ team, ...slot, duration: DEFAULT_SYNC_DURATION });
    }
  });
});

describe('defaults drawn from the seed', () => {
  it('splits an area like the seed splits performance monitoring', () => {
    expect(defaultHolder('setup', ['performance', 'devops'], 'performance')).toBe('devops');
    expect(defaultHolder('configuration', ['performance', 'devops'], 'performance')).toBe('performance');
    expect(defaultHolder('maintenance', ['performance', 'devops'], 'performance')).toEqual({
      joint: ['performance', 'devops'],
    });
    expect(defaultHolder('maintenance', ['devops'], 'performance')).toBe('devops');
  });

  it('has the seed escalation levels', () => {
    const levels = defaultLevels({
      core: { id: 'perf', name: 'Perf' },
      teams: [
        { id: 'api', name: 'API', dependency: 'critical' },
        { id: 'web', name: 'Web', dependency: 'low' },
      ],
    });
    expect(levels.map((l) => [l.level, l.trigger, l.responseTime, l.responders])).toEqual([
      [1, 'performance_degradation_detected', '15_minutes', ['perf', 'api']],
      [2, 'sla_breach_imminent', '30_minutes', ['team_leads']],
      [3, 'sla_breach_occurred', 'immediate', ['management', 'all_team_leads', 'incident_commander']],
      [4, 'system_wide_performance_failure', 'immediate', ['executive_team', 'all_teams']],
    ]);
  });

  it('titles areas after their ids', () => {
    expect(titleFromId('api_performance')).toBe('API performance');
    expect(titleFromId('performance-monitoring')).toBe('Performance monitoring');
    // Names from the prototype chain are not acronyms, nor seed teams.
    expect(titleFromId('constructor_to_string')).toBe('Constructor to string');
    expect(defaultTeam('constructor')).toEqual({ name: 'Constructor Team', dependency: 'medium' });
  });

  it('reports the first missing part of unfinished answers', () => {
    expect(completeAnswers({ name: 'x' })).toBe('core');
  });
});

describe('$schema lines', () => {
  it('point at the published schemas of this version, or the installed ones', () => {
    expect(schemaUrl('coordination/teams.yaml', 'teams.schema.json', PUBLISHED)).toBe(
      'https://unpkg.com/perfcoord@9.9.9/schemas/teams.schema.json',
    );
    const installed: SchemaSource = { kind: 'installed', dir: 'node_modules/perfcoord/schemas' };
    expect(schemaUrl('perfcoord.yaml', 'project.schema.json', installed)).toBe(
      'node_modules/perfcoord/schemas/project.schema.json',
    );
    expect(schemaUrl('coordination/gates/q.yaml', 'quality-gates.schema.json', installed)).toBe(
      '../../node_modules/perfcoord/schemas/quality-gates.schema.json',
    );
  });

  it('rewrites every document of a file, keeping each schema', () => {
    const text =
      '# yaml-language-server: $schema=../../../schemas/teams.schema.json\nkind: Teams\n---\n# yaml-language-server: $schema=../../../schemas/channels.schema.json\nkind: Channels\n';
    expect(rewriteSchemaLines('coordination/teams.yaml', text, PUBLISHED)).toBe(
      '# yaml-language-server: $schema=https://unpkg.com/perfcoord@9.9.9/schemas/teams.schema.json\nkind: Teams\n---\n# yaml-language-server: $schema=https://unpkg.com/perfcoord@9.9.9/schemas/channels.schema.json\nkind: Channels\n',
    );
  });

  it('renames a template project, quoting what needs it', () => {
    const renamed = renameProject('apiVersion: perfcoord/v1\nname: Old\ncoreTeam: x\n', 'Shop: 2026 #1');
    expect(renamed).toBe('apiVersion: perfcoord/v1\nname: "Shop: 2026 #1"\ncoreTeam: x\n');
    expect(templateProjectName(renamed)).toBe('Shop: 2026 #1');
  });
});

const idArb = fc.stringMatching(/^[a-z][a-z0-9]{0,7}(?:[_-][a-z0-9]{1,6}){0,2}$/);
const labelArb = fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }).filter((s) => checkLabel(s) === true);

/** Answers as the wizard lets them through: every check passed. */
const answersArb: fc.Arbitrary<ProjectAnswers> = fc
  .record({
    name: labelArb,
    core: fc.record({ id: idArb, name: labelArb }),
    teams: fc.array(fc.record({ id: idArb, name: labelArb, dependency: fc.constantFrom(...DEPENDENCIES) }), {
      maxLength: 6,
    }),
    areas: fc.uniqueArray(fc.record({ id: idArb, title: labelArb }), {
      minLength: 1,
      maxLength: 4,
      selector: (a) => a.id,
    }),
    duties: fc.uniqueArray(idArb, { maxLength: 4 }),
    monthlyReview: fc.boolean(),
  })
  .filter((a) => checkTeamId(a.core.id, []) === true)
  .map((a) => {
    const teams: TeamAnswer[] = [];
    for (const t of a.teams) if (checkTeamId(t.id, [a.core.id, ...teams.map((x) => x.id)]) === true) teams.push(t);
    const partial = { name: a.name, core: a.core, teams };
    const syncs: ProjectAnswers['syncs'] = [];
    for (const t of teams.filter((x) => x.dependency === 'critical'))
      syncs.push({ team: t.id, ...freeSlot(syncs, t.id), duration: DEFAULT_SYNC_DURATION });
    return {
      ...partial,
      areas: a.areas.map((area) => defaultArea(area.id, area.title, partial, a.duties)),
      // Response times that never slow down as levels rise: no escalation-response-order warning.
      escalation: defaultLevels(partial).map((l) => ({ ...l, responseTime: 'immediate' })),
      syncs,
      monthlyReview: a.monthlyReview,
    };
  });

describe('answers → project files', () => {
  it('writes the minimal layout, each document with its $schema line', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const files = filesFromAnswers(answers, PUBLISHED);
        expect([...files.keys()]).toEqual([...ANSWER_FILES]);
        for (const [file, text] of files) {
          const docs = parseAllDocuments(text);
          expect(docs.every((d) => d.errors.length === 0)).toBe(true);
          expect(docs.map((d) => d.toJS() as unknown)).toEqual(
            JSON.parse(JSON.stringify(documentsFor(answers)[file as (typeof ANSWER_FILES)[number]])),
          );
          const lines = text
            .split('\n')
            .filter((l) => l.startsWith('# yaml-language-server: $schema=https://unpkg.com/perfcoord@9.9.9/schemas/'));
          expect(lines).toHaveLength(docs.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives projects that perfcoord loads back as the answers and validates with no findings', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const dir = tempDir();
        writeProject(dir, filesFromAnswers(answers, PUBLISHED));
        const load = loadProject({ cwd: dir });
        const result = validateProject(load);
        expect(result.diagnostics).toEqual([]);
        const expected = documentsFor(answers);
        for (const file of load.files) {
          const rel = path.relative(dir, file.path).split(path.sep).join('/') as (typeof ANSWER_FILES)[number];
          expect(file.documents.map((d) => d.data)).toEqual(JSON.parse(JSON.stringify(expected[rel])));
        }
        expect(result.model.project?.name).toBe(answers.name);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 30 },
    );
  });
});
