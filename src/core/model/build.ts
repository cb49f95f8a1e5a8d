import type { LoadedDocument } from '../load/types.js';
import type { PathSegment } from '../load/node-info.js';
import { isPlainObject, own, ownArray, ownEntries, ownNumber, ownString } from '../util/object.js';
import { parseMinutes } from '../util/durations.js';
import type {
  Area,
  Criterion,
  Dependency,
  Duty,
  Frequency,
  Holder,
  Loc,
  Model,
  NodeType,
  Project,
  Ref,
  RuleSetting,
  Section,
  Weekday,
} from './types.js';
import { DEPENDENCIES, WEEKDAYS, emptyModel } from './types.js';

/**
 * Documents → one model. Reads defensively: a document may have failed its
 * schema, so every value is checked for its type and anything unusable is
 * skipped (the schema findings already say why).
 */
export function buildModel(documents: readonly LoadedDocument[]): Model {
  const model = emptyModel();
  for (const doc of documents) {
    const b = new DocReader(doc);
    switch (doc.kind) {
      case 'Project':
        if (!model.project) model.project = b.project();
        break;
      case 'Teams':
        b.teams(model);
        break;
      case 'Ownership':
        b.areas(model);
        break;
      case 'QualityGates':
        b.gates(model);
        break;
      case 'EscalationMatrix':
        b.escalation(model);
        break;
      case 'Workflow':
        b.workflow(model);
        break;
      case 'Cadence':
        b.cadence(model);
        break;
      case 'Channels':
        b.channels(model);
        break;
      case 'Docs':
        b.docs(model);
        break;
      case 'Metrics':
        b.metrics(model);
        break;
      case 'Risks':
        b.risks(model);
        break;
      case 'Plan':
        b.plan(model);
        break;
      default:
        break;
    }
  }
  return model;
}

type P = readonly PathSegment[];

const FREQUENCIES: Record<string, Frequency> = {
  daily: 'daily',
  weekly: 'weekly',
  'bi-weekly': 'bi-weekly',
  bi_weekly: 'bi-weekly',
  monthly: 'monthly',
  quarterly: 'quarterly',
  'per-sprint': 'per-sprint',
  per_sprint: 'per-sprint',
  'ad-hoc': 'ad-hoc',
};

class DocReader {
  private readonly data: unknown;
  readonly section: Section;

  constructor(private readonly doc: LoadedDocument) {
    this.data = doc.data;
    const title = ownString(this.data, 'title');
    const description = ownString(this.data, 'description');
    this.section = {
      key: `${doc.file.display}#${doc.index}`,
      ...(title !== undefined ? { title } : {}),
      ...(description !== undefined ? { description } : {}),
    };
  }

  loc(path: P): Loc {
    return { doc: this.doc, path };
  }

  ref(value: unknown, path: P): Ref | undefined {
    return typeof value === 'string' && value !== '' ? { id: value, loc: this.loc(path) } : undefined;
  }

  refOf(obj: unknown, key: string, path: P): Ref | undefined {
    const value = own(obj, key);
    // The path is built only for references that exist: most optional ones do not.
    return typeof value === 'string' && value !== '' ? { id: value, loc: this.loc([...path, key]) } : undefined;
  }

  refs(obj: unknown, key: string, path: P): Ref[] {
    const list = ownArray(obj, key);
    if (list.length === 0) return [];
    const out: Ref[] = [];
    const base = [...path, key];
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (typeof v === 'string' && v !== '') out.push({ id: v, loc: this.loc([...base, i]) });
    }
    return out;
  }

  strings(obj: unknown, key: string): string[] {
    const v = own(obj, key);
    if (typeof v === 'string') return [v];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }

  textMap(obj: unknown, key: string): [string, string][] {
    return ownEntries(obj, key).filter((e): e is [string, string] => typeof e[1] === 'string');
  }

  /** Items of an array property that are mappings with a string id. */
  items(key: string, idKey = 'id', obj: unknown = this.data, base: P = []): { item: unknown; id: string; path: P }[] {
    const out: { item: unknown; id: string; path: P }[] = [];
    ownArray(obj, key).forEach((item, i) => {
      const id = ownString(item, idKey);
      if (isPlainObject(item) && id !== undefined) out.push({ item, id, path: [...base, key, i] });
    });
    return out;
  }

  holder(value: unknown, path: P): Holder | undefined {
    if (typeof value === 'string') {
      const ref = this.ref(value, path);
      return ref ? { kind: 'single', ref } : undefined;
    }
    if (value === null) return { kind: 'none', loc: this.loc(path) };
    if (Array.isArray(value)) {
      const refs = value.flatMap((v, i) => this.ref(v, [...path, i]) ?? []);
      return { kind: 'list', refs, loc: this.loc(path) };
    }
    if (isPlainObject(value)) {
      const refs = this.refs(value, 'joint', path);
      const note = ownString(value, 'note');
      return { kind: 'joint', refs, loc: this.loc(path), ...(note !== undefined ? { note } : {}) };
    }
    return undefined;
  }

  duties(obj: unknown, path: P): Duty[] {
    const out: Duty[] = [];
    for (const [name, value] of ownEntries(obj, 'duties')) {
      const holder = this.holder(value, [...path, 'duties', name]);
      if (holder) out.push({ name, holder, loc: this.loc([...path, 'duties', name]) });
    }
    return out;
  }

  project(): Project {
    const d = this.data;
    const rules = new Map<string, { setting: RuleSetting; loc: Loc }>();
    for (const [id, setting] of ownEntries(d, 'rules')) {
      if (setting === 'off' || setting === 'info' || setting === 'warning' || setting === 'error') {
        rules.set(id, { setting, loc: this.loc(['rules', id]) });
      }
    }
    const settings = own(d, 'settings');
    const document = own(d, 'document');
    const docs = own(d, 'docs');
    return {
      name: ownString(d, 'name') ?? 'perfcoord project',
      description: ownString(d, 'description'),
      coreTeam: this.refOf(d, 'coreTeam', []),
      include: this.strings(d, 'include'),
      exclude: this.strings(d, 'exclude'),
      rules,
      sprintWeeks: ownNumber(settings, 'sprintWeeks') ?? 2,
      maxWeeklyMeetingHours: ownNumber(settings, 'maxWeeklyMeetingHours') ?? 10,
      document: {
        version: ownString(document, 'version'),
        created: ownString(document, 'created'),
        owner: this.refOf(document, 'owner', ['document']),
        preparedBy: this.refOf(document, 'preparedBy', ['document']),
        stakeholderReview: ownString(document, 'stakeholderReview'),
        implementationStart: ownString(document, 'implementationStart'),
        reviewFrequency: ownString(document, 'reviewFrequency'),
        summary: ownString(document, 'summary'),
      },
      docsOut: ownString(docs, 'out') ?? 'docs',
      loc: this.loc([]),
    };
  }

  teams(model: Model): void {
    for (const { item, id, path } of this.items('teams')) {
      const dependency = ownString(item, 'dependency');
      model.teams.push({
        id,
        name: ownString(item, 'name') ?? id,
        dependency: DEPENDENCIES.includes(dependency as Dependency) ? (dependency as Dependency) : undefined,
        lead: this.refOf(item, 'lead', path),
        channel: this.refOf(item, 'channel', path),
        description: ownString(item, 'description'),
        focus: this.strings(item, 'focus'),
        section: this.section,
        loc: this.loc(path),
      });
    }
    for (const { item, id, path } of this.items('roles')) {
      model.roles.push({
        id,
        name: ownString(item, 'name'),
        team: this.refOf(item, 'team', path),
        aliases: this.refs(item, 'aliases', path),
        description: ownString(item, 'description'),
        loc: this.loc(path),
      });
    }
    for (const { item, id, path } of this.items('groups')) {
      model.groups.push({
        id,
        name: ownString(item, 'name'),
        members: this.refs(item, 'members', path),
        description: ownString(item, 'description'),
        loc: this.loc(path),
      });
    }
    for (const { item, id, path } of this.items('programs')) {
      model.programs.push({
        id,
        title: ownString(item, 'title') ?? id,
        concept: ownString(item, 'concept'),
        selection: ownString(item, 'selection'),
        responsibilities: this.strings(item, 'responsibilities'),
        support: this.strings(item, 'support'),
        meeting: this.refOf(item, 'meeting', path),
        members: this.refs(item, 'members', path),
        section: this.section,
        loc: this.loc(path),
      });
    }
  }

  areas(model: Model): void {
    for (const { item, id, path } of this.items('areas')) {
      const area: Area = {
        id,
        title: ownString(item, 'title') ?? id,
        description: ownString(item, 'description'),
        paths: ownArray(item, 'paths').flatMap((glob, i) =>
          typeof glob === 'string' ? [{ glob, loc: this.loc([...path, 'paths', i]) }] : [],
        ),
        owners: ownArray(item, 'owners').flatMap((owner, i) => {
          const base = [...path, 'owners', i];
          const team = this.refOf(owner, 'team', base);
          if (!team) return [];
          return [
            {
              team,
              responsibility: ownString(owner, 'responsibility'),
              tasks: this.strings(owner, 'tasks'),
              loc: this.loc(base),
            },
          ];
        }),
        duties: this.duties(item, path),
        escalation: this.refOf(item, 'escalation', path),
        section: this.section,
        loc: this.loc(path),
      };
      model.areas.push(area);
    }
  }

  criterion(value: unknown, path: P): Criterion | undefined {
    if (typeof value === 'string') return { kind: 'text', text: value };
    const metric = this.refOf(value, 'metric', path);
    const target = ownString(value, 'target');
    if (!metric || target === undefined) return undefined;
    return { kind: 'metric', metric, target, description: ownString(value, 'description') };
  }

  gates(model: Model): void {
    const id = ownString(this.data, 'id');
    if (id === undefined) return;
    model.pipelines.push({
      id,
      title: ownString(this.data, 'title'),
      description: ownString(this.data, 'description'),
      stages: this.items('stages').map(({ item, id: stageId, path }) => ({
        id: stageId,
        name: ownString(item, 'name'),
        owner: own(item, 'owner') === undefined ? undefined : this.holder(own(item, 'owner'), [...path, 'owner']),
        inputs: ownArray(item, 'inputs').flatMap((input, i) => {
          const from = this.refOf(input, 'from', [...path, 'inputs', i]);
          const text = ownString(input, 'input');
          return from && text !== undefined ? [{ from, input: text }] : [];
        }),
        criteria: ownArray(item, 'criteria').flatMap((c, i) => this.criterion(c, [...path, 'criteria', i]) ?? []),
        signOff: this.refs(item, 'signOff', path),
        deliverable: ownString(item, 'deliverable'),
        practices: this.textMap(item, 'practices'),
        loc: this.loc(path),
      })),
      loc: this.loc([]),
    });
  }

  escalation(model: Model): void {
    const id = ownString(this.data, 'id');
    if (id === undefined) return;
    model.matrices.push({
      id,
      title: ownString(this.data, 'title'),
      description: ownString(this.data, 'description'),
      channel: this.refOf(this.data, 'channel', []),
      levels: ownArray(this.data, 'levels').flatMap((item, i) => {
        const path = ['levels', i];
        const level = ownNumber(item, 'level');
        if (!isPlainObject(item) || level === undefined) return [];
        const responseTime = ownString(item, 'responseTime');
        const minutes = responseTime === undefined ? undefined : parseMinutes(responseTime);
        return [
          {
            level,
            name: ownString(item, 'name'),
            trigger: ownString(item, 'trigger') ?? '',
            responseTime: responseTime,
            responseMinutes: minutes,
            responders: this.refs(item, 'responders', path),
            channel: this.refOf(item, 'channel', path),
            actions: this.strings(item, 'actions'),
            loc: this.loc(path),
          },
        ];
      }),
      loc: this.loc([]),
    });
  }

  workflow(model: Model): void {
    const id = ownString(this.data, 'id');
    if (id === undefined) return;
    const types: readonly string[] = ['start', 'task', 'decision', 'end'];
    model.workflows.push({
      id,
      title: ownString(this.data, 'title') ?? id,
      description: ownString(this.data, 'description'),
      direction: ownString(this.data, 'direction') === 'LR' ? 'LR' : 'TD',
      nodes: this.items('nodes').flatMap(({ item, id: nodeId, path }) => {
        const type = ownString(item, 'type') ?? 'task';
        return [
          {
            id: nodeId,
            type: (types.includes(type) ? type : 'task') as NodeType,
            label: ownString(item, 'label') ?? nodeId,
            owner: this.refOf(item, 'owner', path),
            description: ownString(item, 'description'),
            loc: this.loc(path),
          },
        ];
      }),
      edges: ownArray(this.data, 'edges').flatMap((item, i) => {
        const path = ['edges', i];
        const from = this.refOf(item, 'from', path);
        const to = this.refOf(item, 'to', path);
        if (!from || !to) return [];
        return [{ from, to, label: ownString(item, 'label'), loc: this.loc(path) }];
      }),
      phases: this.items('phases').map(({ item, id: phaseId, path }) => ({
        id: phaseId,
        name: ownString(item, 'name'),
        trigger: ownString(item, 'trigger'),
        duration: ownString(item, 'duration'),
        stakeholders: this.refs(item, 'stakeholders', path),
        owners: this.refs(item, 'owners', path),
        activities: this.strings(item, 'activities'),
        deliverable: ownString(item, 'deliverable'),
        practices: this.textMap(item, 'practices'),
        duties: this.duties(item, path),
        loc: this.loc(path),
      })),
      loc: this.loc([]),
    });
  }

  cadence(model: Model): void {
    for (const { item, id, path } of this.items('meetings')) {
      const frequencyText = ownString(item, 'frequency');
      const frequency =
        frequencyText !== undefined && Object.hasOwn(FREQUENCIES, frequencyText)
          ? FREQUENCIES[frequencyText]
          : undefined;
      const day = ownString(item, 'day');
      const duration = ownString(item, 'duration');
      model.meetings.push({
        id,
        title: ownString(item, 'title'),
        frequency: frequency,
        frequencyText: frequencyText,
        day: (WEEKDAYS as readonly string[]).includes(day ?? '') ? (day as Weekday) : undefined,
        time: ownString(item, 'time'),
        duration: duration,
        durationMinutes: duration === undefined ? undefined : parseMinutes(duration),
        participants: this.refs(item, 'participants', path),
        agenda: this.strings(item, 'agenda'),
        focus: ownString(item, 'focus'),
        format: ownString(item, 'format'),
        topics: this.strings(item, 'topics'),
        channel: this.refOf(item, 'channel', path),
        notes: ownString(item, 'notes'),
        section: this.section,
        loc: this.loc(path),
      });
    }
    for (const { item, id, path } of this.items('practices')) {
      model.practices.push({
        id,
        title: ownString(item, 'title'),
        responsibilities: ownArray(item, 'responsibilities').flatMap((r, i) => {
          const party = this.refOf(r, 'party', [...path, 'responsibilities', i]);
          const responsibility = ownString(r, 'responsibility');
          return party && responsibility !== undefined ? [{ party, responsibility }] : [];
        }),
        purpose: ownString(item, 'purpose'),
        description: ownString(item, 'description'),
        section: this.section,
        loc: this.loc(path),
      });
    }
  }

  channels(model: Model): void {
    for (const { item, id, path } of this.items('channels')) {
      model.channels.push({
        id,
        name: ownString(item, 'name'),
        address: ownString(item, 'address') ?? id,
        type: ownString(item, 'type'),
        usage: ownString(item, 'usage'),
        purpose: ownString(item, 'purpose'),
        section: this.section,
        loc: this.loc(path),
      });
    }
    ownArray(this.data, 'triggers').forEach((item, i) => {
      const path = ['triggers', i];
      const event = ownString(item, 'event');
      if (event === undefined) return;
      model.triggers.push({
        event,
        action: ownString(item, 'action') ?? '',
        channel: this.refOf(item, 'channel', path),
        escalation: this.refOf(item, 'escalation', path),
        level: ownNumber(item, 'level'),
        loc: this.loc(path),
      });
    });
  }

  docs(model: Model): void {
    for (const { item, id, path } of this.items('spaces')) {
      model.spaces.push({
        id,
        title: ownString(item, 'title'),
        location: ownString(item, 'location') ?? '',
        owner: this.refOf(item, 'owner', path),
        maintainers: this.refs(item, 'maintainers', path),
        contributors: this.refs(item, 'contributors', path),
        inputFrom: this.refs(item, 'inputFrom', path),
        access: this.refs(item, 'access', path),
        updateFrequency: ownString(item, 'updateFrequency'),
        reviewProcess: ownString(item, 'reviewProcess'),
        followUp: ownString(item, 'followUp'),
        section: this.section,
        loc: this.loc(path),
      });
    }
  }

  metrics(model: Model): void {
    for (const { item, id, path } of this.items('metrics')) {
      model.metrics.push({
        id,
        name: ownString(item, 'name'),
        abbreviation: ownString(item, 'abbreviation'),
        category: ownString(item, 'category'),
        owner: this.refOf(item, 'owner', path),
        unit: ownString(item, 'unit'),
        target: ownString(item, 'target'),
        source: ownString(item, 'source'),
        description: ownString(item, 'description'),
        section: this.section,
        loc: this.loc(path),
      });
    }
  }

  risks(model: Model): void {
    for (const { item, id, path } of this.items('risks')) {
      model.risks.push({
        id,
        title: ownString(item, 'title'),
        prevention: ownString(item, 'prevention'),
        detection: ownString(item, 'detection'),
        response: ownString(item, 'response'),
        owner: this.refOf(item, 'owner', path),
        likelihood: ownString(item, 'likelihood'),
        impact: ownString(item, 'impact'),
        section: this.section,
        loc: this.loc(path),
      });
    }
  }

  plan(model: Model): void {
    const id = ownString(this.data, 'id');
    if (id === undefined) return;
    model.plans.push({
      id,
      title: ownString(this.data, 'title'),
      description: ownString(this.data, 'description'),
      start: ownString(this.data, 'start'),
      phases: this.items('phases').map(({ item, id: phaseId, path }) => {
        const weeksText = ownString(item, 'weeks');
        const m = weeksText === undefined ? null : /^(\d+)(?:-(\d+))?$/.exec(weeksText);
        const weeks =
          m && weeksText !== undefined ? { from: Number(m[1]), to: Number(m[2] ?? m[1]), text: weeksText } : undefined;
        return {
          id: phaseId,
          name: ownString(item, 'name') ?? phaseId,
          weeks: weeks,
          owner: this.refOf(item, 'owner', path),
          items: ownArray(item, 'items').flatMap((entry, i) => {
            const task = ownString(entry, 'task');
            if (task === undefined) return [];
            const base = [...path, 'items', i];
            return [
              {
                task,
                done: own(entry, 'done') === true,
                owner: this.refOf(entry, 'owner', base),
                loc: this.loc(base),
              },
            ];
          }),
          loc: this.loc(path),
        };
      }),
      loc: this.loc([]),
    });
  }
}
