/**
 * Answers → the documents of a new project, as data and as YAML text. The
 * layout is the minimal example's: the project file and four documents.
 */
import { API_VERSION, KINDS } from '../model/kinds.js';
import type { Kind } from '../model/kinds.js';
import type { HolderAnswer, ProjectAnswers } from './answers.js';
import { teamName } from './answers.js';
import {
  ALL_TEAMS,
  ALL_TEAM_LEADS,
  ESCALATION_CHANNEL,
  ESCALATION_MATRIX,
  FIXED_GROUPS,
  FIXED_ROLES,
  MONTHLY_REVIEW,
  TEAM_LEADS,
  leadRole,
  syncMeeting,
} from './ids.js';
import { schemaLine } from './schema-ref.js';
import type { SchemaSource } from './schema-ref.js';
import { emitYaml } from './yaml-emit.js';
import type { YamlValue } from './yaml-emit.js';

type Doc = { [key: string]: YamlValue | undefined };

/** The files the questions produce, whatever the answers. */
export const ANSWER_FILES = [
  'perfcoord.yaml',
  'coordination/teams.yaml',
  'coordination/ownership.yaml',
  'coordination/escalation.yaml',
  'coordination/cadence.yaml',
] as const;

const LABEL_MAX = 200;

/** The preferred text when it fits in a label, else the short one. */
function fit(preferred: string, fallback: string): string {
  return preferred.length <= LABEL_MAX ? preferred : fallback;
}

function head(kind: Kind): Doc {
  return { apiVersion: API_VERSION, kind };
}

function holder(h: HolderAnswer): YamlValue {
  return typeof h === 'string' ? h : { joint: [...h.joint] };
}

/** Each file's documents, in file order. */
export function documentsFor(a: ProjectAnswers): Record<(typeof ANSWER_FILES)[number], Doc[]> {
  const teams = [{ id: a.core.id, name: a.core.name, dependency: 'core' as const }, ...a.teams];
  const critical = a.teams.filter((t) => t.dependency === 'critical').map((t) => t.id);
  const members: Record<(typeof FIXED_GROUPS)[number]['id'], string[]> = {
    [TEAM_LEADS]: [a.core.id, ...critical].map(leadRole),
    [ALL_TEAM_LEADS]: teams.map((t) => leadRole(t.id)),
    [ALL_TEAMS]: teams.map((t) => t.id),
  };
  const project: Doc = { ...head('Project'), name: a.name, coreTeam: a.core.id, include: ['coordination/**/*.yaml'] };

  const teamsDoc: Doc = {
    ...head('Teams'),
    title: 'Teams',
    teams: teams.map((t) => ({
      id: t.id,
      name: t.name,
      dependency: t.dependency,
      lead: leadRole(t.id),
      channel: t.id,
    })),
    roles: [
      ...teams.map((t) => ({ id: leadRole(t.id), name: fit(`${t.name} lead`, `Lead of ${t.id}`), team: t.id })),
      ...FIXED_ROLES.map((r) => ({ ...r })),
    ],
    groups: FIXED_GROUPS.map((g) => ({ ...g, members: members[g.id] })),
  };
  const channels: Doc = {
    ...head('Channels'),
    title: 'Channels',
    channels: [
      ...teams.map((t) => ({ id: t.id, address: `#${t.id}`, type: 'chat', usage: 'team' })),
      {
        id: ESCALATION_CHANNEL,
        address: `#${ESCALATION_CHANNEL}`,
        type: 'chat',
        usage: 'escalation',
        purpose: 'Where performance escalations are worked.',
      },
    ],
  };

  const ownership: Doc = {
    ...head('Ownership'),
    title: 'Shared areas',
    areas: a.areas.map((area) => ({
      id: area.id,
      title: area.title,
      owners: area.owners.map((team) => ({ team })),
      ...(area.paths !== undefined && area.paths.length > 0 ? { paths: [...area.paths] } : {}),
      ...(area.duties.length > 0
        ? { duties: Object.fromEntries(area.duties.map((d) => [d.name, holder(d.holder)])) }
        : {}),
    })),
  };

  const escalation: Doc = {
    ...head('EscalationMatrix'),
    id: ESCALATION_MATRIX,
    title: 'Performance escalation',
    channel: ESCALATION_CHANNEL,
    levels: a.escalation.map((l) => ({
      level: l.level,
      trigger: l.trigger,
      responseTime: l.responseTime,
      responders: [...l.responders],
    })),
  };

  const cadence: Doc = {
    ...head('Cadence'),
    title: 'Meetings',
    meetings: [
      ...a.syncs.map((s) => ({
        id: syncMeeting(s.team),
        title: fit(`${a.core.name} / ${teamName(a, s.team)} sync`, `${a.core.id} / ${s.team} sync`),
        frequency: 'weekly',
        day: s.day,
        time: s.time,
        duration: s.duration,
        participants: [a.core.id, s.team],
      })),
      ...(a.monthlyReview
        ? [
            {
              id: MONTHLY_REVIEW,
              title: 'Monthly performance review',
              frequency: 'monthly',
              duration: '1hour',
              participants: [ALL_TEAMS],
              agenda: ['coordination effectiveness', 'open risks'],
            },
          ]
        : []),
    ],
  };

  return {
    'perfcoord.yaml': [project],
    'coordination/teams.yaml': [teamsDoc, channels],
    'coordination/ownership.yaml': [ownership],
    'coordination/escalation.yaml': [escalation],
    'coordination/cadence.yaml': [cadence],
  };
}

/** Each file's text: every document with its $schema line, `---` between documents. */
export function filesFromAnswers(answers: ProjectAnswers, source: SchemaSource): Map<string, string> {
  const files = new Map<string, string>();
  for (const [file, docs] of Object.entries(documentsFor(answers))) {
    const text = docs
      .map((doc) => `${schemaLine(file, KINDS[doc.kind as Kind], source)}\n${emitYaml(doc)}`)
      .join('---\n');
    files.set(file, text);
  }
  return files;
}
