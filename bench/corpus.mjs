// Deterministic corpora for the benchmark: realistic perfcoord projects of a
// given size, written to bench/.corpus/<name>/. Usage from bench/run.mjs, or:
//   node bench/corpus.mjs            (writes every corpus)
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = path.join(HERE, '.corpus');
const VERSION = 4; // bump to regenerate corpora when the generator changes

/** A small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const H = (kind) => `# yaml-language-server: $schema=../../schemas/${kind}\napiVersion: perfcoord/v1\n`;
const DUTIES = ['setup', 'configuration', 'maintenance', 'triggers', 'validation', 'review', 'capacity_planning'];
const WORDS = [
  'latency',
  'throughput',
  'caching',
  'indexing',
  'queueing',
  'rendering',
  'batching',
  'pooling',
  'sharding',
  'tracing',
];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

function project(dir, name) {
  writeFileSync(
    path.join(dir, 'perfcoord.yaml'),
    `apiVersion: perfcoord/v1\nkind: Project\nname: ${name}\ncoreTeam: core\ninclude:\n  - coordination/**/*.yaml\nsettings:\n  maxWeeklyMeetingHours: 40\n`,
  );
}

function teamsDoc(first, count, pick) {
  const lines = [H('teams.schema.json') + 'kind: Teams', `title: Teams ${first}-${first + count - 1}`, 'teams:'];
  for (let i = first; i < first + count; i++) {
    lines.push(
      `  - id: team-${i}`,
      `    name: Team ${i}`,
      `    dependency: ${pick(['high', 'medium', 'low'])}`,
      `    lead: lead-${i}`,
      `    channel: chan-${i}`,
      `    description: Owns the ${pick(WORDS)} and ${pick(WORDS)} work of product line ${i % 17}.`,
    );
  }
  lines.push('roles:');
  for (let i = first; i < first + count; i++)
    lines.push(`  - id: lead-${i}`, `    name: Lead of team ${i}`, `    team: team-${i}`);
  return lines.join('\n') + '\n';
}

function channelsDoc(first, count) {
  const lines = [
    H('channels.schema.json') + 'kind: Channels',
    `title: Team channels ${first}-${first + count - 1}`,
    'channels:',
  ];
  for (let i = first; i < first + count; i++) {
    lines.push(
      `  - id: chan-${i}`,
      `    address: "#team-${i}"`,
      '    type: chat',
      '    usage: team',
      `    purpose: Day-to-day work of team ${i}.`,
    );
  }
  return lines.join('\n') + '\n';
}

function ownershipDoc(firstArea, areas, teamCount, pick, rand) {
  const lines = [
    H('ownership.schema.json') + 'kind: Ownership',
    `title: Areas ${firstArea}-${firstArea + areas - 1}`,
    'areas:',
  ];
  for (let a = firstArea; a < firstArea + areas; a++) {
    const t1 = Math.floor(rand() * teamCount);
    const t2 = (t1 + 1 + Math.floor(rand() * (teamCount - 1))) % teamCount;
    lines.push(
      `  - id: area-${a}`,
      `    title: ${pick(WORDS)} of service ${a}`,
      `    paths: [services/svc-${a}/**, libs/lib-${a}/src/**]`,
      '    owners:',
      `      - team: team-${t1}`,
      `        responsibility: Endpoint logic and ${pick(WORDS)}`,
      `      - team: team-${t2}`,
      `        responsibility: ${pick(WORDS)} budgets and load tests`,
      '    duties:',
      `      ${DUTIES[a % DUTIES.length]}: team-${t1}`,
      `      ${DUTIES[(a + 1) % DUTIES.length]}: lead-${t2}`,
      `      ${DUTIES[(a + 2) % DUTIES.length]}:`,
      `        joint: [team-${t1}, team-${t2}]`,
    );
  }
  return lines.join('\n') + '\n';
}

function cadenceDoc(first, count, teamCount, rand) {
  const lines = [
    H('cadence.schema.json') + 'kind: Cadence',
    `title: Meetings ${first}-${first + count - 1}`,
    'meetings:',
  ];
  for (let m = first; m < first + count; m++) {
    const t = Math.floor(rand() * teamCount);
    lines.push(
      `  - id: sync-${m}`,
      `    title: Sync ${m}`,
      '    frequency: bi-weekly',
      `    day: ${DAYS[m % 5]}`,
      '    duration: 30min',
      `    participants: [core, team-${t}]`,
      '    agenda: [regressions, budgets, open work]',
    );
  }
  return lines.join('\n') + '\n';
}

function metricsDoc(first, count, teamCount) {
  const lines = [
    H('metrics.schema.json') + 'kind: Metrics',
    `title: Metrics ${first}-${first + count - 1}`,
    'metrics:',
  ];
  for (let m = first; m < first + count; m++) {
    lines.push(
      `  - { id: metric-${m}, name: p95 latency of endpoint ${m}, owner: team-${m % teamCount}, unit: ms, target: "<= ${100 + (m % 400)}ms" }`,
    );
  }
  return lines.join('\n') + '\n';
}

function workflowDoc(n) {
  const steps = 10;
  const lines = [H('workflow.schema.json') + 'kind: Workflow', `id: flow-${n}`, `title: Incident flow ${n}`, 'nodes:'];
  lines.push(`  - { id: s0, type: start, label: Regression detected in service ${n} }`);
  for (let i = 1; i < steps - 1; i++)
    lines.push(`  - { id: s${i}, type: ${i === 3 ? 'decision' : 'task'}, label: Step ${i} of flow ${n} }`);
  lines.push(`  - { id: s${steps - 1}, type: end, label: Resolved }`);
  lines.push('edges:');
  for (let i = 0; i < steps - 1; i++)
    lines.push(`  - { from: s${i}, to: s${i + 1}${i === 3 ? ', label: "yes"' : ''} }`);
  lines.push(`  - { from: s3, to: s${steps - 1}, label: "no" }`);
  return lines.join('\n') + '\n';
}

function escalationDoc(n, teamCount) {
  const t = n % teamCount;
  return [
    H('escalation-matrix.schema.json') + 'kind: EscalationMatrix',
    `id: escalation-${n}`,
    `title: Escalation for product line ${n}`,
    `channel: chan-${t}`,
    'levels:',
    `  - { level: 1, trigger: p95 above budget for 10 minutes, responseTime: 15m, responders: [lead-${t}] }`,
    `  - { level: 2, trigger: error budget burning, responseTime: 10m, responders: [lead-${t}, core-lead] }`,
    `  - { level: 3, trigger: outage, responseTime: immediate, responders: [core-lead, team-${t}] }`,
    '',
  ].join('\n');
}

function coreTeam(dir) {
  writeFileSync(
    path.join(dir, 'coordination/core.yaml'),
    H('teams.schema.json') +
      'kind: Teams\nteams:\n  - id: core\n    name: Core performance team\n    dependency: core\n    lead: core-lead\nroles:\n  - id: core-lead\n    name: Core lead\n    team: core\n',
  );
}

/**
 * `documents` documents, one a file: 5% teams, 5% their channels, 40%
 * ownership, 20% cadence, 10% metrics, 10% workflows, 10% escalation; 1%
 * carry a misspelled reference, so that findings are reported too. The
 * project file and the core team come on top.
 */
export function generateDocs(name, documents) {
  const dir = path.join(CORPUS_DIR, name);
  const stamp = path.join(dir, '.stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${VERSION}:${documents}`) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'coordination'), { recursive: true });
  project(dir, name);
  coreTeam(dir);
  const rand = rng(documents);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const teamDocs = Math.max(1, Math.round(documents * 0.05));
  const perTeamDoc = 10;
  const teamCount = teamDocs * perTeamDoc;
  let written = 0;
  let area = 0;
  let meeting = 0;
  let metric = 0;
  const write = (file, text) => {
    const broken = written % 100 === 42;
    writeFileSync(path.join(dir, 'coordination', file), broken ? text.replace(/team-(\d+)/, 'taem-$1') : text);
    written++;
  };
  for (let i = 0; i < teamDocs; i++) write(`teams-${i}.yaml`, teamsDoc(i * perTeamDoc, perTeamDoc, pick));
  for (let i = 0; i < teamDocs; i++) write(`channels-${i}.yaml`, channelsDoc(i * perTeamDoc, perTeamDoc));
  const plan = [
    [0.4, (i) => [`ownership-${i}.yaml`, ownershipDoc((area += 4) - 4, 4, teamCount, pick, rand)]],
    [0.2, (i) => [`cadence-${i}.yaml`, cadenceDoc((meeting += 6) - 6, 6, teamCount, rand)]],
    [0.1, (i) => [`metrics-${i}.yaml`, metricsDoc((metric += 10) - 10, 10, teamCount)]],
    [0.1, (i) => [`workflow-${i}.yaml`, workflowDoc(i)]],
    [0.1, (i) => [`escalation-${i}.yaml`, escalationDoc(i, teamCount)]],
  ];
  for (const [share, make] of plan) {
    const count = Math.round(documents * share);
    for (let i = 0; i < count; i++) write(...make(i));
  }
  while (written < documents)
    write(`ownership-extra-${written}.yaml`, ownershipDoc((area += 4) - 4, 4, teamCount, pick, rand));
  writeFileSync(stamp, `${VERSION}:${documents}`);
  return dir;
}

/** One Ownership document of about `lines` lines (13 lines an area). */
export function generateBigDocument(name, lines) {
  const dir = path.join(CORPUS_DIR, name);
  const stamp = path.join(dir, '.stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${VERSION}:${lines}`) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'coordination'), { recursive: true });
  project(dir, name);
  coreTeam(dir);
  const rand = rng(lines);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  writeFileSync(path.join(dir, 'coordination/teams.yaml'), teamsDoc(0, 50, pick));
  writeFileSync(path.join(dir, 'coordination/channels.yaml'), channelsDoc(0, 50));
  writeFileSync(path.join(dir, 'coordination/areas.yaml'), ownershipDoc(0, Math.ceil(lines / 13), 50, pick, rand));
  writeFileSync(stamp, `${VERSION}:${lines}`);
  return dir;
}

/** An organisation: `teams` teams and `areas` areas, with meetings and escalation. */
export function generateOrg(name, teams, areas) {
  const dir = path.join(CORPUS_DIR, name);
  const stamp = path.join(dir, '.stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${VERSION}:${teams}:${areas}`) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'coordination'), { recursive: true });
  project(dir, name);
  coreTeam(dir);
  const rand = rng(teams * 7919 + areas);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  for (let i = 0; i < teams / 50; i++) {
    writeFileSync(path.join(dir, `coordination/teams-${i}.yaml`), teamsDoc(i * 50, 50, pick));
    writeFileSync(path.join(dir, `coordination/channels-${i}.yaml`), channelsDoc(i * 50, 50));
  }
  for (let i = 0; i < areas / 50; i++) {
    writeFileSync(path.join(dir, `coordination/areas-${i}.yaml`), ownershipDoc(i * 50, 50, teams, pick, rand));
  }
  for (let i = 0; i < teams / 50; i++)
    writeFileSync(path.join(dir, `coordination/cadence-${i}.yaml`), cadenceDoc(i * 50, 50, teams, rand));
  for (let i = 0; i < 20; i++)
    writeFileSync(path.join(dir, `coordination/escalation-${i}.yaml`), escalationDoc(i, teams));
  writeFileSync(stamp, `${VERSION}:${teams}:${areas}`);
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const n of [1000, 2000, 4000]) console.log(generateDocs(`docs-${n}`, n));
  console.log(generateBigDocument('big-50k', 50_000));
  console.log(generateOrg('org-500', 500, 5000));
}

/**
 * A copy of a corpus with one document in 40 changed, for `perfcoord diff`:
 * a slower escalation response, a moved meeting, a team's dependency.
 */
export function changedCopy(from, name) {
  const dir = path.join(CORPUS_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
  const files = readdirSync(path.join(dir, 'coordination')).sort();
  files.forEach((file, i) => {
    if (i % 40 !== 0) return;
    const full = path.join(dir, 'coordination', file);
    const text = readFileSync(full, 'utf8');
    writeFileSync(
      full,
      text
        .replace('responseTime: 15m', 'responseTime: 20m')
        .replace(/day: \w+/, 'day: friday')
        .replace(/dependency: (high|medium)/, 'dependency: low'),
    );
  });
  return dir;
}
