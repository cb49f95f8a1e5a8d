// Building blocks shared by every perfcoord schema. Each published schema is
// self-contained (its own $defs), so that editors and other validators can use
// one file without resolving references across files.

export const ID_PATTERN = '^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$';

// The one grammar of time amounts; src/core/util/durations.ts builds the same strings (a test
// holds them equal) and reads the amounts with them.
const UNIT_WORDS = [
  ['d', 'day', 'days'],
  ['h', 'hr', 'hrs', 'hour', 'hours'],
  ['m', 'min', 'mins', 'minute', 'minutes'],
  ['s', 'sec', 'secs', 'second', 'seconds'],
];
const AMOUNTS = `(?=\\d)${UNIT_WORDS.map((w) => `(?:(\\d+(?:\\.\\d+)?)[ _]?(?:${w.join('|')})(?:[ _](?=\\d))?)?`).join('')}`;
export const DURATION = `^${AMOUNTS}$`;

export const LIMITS = {
  id: 64,
  label: 200,
  text: 1000,
  longText: 8000,
  glob: 300,
  list: 200,
  bigList: 5000,
};

export const defs = {
  id: {
    description:
      'An identifier: lowercase letters and digits, words joined by "_" or "-", starting with a letter.',
    type: 'string',
    minLength: 1,
    maxLength: LIMITS.id,
    pattern: ID_PATTERN,
    patternErrorMessage:
      'must be an id: lowercase letters and digits, words joined by "_" or "-", starting with a letter (for example "backend" or "api_performance")',
  },
  partyRef: {
    description:
      'The id of a team, a role or a group declared in a Teams document (roles may also be named by one of their aliases).',
    $ref: '#/$defs/id',
  },
  partyList: {
    description: 'A list of team, role or group ids.',
    type: 'array',
    maxItems: LIMITS.list,
    items: { $ref: '#/$defs/partyRef' },
  },
  label: {
    description: 'A short single-line text.',
    type: 'string',
    minLength: 1,
    maxLength: LIMITS.label,
    pattern: '^[^\\n\\r]*$',
    patternErrorMessage: 'must be a single line of text',
  },
  text: {
    description: 'A free text.',
    type: 'string',
    minLength: 1,
    maxLength: LIMITS.text,
  },
  longText: {
    description: 'A longer free text; Markdown is kept as written.',
    type: 'string',
    maxLength: LIMITS.longText,
  },
  labelList: {
    description: 'A list of short texts.',
    type: 'array',
    maxItems: LIMITS.list,
    items: { $ref: '#/$defs/label' },
  },
  textMap: {
    description: 'Named practices: each key is a snake_case name, each value a short text.',
    type: 'object',
    maxProperties: 50,
    propertyNames: { $ref: '#/$defs/id' },
    additionalProperties: { $ref: '#/$defs/label' },
  },
  holder: {
    description:
      'Who holds a duty: one team or role id; or an explicit joint holding ({ joint: [ids] }). A list of ids or an empty value is reported by the ownership-duty-holder rule.',
    type: ['string', 'object', 'array', 'null'],
    minLength: 1,
    maxLength: LIMITS.id,
    pattern: ID_PATTERN,
    patternErrorMessage: 'must be the id of a team or role, or { joint: [ids] }',
    maxItems: 20,
    items: { $ref: '#/$defs/partyRef' },
    additionalProperties: false,
    required: ['joint'],
    properties: {
      joint: {
        description: 'The teams or roles that hold the duty together (at least two).',
        type: 'array',
        minItems: 1,
        maxItems: 20,
        items: { $ref: '#/$defs/partyRef' },
      },
      note: {
        description: 'How the joint holding works, in the words of the strategy (e.g. "joint_validation").',
        $ref: '#/$defs/label',
      },
    },
  },
  dutyMap: {
    description:
      'Duties by name (setup, configuration, maintenance, triggers, validation, …), each with exactly one accountable holder.',
    type: 'object',
    maxProperties: 50,
    propertyNames: { $ref: '#/$defs/id' },
    additionalProperties: { $ref: '#/$defs/holder' },
  },
  duration: {
    description:
      'A duration: amounts with a unit, largest first, such as "15min", "45 minutes", "2h" or "1h30m" (the grammar of parseMinutes in src/core/util/durations.ts).',
    type: 'string',
    maxLength: 32,
    pattern: DURATION,
    patternErrorMessage: 'must be a duration with a unit, such as "15min", "45 minutes", "2h" or "1h30m"',
  },
  responseTime: {
    description:
      'How fast responders must answer: "immediate", or an amount with a unit such as "15m", "15_minutes", "2h" or "1h30m".',
    type: 'string',
    maxLength: 32,
    pattern: `^(?:immediate|${AMOUNTS})$`,
    patternErrorMessage: 'must be "immediate" or an amount of time with a unit, such as "15m", "15_minutes", "2h" or "1h30m"',
  },
  frequency: {
    description: 'How often a meeting happens.',
    type: 'string',
    enum: [
      'daily',
      'weekly',
      'bi-weekly',
      'bi_weekly',
      'monthly',
      'quarterly',
      'per-sprint',
      'per_sprint',
      'ad-hoc',
    ],
  },
  weekday: {
    description: 'A day of the week.',
    type: 'string',
    enum: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  },
  time: {
    description: 'A time of day, 24-hour "HH:MM".',
    type: 'string',
    maxLength: 5,
    pattern: '^(?:[01]\\d|2[0-3]):[0-5]\\d$',
    patternErrorMessage: 'must be a time of day such as "09:00" or "14:30"',
  },
  threshold: {
    description: 'A measurable target: an operator, a number and an optional unit, e.g. "<= 200ms" or ">= 95%".',
    type: 'string',
    maxLength: 64,
    pattern: '^(?:<=|>=|<|>|==|!=)\\s*-?\\d+(?:\\.\\d+)?\\s*[A-Za-z%/_]*$',
    patternErrorMessage: 'must be an operator, a number and an optional unit, such as "<= 200ms" or ">= 95%"',
  },
  resultSource: {
    description: 'A tool whose result files `perfcoord gate check` reads.',
    type: 'string',
    enum: ['k6', 'lighthouse', 'bench'],
  },
  stat: {
    description: 'Which figure of a measured metric, e.g. "p(95)", "avg", "rate" or "latency".',
    type: 'string',
    minLength: 1,
    maxLength: 64,
    pattern: '^[^\\n\\r]+$',
    patternErrorMessage: 'must be a statistic on one line, such as "p(95)", "avg", "rate" or "latency"',
  },
  date: {
    description: 'A calendar date, "YYYY-MM-DD".',
    type: 'string',
    maxLength: 10,
    pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$',
    patternErrorMessage: 'must be a date such as "2025-08-25"',
  },
  glob: {
    description: 'A path glob relative to the project folder, such as "src/db/**" or "migrations/*.sql".',
    type: 'string',
    minLength: 1,
    maxLength: LIMITS.glob,
    pattern: '^[^\\n\\r\\u0000]+$',
    patternErrorMessage: 'must be a single-line path glob',
  },
  handles: {
    description:
      'How other systems name this team or role: CODEOWNERS owners, reviewers, escalation pages. Each is optional.',
    type: 'object',
    additionalProperties: false,
    properties: {
      github: {
        description: 'A GitHub team "@org/team" or user "@user".',
        type: 'string',
        maxLength: 140,
        pattern: '^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$',
        patternErrorMessage: 'must be a GitHub team "@org/team" or user "@user"',
      },
      gitlab: {
        description: 'A GitLab group "@group/subgroup" or user "@user".',
        type: 'string',
        maxLength: 255,
        pattern: '^@[A-Za-z0-9_.][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.][A-Za-z0-9_.-]*)*$',
        patternErrorMessage: 'must be a GitLab group "@group/subgroup" or user "@user"',
      },
      email: {
        description: 'An email address, e.g. "perf-team@example.com".',
        type: 'string',
        maxLength: 254,
        pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
        patternErrorMessage: 'must be an email address such as "perf-team@example.com"',
      },
    },
  },
};

/** The properties every document starts with. */
export function header(kind, what) {
  return {
    apiVersion: {
      description: 'The perfcoord document format version. Always "perfcoord/v1".',
      const: 'perfcoord/v1',
    },
    kind: {
      description: `The kind of document: "${kind}" (${what}).`,
      const: kind,
    },
  };
}

/** Optional heading and introduction shared by collection documents. */
export function titled(what) {
  return {
    title: {
      description: `The heading this document's ${what} appear under in the rendered docs.`,
      $ref: '#/$defs/label',
    },
    description: {
      description: 'An introduction shown under the heading in the rendered docs.',
      $ref: '#/$defs/longText',
    },
  };
}

export function list(items, description, maxItems = LIMITS.list, minItems = 0) {
  const out = { description, type: 'array', maxItems, items };
  if (minItems > 0) out.minItems = minItems;
  return out;
}

export function object(description, properties, required = []) {
  const out = { description, type: 'object', additionalProperties: false, properties };
  if (required.length > 0) out.required = required;
  return out;
}

export function ref(name, description) {
  return { description, $ref: `#/$defs/${name}` };
}

export function schema({ file, title, description, properties, required, localDefs = {} }) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://perfcoord.dev/schemas/v1/${file}`,
    title,
    description,
    type: 'object',
    additionalProperties: false,
    required,
    properties,
    $defs: { ...defs, ...localDefs },
  };
}
