/**
 * Default answers, drawn from the seed strategy (examples/seed), so that
 * pressing Enter through the questions gives a project shaped like it.
 */
import type {
  AreaAnswer,
  Dependency,
  HolderAnswer,
  LevelAnswer,
  PartialAnswers,
  SyncAnswer,
  Weekday,
} from './answers.js';
import { ACRONYMS, teamIds } from './answers.js';
import { checkSyncSlot } from './checks.js';
import { ALL_TEAMS, ALL_TEAM_LEADS, EXECUTIVE_TEAM, INCIDENT_COMMANDER, MANAGEMENT, TEAM_LEADS } from './ids.js';

export const DEFAULT_CORE = { id: 'performance', name: 'Performance Optimization Team' };

/** The seed's teams, by id: the names and dependency levels offered when a user names one of them. */
export const SEED_TEAMS: Readonly<Record<string, { name: string; dependency: Dependency }>> = {
  backend: { name: 'Backend Development Team', dependency: 'critical' },
  devops: { name: 'DevOps/Infrastructure Team', dependency: 'critical' },
  qa: { name: 'Quality Assurance Team', dependency: 'high' },
  architecture: { name: 'Architecture Team', dependency: 'high' },
  product: { name: 'Product Team', dependency: 'medium' },
  security: { name: 'Security Team', dependency: 'medium' },
  frontend: { name: 'Frontend Team', dependency: 'low' },
};

export const DEFAULT_TEAMS = ['backend', 'devops', 'qa'];

/** The seed's joint responsibilities split each area into these duties. */
export const DEFAULT_DUTIES = ['setup', 'configuration', 'maintenance'];

export const DEFAULT_AREAS = ['performance_monitoring', 'api_performance'];

/** The seed's escalation matrix: level 2 answers slower than level 1, as the strategy has it. */
export const SEED_LEVELS: readonly Pick<LevelAnswer, 'trigger' | 'responseTime'>[] = [
  { trigger: 'performance_degradation_detected', responseTime: '15_minutes' },
  { trigger: 'sla_breach_imminent', responseTime: '30_minutes' },
  { trigger: 'sla_breach_occurred', responseTime: 'immediate' },
  { trigger: 'system_wide_performance_failure', responseTime: 'immediate' },
];

export const DEFAULT_SYNC_DURATION = '30min';

const SYNC_DAYS: readonly Weekday[] = ['tuesday', 'wednesday', 'thursday', 'friday', 'monday'];
const SYNC_TIMES = ['10:00', '11:00', '14:00', '15:00', '16:00', '09:00'];

/** The first slot that keeps the core team's syncs apart: one per day first, then later in the day. */
export function freeSlot(
  earlier: readonly SyncAnswer[],
  team: string,
  duration = DEFAULT_SYNC_DURATION,
): { day: Weekday; time: string } {
  for (const time of SYNC_TIMES) {
    for (const day of SYNC_DAYS) {
      if (checkSyncSlot({ team, day, time, duration }, earlier) === true) return { day, time };
    }
  }
  return { day: 'tuesday', time: SYNC_TIMES[0] ?? '10:00' };
}

/** The first free start time on a given day. */
export function freeTime(
  day: Weekday,
  earlier: readonly SyncAnswer[],
  team: string,
  duration = DEFAULT_SYNC_DURATION,
): string {
  return (
    SYNC_TIMES.find((time) => checkSyncSlot({ team, day, time, duration }, earlier) === true) ??
    SYNC_TIMES[0] ??
    '10:00'
  );
}

export function defaultTeam(id: string): { name: string; dependency: Dependency } {
  return (
    (Object.hasOwn(SEED_TEAMS, id) ? SEED_TEAMS[id] : undefined) ?? {
      name: `${id
        .split(/[_-]+/)
        .map((w) => (Object.hasOwn(ACRONYMS, w) ? ACRONYMS[w] : undefined) ?? w.charAt(0).toUpperCase() + w.slice(1))
        .join(' ')} Team`,
      dependency: 'medium',
    }
  );
}

export function criticalTeams(answers: PartialAnswers): string[] {
  return (answers.teams ?? []).filter((t) => t.dependency === 'critical').map((t) => t.id);
}

/** The seed's responders, level by level, in terms of this project's teams. */
export function defaultResponders(level: number, answers: PartialAnswers): string[] {
  switch (level) {
    case 1:
      return teamIds({
        ...(answers.core ? { core: answers.core } : {}),
        teams: (answers.teams ?? []).filter((t) => t.dependency === 'critical'),
      });
    case 2:
      return [TEAM_LEADS];
    case 3:
      return [MANAGEMENT, ALL_TEAM_LEADS, INCIDENT_COMMANDER];
    default:
      return [EXECUTIVE_TEAM, ALL_TEAMS];
  }
}

export function defaultLevels(answers: PartialAnswers): LevelAnswer[] {
  return SEED_LEVELS.map((l, i) => ({ level: i + 1, ...l, responders: defaultResponders(i + 1, answers) }));
}

/**
 * Who holds a duty by default, after the seed's performance monitoring:
 * the other team sets up, the core team configures, and both maintain.
 */
export function defaultHolder(duty: string, owners: readonly string[], core: string | undefined): HolderAnswer {
  const other = owners.find((o) => o !== core);
  const first = owners[0] ?? core ?? '';
  const coreOwns = core !== undefined && owners.includes(core);
  if (duty === 'setup') return other ?? first;
  if (duty === 'maintenance' && owners.length >= 2) return { joint: [...owners] };
  return coreOwns ? (core ?? first) : first;
}

/** The core team and the first other team share an area unless told otherwise. */
export function defaultOwners(answers: PartialAnswers): string[] {
  return teamIds(answers).slice(0, 2);
}

export function defaultArea(id: string, title: string, answers: PartialAnswers, duties: readonly string[]): AreaAnswer {
  const owners = defaultOwners(answers);
  return {
    id,
    title,
    owners,
    duties: duties.map((name) => ({ name, holder: defaultHolder(name, owners, answers.core?.id) })),
  };
}
