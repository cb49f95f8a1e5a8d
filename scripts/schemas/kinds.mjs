// The perfcoord document kinds. `node scripts/schemas/generate.mjs` writes one
// JSON Schema (draft 2020-12) per kind into schemas/.
import { header, titled, list, object, ref, schema, LIMITS } from './common.mjs';

const project = schema({
  file: 'project.schema.json',
  title: 'perfcoord project file',
  description:
    'perfcoord.yaml: names the project and its core team, lists the documents to load and tunes the rules.',
  required: ['apiVersion', 'kind', 'name', 'coreTeam'],
  properties: {
    ...header('Project', 'the project file'),
    name: ref('label', 'The name of the coordination project, shown as the title of the rendered docs.'),
    description: ref('longText', 'What this coordination strategy is for; the introduction of the rendered index page.'),
    coreTeam: ref('id', 'The id of the core team every other team depends on (its dependency is "core").'),
    include: list(
      ref('glob', 'A glob of documents to load, relative to this file.'),
      'Globs of the documents to load, relative to this file. Defaults to ["coordination/**/*.yaml", "coordination/**/*.yml"].',
      100,
    ),
    exclude: list(
      ref('glob', 'A glob of files to skip, relative to this file.'),
      'Globs of files to skip even when an include matches them.',
      100,
    ),
    rules: {
      description: 'Per-rule severity overrides: "off", "info", "warning" or "error".',
      type: 'object',
      maxProperties: 100,
      propertyNames: ref('id', 'A rule id, as printed in brackets after each finding.'),
      additionalProperties: {
        description: 'The severity this rule reports with.',
        type: 'string',
        enum: ['off', 'info', 'warning', 'error'],
      },
    },
    settings: object('Numbers the rules and the rendered docs work with.', {
      sprintWeeks: {
        description: 'Length of a sprint in weeks, used to count "per-sprint" meetings. Default 2.',
        type: 'integer',
        minimum: 1,
        maximum: 8,
      },
      maxWeeklyMeetingHours: {
        description: 'A team above this many hours of recurring meetings a week gets a cadence-meeting-load warning. Default 10.',
        type: 'number',
        minimum: 0,
        maximum: 60,
      },
      timezone: {
        description:
          'The IANA time zone meeting times are local to, e.g. "Europe/Berlin". Calendars (export ics) use it; without it, times are taken as UTC.',
        type: 'string',
        maxLength: 64,
        pattern: '^[A-Za-z][A-Za-z0-9_+/-]*$',
        patternErrorMessage: 'must be an IANA time zone name such as "Europe/Berlin" or "America/New_York"',
      },
      cadenceStart: ref(
        'date',
        'The first day of the cadence: bi-weekly, monthly and quarterly meetings without their own "starts" count from it.',
      ),
      sprintStart: ref('date', 'The first day of the first sprint: per-sprint meetings recur every sprintWeeks weeks from it.'),
    }),
    document: object('Facts about the strategy document itself, shown on the index page.', {
      version: ref('label', 'The strategy version, e.g. "1.0".'),
      created: ref('date', 'When the strategy was created.'),
      owner: ref('partyRef', 'The team that owns the strategy.'),
      preparedBy: ref('partyRef', 'The team that prepared the strategy.'),
      stakeholderReview: ref('label', 'Who must review the strategy, e.g. "Required from all mentioned teams".'),
      implementationStart: ref('label', 'When implementation starts, e.g. "Upon stakeholder approval".'),
      reviewFrequency: ref('label', 'How often the strategy is reviewed, e.g. "Monthly coordination effectiveness review".'),
      summary: ref('longText', 'The closing statement of the strategy.'),
    }),
    codeowners: object('Where `perfcoord export codeowners` writes by default.', {
      out: {
        description:
          'The CODEOWNERS file, relative to this file. Default ".github/CODEOWNERS" at the root of the repository that holds the project.',
        type: 'string',
        minLength: 1,
        maxLength: LIMITS.glob,
      },
    }),
    docs: object('Where `perfcoord render docs` writes by default.', {
      out: {
        description: 'The output folder for rendered docs, relative to this file. Default "docs".',
        type: 'string',
        minLength: 1,
        maxLength: LIMITS.glob,
      },
    }),
  },
});

const team = object(
  'A team and how much it depends on the core team.',
  {
    id: ref('id', 'The team id other documents refer to.'),
    name: ref('label', 'The team name, e.g. "Backend Development Team".'),
    dependency: {
      description:
        'How much the team depends on the core team: "core" for the core team itself, then critical, high, medium or low.',
      type: 'string',
      enum: ['core', 'critical', 'high', 'medium', 'low'],
    },
    lead: ref('partyRef', 'The role that leads the team (a role id from this or another Teams document).'),
    channel: ref('id', 'The id of the team\'s own channel (declared in a Channels document).'),
    description: ref('longText', 'What the team does.'),
    focus: list(ref('label', 'One focus of the team.'), 'What the team focuses on.'),
    handles: ref('handles', 'How GitHub, GitLab and email name the team (CODEOWNERS owners, reviewers).'),
  },
  ['id', 'name', 'dependency'],
);

const role = object(
  'A named role, such as perf_lead or incident_commander.',
  {
    id: ref('id', 'The role id other documents refer to.'),
    name: ref('label', 'The role as people say it, e.g. "Performance Team Lead".'),
    team: ref('id', 'The team the role belongs to; leave out for roles outside the teams (management, executives).'),
    aliases: list(ref('id', 'Another id that names this role.'), 'Other ids that name this role, e.g. performance_lead for perf_lead.', 20),
    description: ref('longText', 'What the role does.'),
    handles: ref('handles', 'How GitHub, GitLab and email name whoever holds the role (escalation pages).'),
  },
  ['id'],
);

const group = object(
  'A named set of teams and roles, such as all_team_leads.',
  {
    id: ref('id', 'The group id other documents refer to.'),
    name: ref('label', 'The group as people say it.'),
    members: list(ref('partyRef', 'A team, role or group in this group.'), 'The teams, roles and groups in this group.'),
    description: ref('longText', 'Who the group is, especially when its members change (e.g. "affected teams").'),
  },
  ['id'],
);

const program = object(
  'A cross-team programme, such as the performance champions program.',
  {
    id: ref('id', 'The programme id.'),
    title: ref('label', 'The programme name.'),
    concept: ref('text', 'The idea of the programme.'),
    selection: ref('text', 'How members are chosen.'),
    responsibilities: list(ref('label', 'One responsibility.'), 'What members do.'),
    support: list(ref('label', 'One kind of support.'), 'What members get.'),
    meeting: ref('id', 'The id of the programme\'s recurring meeting (declared in a Cadence document).'),
    members: ref('partyList', 'The teams or roles taking part.'),
  },
  ['id', 'title'],
);

const teams = schema({
  file: 'teams.schema.json',
  title: 'perfcoord Teams',
  description: 'Teams with their dependency on the core team, roles, groups and cross-team programmes.',
  required: ['apiVersion', 'kind'],
  properties: {
    ...header('Teams', 'teams, roles, groups and programmes'),
    ...titled('teams'),
    teams: list(team, 'The teams.', LIMITS.bigList),
    roles: list(role, 'Roles that documents name as responders, participants or holders.', LIMITS.bigList),
    groups: list(group, 'Named sets of teams and roles.', LIMITS.list),
    programs: list(program, 'Cross-team programmes.', 50),
  },
});

const owner = object(
  'A team that owns part of an area.',
  {
    team: ref('partyRef', 'The owning team (or role).'),
    responsibility: ref('text', 'What this team is responsible for in the area.'),
    tasks: list(ref('label', 'One task.'), 'The concrete tasks this team holds in the area.'),
  },
  ['team'],
);

const area = object(
  'A shared area: who owns it and who holds each duty in it.',
  {
    id: ref('id', 'The area id people ask `perfcoord who-owns` about.'),
    title: ref('label', 'The area as people say it, e.g. "Database optimization".'),
    description: ref('longText', 'What the area covers.'),
    paths: list(
      ref('glob', 'A CODEOWNERS pattern, relative to the project folder.'),
      'Code paths that belong to the area, as CODEOWNERS patterns (gitignore rules without "!" and "[ ]").',
      100,
    ),
    owners: list(owner, 'The owning teams, each with its responsibility.', 20),
    duties: ref('dutyMap', 'Duties by name, each held by one team or role, or jointly.'),
    escalation: ref('id', 'The escalation matrix for this area, when it is not the project\'s only one.'),
  },
  ['id', 'title'],
);

const ownership = schema({
  file: 'ownership.schema.json',
  title: 'perfcoord Ownership',
  description: 'Shared areas, their owning teams and who holds each duty.',
  required: ['apiVersion', 'kind', 'areas'],
  properties: {
    ...header('Ownership', 'shared areas and duties'),
    ...titled('areas'),
    areas: list(area, 'The shared areas.', LIMITS.bigList),
    unowned: list(
      ref('glob', 'A CODEOWNERS pattern, relative to the project folder.'),
      'Code paths that belong to no area on purpose: export codeowners writes them with no owners.',
      LIMITS.bigList,
    ),
  },
});

const criterion = {
  description:
    'A criterion: free text; a measurable { metric, target } on a declared metric; or { metric, source, stat?, target } on a tool\'s own metric, which `perfcoord gate check` evaluates against result files.',
  type: ['string', 'object'],
  minLength: 1,
  maxLength: LIMITS.text,
  additionalProperties: false,
  required: ['metric', 'target'],
  properties: {
    metric: ref(
      'label',
      'Without source: the id of a metric declared in a Metrics document. With source: the tool\'s own name: a k6 metric (http_req_duration), a Lighthouse audit id (largest-contentful-paint) or "categories:<id>", a benchmark name.',
    ),
    source: ref('resultSource', 'The tool whose result files measure the metric: k6, lighthouse or bench.'),
    stat: ref('stat', 'Which figure of the metric: for k6 avg, min, max, med, p(N), rate, count or value; for a Bencher (BMF) benchmark its measure, e.g. latency.'),
    target: ref('threshold', 'The value to meet, e.g. "<= 200ms".'),
    description: ref('label', 'What the criterion checks.'),
  },
};

const stage = object(
  'One stage of a quality-gate pipeline.',
  {
    id: ref('id', 'The stage id.'),
    name: ref('label', 'The stage as people say it.'),
    owner: {
      description: 'The team or role that owns the gate, or { joint: [ids] } for joint ownership.',
      $ref: '#/$defs/holder',
    },
    inputs: list(
      object(
        'What another team contributes to the gate.',
        {
          from: ref('partyRef', 'The contributing team or role.'),
          input: ref('label', 'What it contributes, e.g. "test_case_review".'),
        },
        ['from', 'input'],
      ),
      'Contributions from other teams.',
      20,
    ),
    criteria: list(criterion, 'What must hold for the gate to pass.', 50),
    signOff: ref('partyList', 'The teams or roles that must sign the gate off.'),
    deliverable: ref('label', 'What the stage produces.'),
    practices: ref('textMap', 'Further named practices of the stage, e.g. performance_consideration: mandatory.'),
  },
  ['id'],
);

const gates = schema({
  file: 'quality-gates.schema.json',
  title: 'perfcoord QualityGates',
  description: 'An ordered pipeline of quality gates, each with an owner, inputs, criteria and sign-off.',
  required: ['apiVersion', 'kind', 'id', 'stages'],
  properties: {
    ...header('QualityGates', 'a quality-gate pipeline'),
    id: ref('id', 'The pipeline id.'),
    title: ref('label', 'The pipeline as people say it.'),
    description: ref('longText', 'What the pipeline is for.'),
    stages: list(stage, 'The stages, in delivery order.', 50, 1),
  },
});

const level = object(
  'One level of an escalation matrix.',
  {
    level: { description: 'The level number, 1 for the first responders.', type: 'integer', minimum: 1, maximum: 20 },
    name: ref('label', 'A name for the level.'),
    trigger: ref('label', 'What starts this level, e.g. "sla_breach_imminent".'),
    responseTime: ref('responseTime', 'How fast the responders answer.'),
    responders: ref('partyList', 'Who responds: roles, teams or groups.'),
    channel: ref('id', 'The channel this level is worked in (defaults to the matrix channel).'),
    actions: list(ref('label', 'One action.'), 'What the responders do first.', 20),
  },
  ['level', 'trigger', 'responseTime', 'responders'],
);

const escalation = schema({
  file: 'escalation-matrix.schema.json',
  title: 'perfcoord EscalationMatrix',
  description: 'Escalation levels: what triggers each, how fast it is answered, who responds and where.',
  required: ['apiVersion', 'kind', 'id', 'levels'],
  properties: {
    ...header('EscalationMatrix', 'an escalation matrix'),
    id: ref('id', 'The matrix id.'),
    title: ref('label', 'The matrix as people say it.'),
    description: ref('longText', 'When the matrix applies.'),
    channel: ref('id', 'The default escalation channel for every level.'),
    levels: list(level, 'The levels, from the first responders up.', 20),
  },
});

const node = object(
  'A step of a workflow graph.',
  {
    id: ref('id', 'The node id edges refer to.'),
    type: {
      description: 'start (exactly one), task, decision (two or more labelled branches) or end.',
      type: 'string',
      enum: ['start', 'task', 'decision', 'end'],
    },
    label: ref('label', 'The text in the box.'),
    owner: ref('partyRef', 'Who carries the step out.'),
    description: ref('longText', 'More about the step.'),
  },
  ['id', 'type', 'label'],
);

const edge = object(
  'A transition between two workflow nodes.',
  {
    from: ref('id', 'The node the transition leaves.'),
    to: ref('id', 'The node it reaches.'),
    label: ref('label', 'The condition, for branches of a decision.'),
  },
  ['from', 'to'],
);

const phase = object(
  'A phase of a workflow lifecycle.',
  {
    id: ref('id', 'The phase id.'),
    name: ref('label', 'The phase as people say it.'),
    trigger: ref('label', 'What starts the phase.'),
    duration: ref('label', 'How long the phase takes, e.g. "1-2 sprints".'),
    stakeholders: ref('partyList', 'Who has a stake in the phase.'),
    owners: ref('partyList', 'Who runs the phase.'),
    activities: list(ref('label', 'One activity.'), 'What happens in the phase.'),
    deliverable: ref('label', 'What the phase produces.'),
    practices: ref('textMap', 'Named practices of the phase, e.g. coordination_model: cross_functional_squad.'),
    duties: ref('dutyMap', 'Duties of the phase, each with its holder.'),
  },
  ['id'],
);

const workflow = schema({
  file: 'workflow.schema.json',
  title: 'perfcoord Workflow',
  description: 'A workflow: a graph of nodes and edges (a flowchart), or an ordered list of phases (a lifecycle).',
  required: ['apiVersion', 'kind', 'id', 'title'],
  properties: {
    ...header('Workflow', 'a workflow'),
    id: ref('id', 'The workflow id.'),
    title: ref('label', 'The workflow as people say it.'),
    description: ref('longText', 'When the workflow is used.'),
    direction: {
      description: 'The flowchart direction: TD (top-down, default) or LR (left to right).',
      type: 'string',
      enum: ['TD', 'LR'],
    },
    nodes: list(node, 'The steps of the graph.', 500),
    edges: list(edge, 'The transitions of the graph.', 2000),
    phases: list(phase, 'The phases of the lifecycle, in order.', 50),
  },
});

const meeting = object(
  'A recurring meeting.',
  {
    id: ref('id', 'The meeting id.'),
    title: ref('label', 'The meeting as people say it.'),
    frequency: ref('frequency', 'How often it happens.'),
    day: ref('weekday', 'The day of the week, for weekly, bi-weekly and monthly meetings on a fixed day.'),
    time: ref('time', 'When it starts.'),
    duration: ref('duration', 'How long it lasts.'),
    starts: ref('date', 'The first day it happens (bi-weekly, monthly, quarterly and per-sprint meetings count their weeks from it).'),
    week: {
      description: 'The week of the month of a monthly or quarterly meeting, with "day": "first" Monday, "last" Friday.',
      type: 'string',
      enum: ['first', 'second', 'third', 'fourth', 'last'],
    },
    participants: ref('partyList', 'Who attends.'),
    attendance: {
      description:
        'Who of the participants comes each time. "all" (the default): every participant, so the meeting counts towards each team\'s weekly meeting load; "rotating": a few of them in turn (pairs, a rota), so it does not.',
      type: 'string',
      enum: ['all', 'rotating'],
    },
    agenda: list(ref('label', 'One agenda item.'), 'The standing agenda.'),
    focus: ref('label', 'What the meeting focuses on.'),
    format: ref('label', 'How it is run, e.g. "hands_on_learning".'),
    topics: list(ref('label', 'One topic.'), 'Topics it covers.'),
    channel: ref('id', 'The channel that carries the meeting\'s notes and follow-ups.'),
    notes: ref('longText', 'Anything else people should know.'),
  },
  ['id', 'frequency'],
);

const practice = object(
  'A standing practice that is not a meeting, such as code-review involvement.',
  {
    id: ref('id', 'The practice id.'),
    title: ref('label', 'The practice as people say it.'),
    responsibilities: list(
      object(
        'What one team or role does in the practice.',
        {
          party: ref('partyRef', 'The team or role.'),
          responsibility: ref('label', 'What it does, e.g. "reviews_performance_critical_code".'),
        },
        ['party', 'responsibility'],
      ),
      'Who does what.',
      50,
    ),
    purpose: ref('label', 'What the practice achieves, e.g. "knowledge_sharing_through_reviews".'),
    description: ref('longText', 'More about the practice.'),
  },
  ['id'],
);

const cadence = schema({
  file: 'cadence.schema.json',
  title: 'perfcoord Cadence',
  description: 'Recurring meetings and standing practices.',
  required: ['apiVersion', 'kind'],
  properties: {
    ...header('Cadence', 'meetings and practices'),
    ...titled('meetings and practices'),
    meetings: list(meeting, 'The meetings.', LIMITS.bigList),
    practices: list(practice, 'Standing practices that are not meetings.', 100),
  },
});

const channel = object(
  'A communication channel.',
  {
    id: ref('id', 'The channel id documents refer to.'),
    name: ref('label', 'The channel as people say it.'),
    address: ref('label', 'Where to find it, e.g. "#backend-performance-sync" or a URL.'),
    type: {
      description: 'What kind of channel it is.',
      type: 'string',
      enum: ['chat', 'email', 'wiki', 'pager', 'video', 'ticket', 'other'],
    },
    usage: {
      description: 'What the channel is for: a team\'s own channel, the primary coordination channel, escalation, documentation, notifications or incidents.',
      type: 'string',
      enum: ['team', 'primary', 'escalation', 'documentation', 'notification', 'incident'],
    },
    purpose: ref('text', 'What goes there.'),
  },
  ['id', 'address'],
);

const trigger = object(
  'An event and how people are told about it.',
  {
    event: ref('id', 'The event, e.g. "performance_regression".'),
    action: ref('label', 'What happens, e.g. "automatic slack notification".'),
    channel: ref('id', 'The channel the notification goes to.'),
    escalation: ref('id', 'The escalation matrix the event starts, if any.'),
    level: { description: 'The escalation level the event starts at.', type: 'integer', minimum: 1, maximum: 20 },
  },
  ['event', 'action'],
);

const channels = schema({
  file: 'channels.schema.json',
  title: 'perfcoord Channels',
  description: 'Communication channels and notification triggers.',
  required: ['apiVersion', 'kind'],
  properties: {
    ...header('Channels', 'channels and notification triggers'),
    ...titled('channels'),
    channels: list(channel, 'The channels.', LIMITS.bigList),
    triggers: list(trigger, 'Notification triggers.', 200),
  },
});

const space = object(
  'A shared documentation space.',
  {
    id: ref('id', 'The space id.'),
    title: ref('label', 'The space as people say it.'),
    location: ref('label', 'Where it lives, e.g. "shared_wiki" or a URL.'),
    owner: ref('partyRef', 'The accountable owner.'),
    maintainers: ref('partyList', 'Who keeps it up to date.'),
    contributors: ref('partyList', 'Who writes in it.'),
    inputFrom: ref('partyList', 'Who feeds it.'),
    access: ref('partyList', 'Who can read it.'),
    updateFrequency: ref('label', 'How often it changes, e.g. "continuous".'),
    reviewProcess: ref('label', 'How changes are reviewed, e.g. "peer_review".'),
    followUp: ref('label', 'What follows an entry, e.g. "lessons_learned_sessions".'),
  },
  ['id', 'location'],
);

const docs = schema({
  file: 'docs.schema.json',
  title: 'perfcoord Docs',
  description: 'Shared documentation spaces.',
  required: ['apiVersion', 'kind', 'spaces'],
  properties: {
    ...header('Docs', 'documentation spaces'),
    ...titled('spaces'),
    spaces: list(space, 'The documentation spaces.', 500),
  },
});

const metric = object(
  'A metric or KPI.',
  {
    id: ref('id', 'The metric id criteria refer to.'),
    name: ref('label', 'The metric as people say it.'),
    abbreviation: ref('label', 'A short form, e.g. "MTTR".'),
    category: ref('id', 'A category that groups metrics, e.g. "issue_resolution".'),
    owner: ref('partyRef', 'The team or role accountable for the metric.'),
    unit: ref('label', 'The unit, e.g. "ms", "%" or "h".'),
    target: ref('threshold', 'The value to reach, e.g. "<= 4h".'),
    source: ref(
      'label',
      'Where the numbers come from. "k6", "lighthouse" or "bench" make criteria on this metric measurable by `perfcoord gate check`, with the metric id as the tool\'s name for it.',
    ),
    stat: ref('stat', 'With source k6: avg, min, max, med, p(N), rate, count or value; with source bench: the Bencher (BMF) measure.'),
    description: ref('longText', 'What the metric measures.'),
  },
  ['id'],
);

const metrics = schema({
  file: 'metrics.schema.json',
  title: 'perfcoord Metrics',
  description: 'Team metrics and KPIs.',
  required: ['apiVersion', 'kind', 'metrics'],
  properties: {
    ...header('Metrics', 'metrics and KPIs'),
    ...titled('metrics'),
    metrics: list(metric, 'The metrics.', LIMITS.bigList),
  },
});

const level3 = { description: 'low, medium or high.', type: 'string', enum: ['low', 'medium', 'high'] };

const risk = object(
  'A coordination risk and how it is handled.',
  {
    id: ref('id', 'The risk id.'),
    title: ref('label', 'The risk as people say it.'),
    prevention: ref('label', 'How it is prevented.'),
    detection: ref('label', 'How it is noticed.'),
    response: ref('label', 'What is done when it happens.'),
    owner: ref('partyRef', 'Who watches the risk.'),
    likelihood: { ...level3, description: 'How likely the risk is: low, medium or high.' },
    impact: { ...level3, description: 'How much harm it does: low, medium or high.' },
  },
  ['id'],
);

const risks = schema({
  file: 'risks.schema.json',
  title: 'perfcoord Risks',
  description: 'Coordination risks with prevention, detection and response.',
  required: ['apiVersion', 'kind', 'risks'],
  properties: {
    ...header('Risks', 'coordination risks'),
    ...titled('risks'),
    risks: list(risk, 'The risks.', 500),
  },
});

const item = object(
  'A checklist item of a plan phase.',
  {
    task: ref('label', 'What is to be done.'),
    done: { description: 'Whether it is done.', type: 'boolean' },
    owner: ref('partyRef', 'Who does it.'),
  },
  ['task'],
);

const planPhase = object(
  'A phase of the rollout plan.',
  {
    id: ref('id', 'The phase id.'),
    name: ref('label', 'The phase as people say it, e.g. "Foundation".'),
    weeks: {
      description: 'The weeks the phase spans, counted from the start: "1-2", or "3" for one week.',
      type: 'string',
      maxLength: 9,
      pattern: '^[1-9]\\d{0,2}(?:-[1-9]\\d{0,2})?$',
      patternErrorMessage: 'must be a week or a range of weeks such as "1-2"',
    },
    owner: ref('partyRef', 'Who drives the phase.'),
    items: list(item, 'The checklist.', 100),
  },
  ['id', 'name', 'weeks'],
);

const plan = schema({
  file: 'plan.schema.json',
  title: 'perfcoord Plan',
  description: 'The rollout plan: phases over weeks, each with a checklist.',
  required: ['apiVersion', 'kind', 'id', 'phases'],
  properties: {
    ...header('Plan', 'a rollout plan'),
    id: ref('id', 'The plan id.'),
    title: ref('label', 'The plan as people say it.'),
    description: ref('longText', 'What the plan delivers.'),
    start: ref('date', 'The date of the first week\'s Monday; without it the plan is shown in relative weeks.'),
    phases: list(planPhase, 'The phases, in order.', 50, 1),
  },
});

/** Kind name → [schema file, schema]. The order is the order of the docs. */
const kinds = {
  Project: ['project.schema.json', project],
  Teams: ['teams.schema.json', teams],
  Ownership: ['ownership.schema.json', ownership],
  QualityGates: ['quality-gates.schema.json', gates],
  EscalationMatrix: ['escalation-matrix.schema.json', escalation],
  Workflow: ['workflow.schema.json', workflow],
  Cadence: ['cadence.schema.json', cadence],
  Channels: ['channels.schema.json', channels],
  Docs: ['docs.schema.json', docs],
  Metrics: ['metrics.schema.json', metrics],
  Risks: ['risks.schema.json', risks],
  Plan: ['plan.schema.json', plan],
};

/**
 * For editors: one schema for any perfcoord document, dispatching on `kind`
 * to the kind's own schema file (referenced relative to this one).
 */
const anyDocument = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'perfcoord document',
  description: 'Any perfcoord document: the kind property selects the schema that applies.',
  type: 'object',
  required: ['apiVersion', 'kind'],
  properties: {
    apiVersion: { description: 'The perfcoord document format version. Always "perfcoord/v1".', const: 'perfcoord/v1' },
    kind: { description: 'The kind of document.', enum: Object.keys(kinds) },
  },
  allOf: Object.entries(kinds).map(([kind, [file]]) => ({
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    then: { $ref: file },
  })),
};

export const schemas = { ...kinds, Any: ['document.schema.json', anyDocument] };

/**
 * The properties that give a document's kind away when it forgot to say (validate then suggests
 * "add kind: <Kind>"), checked in this order. Generated into src/core/model/kinds-generated.ts.
 */
export const telltales = {
  Project: ['coreTeam'],
  Teams: ['teams', 'roles'],
  Ownership: ['areas'],
  QualityGates: ['stages'],
  EscalationMatrix: ['levels'],
  Workflow: ['nodes'],
  Cadence: ['meetings'],
  Channels: ['channels'],
  Docs: ['spaces'],
  Metrics: ['metrics'],
  Risks: ['risks'],
  Plan: ['phases'],
};
