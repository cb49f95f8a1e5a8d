/** Ownership, gates, escalation, workflows and the plan. */
import type { Loc, Ref, Section } from './types.js';

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

/** The tools whose result files `gate check` reads. */
export type ResultSource = 'k6' | 'lighthouse' | 'bench';

export type Criterion =
  | { kind: 'text'; text: string }
  | { kind: 'metric'; metric: Ref; target: string; description?: string; loc: Loc }
  /** A tool's own metric, named as the tool names it; no Metrics document needed. */
  | {
      kind: 'measure';
      metric: string;
      source: ResultSource;
      stat?: string;
      target: string;
      description?: string;
      loc: Loc;
    };

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
