import type { PathSegment } from '../load/node-info.js';
import type { LoadedDocument } from '../load/types.js';

/** Where something is written: a document and the path to the value in it. */
export interface Loc {
  doc: LoadedDocument;
  path: readonly PathSegment[];
}

/** A reference to something declared elsewhere, with where it is written. */
export interface Ref {
  id: string;
  loc: Loc;
}

/** The heading a collection document gives its items in the rendered docs. */
export interface Section {
  key: string;
  title?: string;
  description?: string;
}

export * from './types-teams.js';
export * from './types-work.js';
export * from './types-cadence.js';
import type { Group, Program, Role, Team } from './types-teams.js';
import type { Area, AreaPath, EscalationMatrix, GatePipeline, Plan, Workflow } from './types-work.js';
import type { Channel, DocSpace, Meeting, Metric, Practice, Risk, Trigger } from './types-cadence.js';

export interface StrategyDocument {
  version?: string;
  created?: string;
  owner?: Ref;
  preparedBy?: Ref;
  stakeholderReview?: string;
  implementationStart?: string;
  reviewFrequency?: string;
  summary?: string;
}

export type RuleSetting = 'off' | 'info' | 'warning' | 'error';

export interface Project {
  name: string;
  description?: string;
  coreTeam?: Ref;
  include: string[];
  exclude: string[];
  rules: Map<string, { setting: RuleSetting; loc: Loc }>;
  sprintWeeks: number;
  maxWeeklyMeetingHours: number;
  /** The IANA time zone meeting times are local to, as written. */
  timezone?: string;
  /** "YYYY-MM-DD": where bi-weekly, monthly and quarterly meetings without their own start count from. */
  cadenceStart?: string;
  /** "YYYY-MM-DD": the first day of the first sprint. */
  sprintStart?: string;
  document: StrategyDocument;
  docsOut: string;
  /** codeowners.out as written, relative to the project file; undefined for the default. */
  codeownersOut?: string;
  loc: Loc;
}

export interface Model {
  project?: Project;
  teams: Team[];
  roles: Role[];
  groups: Group[];
  programs: Program[];
  areas: Area[];
  pipelines: GatePipeline[];
  matrices: EscalationMatrix[];
  workflows: Workflow[];
  meetings: Meeting[];
  practices: Practice[];
  channels: Channel[];
  triggers: Trigger[];
  spaces: DocSpace[];
  metrics: Metric[];
  risks: Risk[];
  plans: Plan[];
  /** Code paths that belong to no area on purpose (Ownership `unowned:`). */
  unownedPaths: AreaPath[];
}

export function emptyModel(): Model {
  return {
    teams: [],
    roles: [],
    groups: [],
    programs: [],
    areas: [],
    pipelines: [],
    matrices: [],
    workflows: [],
    meetings: [],
    practices: [],
    channels: [],
    triggers: [],
    spaces: [],
    metrics: [],
    risks: [],
    plans: [],
    unownedPaths: [],
  };
}
