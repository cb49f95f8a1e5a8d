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

export type Dependency = 'core' | 'critical' | 'high' | 'medium' | 'low';
export const DEPENDENCIES: readonly Dependency[] = ['core', 'critical', 'high', 'medium', 'low'];

export interface Team {
  id: string;
  name: string;
  dependency?: Dependency;
  lead?: Ref;
  channel?: Ref;
  description?: string;
  focus: string[];
  section: Section;
  loc: Loc;
}

export interface Role {
  id: string;
  name?: string;
  team?: Ref;
  aliases: Ref[];
  description?: string;
  loc: Loc;
}

export interface Group {
  id: string;
  name?: string;
  members: Ref[];
  description?: string;
  loc: Loc;
}

export interface Program {
  id: string;
  title: string;
  concept?: string;
  selection?: string;
  responsibilities: string[];
  support: string[];
  meeting?: Ref;
  members: Ref[];
  section: Section;
  loc: Loc;
}

/** Who holds a duty, as written. */
export type Holder =
  | { kind: 'single'; ref: Ref }
  | { kind: 'joint'; refs: Ref[]; note?: string; loc: Loc }
  | { kind: 'list'; refs: Ref[]; loc: Loc }
  | { kind: 'none'; loc: Loc };

export interface Duty {
  name: string;
  holder: Holder;
  loc: Loc;
}

export interface AreaOwner {
  team: Ref;
  responsibility?: string;
  tasks: string[];
  loc: Loc;
}

export interface AreaPath {
  glob: string;
  loc: Loc;
}

export interface Area {
  id: string;
  title: string;
  description?: string;
  paths: AreaPath[];
  owners: AreaOwner[];
  duties: Duty[];
  escalation?: Ref;
  section: Section;
  loc: Loc;
}

export type Criterion =
  { kind: 'text'; text: string } | { kind: 'metric'; metric: Ref; target: string; description?: string };

export interface GateStage {
  id: string;
  name?: string;
  owner?: Holder;
  inputs: { from: Ref; input: string }[];
  criteria: Criterion[];
  signOff: Ref[];
  deliverable?: string;
  practices: [string, string][];
  loc: Loc;
}

export interface GatePipeline {
  id: string;
  title?: string;
  description?: string;
  stages: GateStage[];
  loc: Loc;
}

export interface EscalationLevel {
  level: number;
  name?: string;
  trigger: string;
  responseTime?: string;
  /** Minutes; 0 for "immediate"; undefined when unreadable. */
  responseMinutes?: number;
  responders: Ref[];
  channel?: Ref;
  actions: string[];
  loc: Loc;
}

export interface EscalationMatrix {
  id: string;
  title?: string;
  description?: string;
  channel?: Ref;
  levels: EscalationLevel[];
  loc: Loc;
}

export type NodeType = 'start' | 'task' | 'decision' | 'end';

export interface WorkflowNode {
  id: string;
  type: NodeType;
  label: string;
  owner?: Ref;
  description?: string;
  loc: Loc;
}

export interface WorkflowEdge {
  from: Ref;
  to: Ref;
  label?: string;
  loc: Loc;
}

export interface WorkflowPhase {
  id: string;
  name?: string;
  trigger?: string;
  duration?: string;
  stakeholders: Ref[];
  owners: Ref[];
  activities: string[];
  deliverable?: string;
  practices: [string, string][];
  duties: Duty[];
  loc: Loc;
}

export interface Workflow {
  id: string;
  title: string;
  description?: string;
  direction: 'TD' | 'LR';
  nodes: WorkflowNode[];
  edges: WorkflowEdge[];
  phases: WorkflowPhase[];
  loc: Loc;
}

export type Frequency = 'daily' | 'weekly' | 'bi-weekly' | 'monthly' | 'quarterly' | 'per-sprint' | 'ad-hoc';
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Meeting {
  id: string;
  title?: string;
  frequency?: Frequency;
  /** The frequency as written, e.g. "bi_weekly". */
  frequencyText?: string;
  day?: Weekday;
  time?: string;
  duration?: string;
  durationMinutes?: number;
  participants: Ref[];
  agenda: string[];
  focus?: string;
  format?: string;
  topics: string[];
  channel?: Ref;
  notes?: string;
  section: Section;
  loc: Loc;
}

export interface Practice {
  id: string;
  title?: string;
  responsibilities: { party: Ref; responsibility: string }[];
  purpose?: string;
  description?: string;
  section: Section;
  loc: Loc;
}

export interface Channel {
  id: string;
  name?: string;
  address: string;
  type?: string;
  usage?: string;
  purpose?: string;
  section: Section;
  loc: Loc;
}

export interface Trigger {
  event: string;
  action: string;
  channel?: Ref;
  escalation?: Ref;
  level?: number;
  loc: Loc;
}

export interface DocSpace {
  id: string;
  title?: string;
  location: string;
  owner?: Ref;
  maintainers: Ref[];
  contributors: Ref[];
  inputFrom: Ref[];
  access: Ref[];
  updateFrequency?: string;
  reviewProcess?: string;
  followUp?: string;
  section: Section;
  loc: Loc;
}

export interface Metric {
  id: string;
  name?: string;
  abbreviation?: string;
  category?: string;
  owner?: Ref;
  unit?: string;
  target?: string;
  source?: string;
  description?: string;
  section: Section;
  loc: Loc;
}

export interface Risk {
  id: string;
  title?: string;
  prevention?: string;
  detection?: string;
  response?: string;
  owner?: Ref;
  likelihood?: string;
  impact?: string;
  section: Section;
  loc: Loc;
}

export interface PlanItem {
  task: string;
  done: boolean;
  owner?: Ref;
  loc: Loc;
}

export interface PlanPhase {
  id: string;
  name: string;
  weeks?: { from: number; to: number; text: string };
  owner?: Ref;
  items: PlanItem[];
  loc: Loc;
}

export interface Plan {
  id: string;
  title?: string;
  description?: string;
  start?: string;
  phases: PlanPhase[];
  loc: Loc;
}

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
  document: StrategyDocument;
  docsOut: string;
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
  };
}
