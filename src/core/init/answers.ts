/** What the `perfcoord init` questions collect: enough to write a small, valid project. */

export const DEPENDENCIES = ['critical', 'high', 'medium', 'low'] as const;
export type Dependency = (typeof DEPENDENCIES)[number];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface TeamAnswer {
  id: string;
  name: string;
  dependency: Dependency;
}

/** One team, or several holding a duty together (stated, never implied). */
export type HolderAnswer = string | { joint: string[] };

export interface AreaAnswer {
  id: string;
  title: string;
  /** The teams that share the area. */
  owners: string[];
  duties: { name: string; holder: HolderAnswer }[];
  /** Globs of the code the area covers, so that who-owns finds it by path. */
  paths?: string[];
}

export interface LevelAnswer {
  level: number;
  trigger: string;
  responseTime: string;
  responders: string[];
}

/** A weekly sync between the core team and one other team. */
export interface SyncAnswer {
  team: string;
  day: Weekday;
  time: string;
  duration: string;
}

export interface ProjectAnswers {
  name: string;
  core: { id: string; name: string };
  teams: TeamAnswer[];
  areas: AreaAnswer[];
  escalation: LevelAnswer[];
  syncs: SyncAnswer[];
  /** A monthly review of every team with the core team. */
  monthlyReview: boolean;
}

/** The answers gathered so far: each step adds its part. */
export type PartialAnswers = Partial<ProjectAnswers>;

/** Every team id: the core team first. */
export function teamIds(answers: Pick<PartialAnswers, 'core' | 'teams'>): string[] {
  return [...(answers.core ? [answers.core.id] : []), ...(answers.teams ?? []).map((t) => t.id)];
}

export function teamName(answers: Pick<PartialAnswers, 'core' | 'teams'>, id: string): string {
  if (answers.core?.id === id) return answers.core.name;
  return answers.teams?.find((t) => t.id === id)?.name ?? id;
}

export const ACRONYMS: Readonly<Record<string, string>> = {
  api: 'API',
  sre: 'SRE',
  dba: 'DBA',
  ux: 'UX',
  ml: 'ML',
  kpi: 'KPI',
  sql: 'SQL',
  qa: 'QA',
  sla: 'SLA',
  slo: 'SLO',
  ci: 'CI',
  ui: 'UI',
  db: 'DB',
  cdn: 'CDN',
  io: 'I/O',
};

/** "performance_monitoring" → "Performance monitoring", "api_latency" → "API latency". */
export function titleFromId(id: string): string {
  const words = id.split(/[_-]+/).filter((w) => w !== '');
  const text = words.map((w) => (Object.hasOwn(ACRONYMS, w) ? ACRONYMS[w] : undefined) ?? w).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The answers once every step has run, or the first part still missing. */
export function completeAnswers(a: PartialAnswers): ProjectAnswers | string {
  const { name, core, teams, areas, escalation, syncs, monthlyReview } = a;
  if (name === undefined) return 'name';
  if (core === undefined) return 'core';
  if (teams === undefined) return 'teams';
  if (areas === undefined) return 'areas';
  if (escalation === undefined) return 'escalation';
  if (syncs === undefined) return 'syncs';
  if (monthlyReview === undefined) return 'monthlyReview';
  return { name, core, teams, areas, escalation, syncs, monthlyReview };
}
