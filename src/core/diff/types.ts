/** What `perfcoord diff` reports: the meaning of a change between two models. */

/** The kinds of change, in the order they are reported. */
export const DIFF_KINDS = [
  'project',
  'teams',
  'roles',
  'groups',
  'programs',
  'areas',
  'files',
  'gates',
  'escalation',
  'workflows',
  'cadence',
  'meeting-load',
  'practices',
  'channels',
  'triggers',
  'docs',
  'metrics',
  'risks',
  'plan',
] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export type ChangeType = 'added' | 'removed' | 'changed';

/** Why a team is named among the affected ones. */
export type Concern = 'team' | 'ownership' | 'duties' | 'escalation' | 'gates' | 'meetings' | 'files';

export interface Change {
  kind: DiffKind;
  id: string;
  change: ChangeType;
  /** The field that changed ("duties.setup", "responseTime"); absent for added and removed. */
  field?: string;
  before?: unknown;
  after?: unknown;
  /** What the change means, when it means more than before → after ("loosened", "slower: a regression"). */
  note?: string;
  /** True for a change that weakens coordination (a slower response, a loosened target). */
  regression?: boolean;
}

export interface AffectedTeam {
  id: string;
  name?: string;
  /** How other systems name the team (github, gitlab, email), when the model says. */
  handles?: Record<string, string>;
  concerns: Concern[];
}

export interface DiffResult {
  changes: Change[];
  teams: AffectedTeam[];
}
