/** Every document kind, with the schema file that describes it. */
export const KINDS = {
  Project: 'project.schema.json',
  Teams: 'teams.schema.json',
  Ownership: 'ownership.schema.json',
  QualityGates: 'quality-gates.schema.json',
  EscalationMatrix: 'escalation-matrix.schema.json',
  Workflow: 'workflow.schema.json',
  Cadence: 'cadence.schema.json',
  Channels: 'channels.schema.json',
  Docs: 'docs.schema.json',
  Metrics: 'metrics.schema.json',
  Risks: 'risks.schema.json',
  Plan: 'plan.schema.json',
} as const;

export type Kind = keyof typeof KINDS;

export const KIND_NAMES = Object.keys(KINDS) as Kind[];

export const API_VERSION = 'perfcoord/v1';

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.hasOwn(KINDS, value);
}

/** The kind a schema name or file stem refers to, tolerant of case and separators. */
export function kindFromName(name: string): Kind | undefined {
  const wanted = name.toLowerCase().replace(/[-_\s]|\.schema\.json$|\.json$/g, '');
  return KIND_NAMES.find(
    (kind) => kind.toLowerCase() === wanted || KINDS[kind].replace(/[-_]|\.schema\.json$/g, '') === wanted,
  );
}
