import { readFileSync } from 'node:fs';
import path from 'node:path';
import { doc, testRule } from './helpers/rule-tester.js';
import { MINIMAL } from './helpers/run.js';

const TEAMS = 'coordination/teams.yaml';
const OWNERSHIP = 'coordination/ownership.yaml';
const ESCALATION = 'coordination/escalation.yaml';
const original = (rel: string) => readFileSync(path.join(MINIMAL, rel), 'utf8');
/** The example's file with one piece of text replaced (which must be there). */
const edited = (rel: string, from: string, to: string) => {
  const text = original(rel);
  if (!text.includes(from)) throw new Error(`${rel} has no ${from}`);
  return { [rel]: text.replace(from, to) };
};

/** An Ownership document of areas: [id, globs, owning team]. */
const areas = (...list: [string, string[], string][]) =>
  doc(
    'Ownership',
    `
areas:
${list
  .map(
    ([id, globs, team]) =>
      `  - id: ${id}\n    title: ${id}\n    paths: [${globs.map((g) => JSON.stringify(g)).join(', ')}]\n    owners:\n      - team: ${team}\n`,
  )
  .join('')}`,
  );

testRule('teams-core', {
  valid: [{ name: 'the coreTeam is the one core team', files: {} }],
  invalid: [
    {
      name: 'the coreTeam is not core',
      files: edited(TEAMS, 'dependency: core', 'dependency: high'),
      findings: [
        'coordination/teams.yaml:8:17 error team performance is the project\'s coreTeam, so its dependency must be "core", not "high"',
      ],
    },
    {
      name: 'a second core team',
      files: edited(TEAMS, 'dependency: critical', 'dependency: core'),
      findings: [
        'coordination/teams.yaml:13:17 error team backend has dependency "core", but the project\'s coreTeam is performance',
      ],
    },
  ],
});

testRule('ref-unknown', {
  valid: [{ name: 'every owner declared', files: { [OWNERSHIP]: areas(['search', ['search/**'], 'backend']) } }],
  invalid: [
    {
      name: 'a misspelt owner',
      files: { [OWNERSHIP]: areas(['search', ['search/**'], 'backnd']) },
      findings: [
        'coordination/ownership.yaml:8:15 error an owner of area search is "backnd", but no team or role has this id; did you mean "backend"?',
      ],
    },
  ],
});

testRule('ref-kind', {
  valid: [{ name: 'a role of a team', files: {} }],
  invalid: [
    {
      name: 'a role whose team is a role',
      files: edited(TEAMS, 'name: On-call engineer\n    team: devops', 'name: On-call engineer\n    team: devops_lead'),
      findings: [
        'coordination/teams.yaml:33:11 error the team of role on_call_engineer is "devops_lead", which is a role; name a team here',
      ],
    },
  ],
});

testRule('id-confusable', {
  valid: [
    {
      name: 'ids that differ in more than "-" and "_"',
      files: { [OWNERSHIP]: areas(['search_api', ['a/**'], 'backend'], ['search_apis', ['b/**'], 'backend']) },
    },
  ],
  invalid: [
    {
      name: 'ids that differ only in "-" and "_"',
      files: { [OWNERSHIP]: areas(['search_api', ['a/**'], 'backend'], ['search-api', ['b/**'], 'backend']) },
      findings: [
        'coordination/ownership.yaml:9:9 warning the area id "search-api" differs from "search_api" only in "-" and "_", so the two are easily taken for one another (who-owns finds both); rename one',
      ],
    },
  ],
});

testRule('id-reserved', {
  valid: [
    {
      name: 'a name that only starts like a device',
      files: edited(ESCALATION, 'id: checkout_escalation', 'id: console'),
    },
  ],
  invalid: [
    {
      name: 'a Windows device name',
      files: edited(ESCALATION, 'id: checkout_escalation', 'id: con'),
      findings: [
        'coordination/escalation.yaml:4:5 error the escalation matrix id "con" names files of the rendered docs, and "con" is a reserved device name on Windows; choose another id',
      ],
    },
    {
      name: 'com9 (the last digit the pattern takes)',
      files: edited(ESCALATION, 'id: checkout_escalation', 'id: com9'),
      findings: [
        'coordination/escalation.yaml:4:5 error the escalation matrix id "com9" names files of the rendered docs, and "com9" is a reserved device name on Windows; choose another id',
      ],
    },
  ],
});

testRule('escalation-responders', {
  valid: [
    {
      name: 'one responder a level',
      files: edited(ESCALATION, 'responders: [on_call_engineer]', 'responders: [devops]'),
    },
  ],
  invalid: [
    {
      name: 'no responders',
      files: edited(ESCALATION, 'responders: [on_call_engineer]', 'responders: []'),
      findings: [
        'coordination/escalation.yaml:11:17 error escalation level 1 of matrix checkout_escalation has no responders: name the roles or teams that answer it',
      ],
    },
  ],
});

testRule('ownership-path-pattern', {
  valid: [
    {
      name: 'CODEOWNERS patterns, an escaped bracket included',
      files: { [OWNERSHIP]: areas(['a', ['src/**', '*.sql', 'docs/', 'app/\\[id\\]/page.ts'], 'backend']) },
    },
  ],
  invalid: [
    {
      name: 'negation, a character range and braces',
      files: { [OWNERSHIP]: areas(['a', ['!src/**', 'src/[ab]/x', 'src/{a,b}/**'], 'backend']) },
      findings: [
        'coordination/ownership.yaml:6:13 error "!src/**" is not a CODEOWNERS pattern: "!" (negation) cannot be expressed in CODEOWNERS; claim the paths the area does own instead',
        'coordination/ownership.yaml:6:24 error "src/[ab]/x" is not a CODEOWNERS pattern: "[ ]" character ranges do not work in CODEOWNERS; write each name, or escape a literal bracket as "\\["',
        'coordination/ownership.yaml:6:38 error "src/{a,b}/**" is not a CODEOWNERS pattern: "{a,b}" alternatives do not work in CODEOWNERS; write one pattern for each alternative',
      ],
    },
  ],
});

testRule('ownership-paths-overlap', {
  valid: [
    {
      name: 'the more specific glob wins',
      files: { [OWNERSHIP]: areas(['a', ['src/**'], 'backend'], ['b', ['src/db/**'], 'devops']) },
    },
    {
      name: 'disjoint folders',
      files: { [OWNERSHIP]: areas(['a', ['src/a/**'], 'backend'], ['b', ['src/b/**'], 'devops']) },
    },
  ],
  invalid: [
    {
      name: 'the same glob twice',
      files: { [OWNERSHIP]: areas(['a', ['src/**'], 'backend'], ['b', ['src/**'], 'devops']) },
      findings: [
        'coordination/ownership.yaml:11:13 warning area b claims "src/**", which area a claims too; give the path to one area or make one glob more specific',
      ],
    },
    {
      name: 'the same glob, written another way',
      files: { [OWNERSHIP]: areas(['a', ['src/**'], 'backend'], ['b', ['./src/**/'], 'devops']) },
      findings: [
        'coordination/ownership.yaml:11:13 warning "./src/**/" (area b) and "src/**" (area a) both match "src/w" and are equally specific, so neither area wins; make one glob more specific',
      ],
    },
  ],
});
