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
    return this.ref(own(obj, key), [...path, key]);
  }

  refs(obj: unknown, key: string, path: P): Ref[] {
    const out: Ref[] = [];
    ownArray(obj, key).forEach((v, i) => {
      const r = this.ref(v, [...path, key, i]);
      if (r) out.push(r);
    });
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

  opt<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
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
      ...this.opt('description', ownString(d, 'description')),
      ...this.opt('coreTeam', this.refOf(d, 'coreTeam', [])),
      include: this.strings(d, 'include'),
      exclude: this.strings(d, 'exclude'),
      rules,
      sprintWeeks: ownNumber(settings, 'sprintWeeks') ?? 2,
      maxWeeklyMeetingHours: ownNumber(settings, 'maxWeeklyMeetingHours') ?? 10,
      document: {
        ...this.opt('version', ownString(document, 'version')),
        ...this.opt('created', ownString(document, 'created')),
        ...this.opt('owner', this.refOf(document, 'owner', ['document'])),
        ...this.opt('preparedBy', this.refOf(document, 'preparedBy', ['document'])),
        ...this.opt('stakeholderReview', ownString(document, 'stakeholderReview')),
        ...this.opt('implementationStart', ownString(document, 'implementationStart')),
        ...this.opt('reviewFrequency', ownString(document, 'reviewFrequency')),
        ...this.opt('summary', ownString(document, 'summary')),
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
        ...this.opt(
          'dependency',
          DEPENDENCIES.includes(dependency as Dependency) ? (dependency as Dependency) : undefined,
        ),
        ...this.opt('lead', this.refOf(item, 'lead', path)),
        ...this.opt('channel', this.refOf(item, 'channel', path)),
        ...this.opt('description', ownString(item, 'description')),
        focus: this.strings(item, 'focus'),
        section: this.section,
        loc: this.loc(path),
      });
    }
    for (const { item, id, path } of this.items('roles')) {
      model.roles.push({
        id,
        ...this.opt('name', ownString(item, 'name')),
        ...this.opt('team', this.refOf(item, 'team', path)),
        aliases: this.refs(item, 'aliases', path),
        ...this.opt('description', ownString(item, 'description')),
        loc: this.loc(path),
      });
    }
    for (const { item, id, path } of this.items('groups')) {
      model.groups.push({
        id,
        ...this.opt('name', ownString(item, 'name')),
        members: this.refs(item, 'members', path),
        ...this.opt('description', ownString(item, 'description')),
        loc: this.loc(path),
      });
    }
    for (const { item, id, path } of this.items('programs')) {
      model.programs.push({
        id,
        title: ownString(item, 'title') ?? id,
        ...this.opt('concept', ownString(item, 'concept')),
        ...this.opt('selection', ownString(item, 'selection')),
        responsibilities: this.strings(item, 'responsibilities'),
        support: this.strings(item, 'support'),
        ...this.opt('meeting', this.refOf(item, 'meeting', path)),
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
        ...this.opt('description', ownString(item, 'description')),
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
              ...this.opt('responsibility', ownString(owner, 'responsibility')),
              tasks: this.strings(owner, 'tasks'),
              loc: this.loc(base),
            },
          ];
        }),
        duties: this.duties(item, path),
        ...this.opt('escalation', this.refOf(item, 'escalation', path)),
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
    return { kind: 'metric', metric, target, ...this.opt('description', ownString(value, 'description')) };
  }

  gates(model: Model): void {
    const id = ownString(this.data, 'id');
    if (id === undefined) return;
    model.pipelines.push({
      id,
      ...this.opt('title', ownString(this.data, 'title')),
      ...this.opt('description', ownString(this.data, 'description')),
      stages: this.items('stages').map(({ item, id: stageId, path }) => ({
        id: stageId,
        ...this.opt('name', ownString(item, 'name')),
        ...this.opt(
          'owner',
          own(item, 'owner') === undefined ? undefined : this.holder(own(item, 'owner'), [...path, 'owner']),
        ),
        inputs: ownArray(item, 'inputs').flatMap((input, i) => {
          const from = this.refOf(input, 'from', [...path, 'inputs', i]);
          const text = ownString(input, 'input');
          return from && text !== undefined ? [{ from, input: text }] : [];
        }),
        criteria: ownArray(item, 'criteria').flatMap((c, i) => this.criterion(c, [...path, 'criteria', i]) ?? []),
        signOff: this.refs(item, 'signOff', path),
        ...this.opt('deliverable', ownString(item, 'deliverable')),
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
      ...this.opt('title', ownString(this.data, 'title')),
      ...this.opt('description', ownString(this.data, 'description')),
      ...this.opt('channel', this.refOf(this.data, 'channel', [])),
      levels: ownArray(this.data, 'levels').flatMap((item, i) => {
        const path = ['levels', i];
        const level = ownNumber(item, 'level');
        if (!isPlainObject(item) || level === undefined) return [];
        const responseTime = ownString(item, 'responseTime');
        const minutes = responseTime === undefined ? undefined : parseMinutes(responseTime);
        return [
          {
            level,
            ...this.opt('name', ownString(item, 'name')),
            trigger: ownString(item, 'trigger') ?? '',
            ...this.opt('responseTime', responseTime),
            ...this.opt('responseMinutes', minutes),
            responders: this.refs(item, 'responders', path),
            ...this.opt('channel', this.refOf(item, 'channel', path)),
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
      ...this.opt('description', ownString(this.data, 'description')),
      direction: ownString(this.data, 'direction') === 'LR' ? 'LR' : 'TD',
      nodes: this.items('nodes').flatMap(({ item, id: nodeId, path }) => {
        const type = ownString(item, 'type') ?? 'task';
        return [
          {
            id: nodeId,
            type: (types.includes(type) ? type : 'task') as NodeType,
            label: ownString(item, 'label') ?? nodeId,
            ...this.opt('owner', this.refOf(item, 'owner', path)),
            ...this.opt('description', ownString(item, 'description')),
            loc: this.loc(path),
          },
        ];
      }),
      edges: ownArray(this.data, 'edges').flatMap((item, i) => {
        const path = ['edges', i];
        const from = this.refOf(item, 'from', path);
        const to = this.refOf(item, 'to', path);
        if (!from || !to) return [];
        return [{ from, to, ...this.opt('label', ownString(item, 'label')), loc: this.loc(path) }];
      }),
      phases: this.items('phases').map(({ item, id: phaseId, path }) => ({
        id: phaseId,
        ...this.opt('name', ownString(item, 'name')),
        ...this.opt('trigger', ownString(item, 'trigger')),
        ...this.opt('duration', ownString(item, 'duration')),
        stakeholders: this.refs(item, 'stakeholders', path),
        owners: this.refs(item, 'owners', path),
        activities: this.strings(item, 'activities'),
        ...this.opt('deliverable', ownString(item, 'deliverable')),
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
        ...this.opt('title', ownString(item, 'title')),
        ...this.opt('frequency', frequency),
        ...this.opt('frequencyText', frequencyText),
        ...this.opt('day', (WEEKDAYS as readonly string[]).includes(day ?? '') ? (day as Weekday) : undefined),
        ...this.opt('time', ownString(item, 'time')),
        ...this.opt('duration', duration),
        ...this.opt('durationMinutes', duration === undefined ? undefined : parseMinutes(duration)),
        participants: this.refs(item, 'participants', path),
        agenda: this.strings(item, 'agenda'),
        ...this.opt('focus', ownString(item, 'focus')),
        ...this.opt('format', ownString(item, 'format')),
        topics: this.strings(item, 'topics'),
        ...this.opt('channel', this.refOf(item, 'channel', path)),
        ...this.opt('notes', ownString(item, 'notes')),
        section: this.section,
        loc: this.loc(path),
      });
    }
    for (const { item, id, path } of this.items('practices')) {
      model.practices.push({
        id,
        ...this.opt('title', ownString(item, 'title')),
        responsibilities: ownArray(item, 'responsibilities').flatMap((r, i) => {
          const party = this.refOf(r, 'party', [...path, 'responsibilities', i]);
          const responsibility = ownString(r, 'responsibility');
          return party && responsibility !== undefined ? [{ party, responsibility }] : [];
        }),
        ...this.opt('purpose', ownString(item, 'purpose')),
        ...this.opt('description', ownString(item, 'description')),
        section: this.section,
        loc: this.loc(path),
      });
    }
  }

  channels(model: Model): void {
    for (const { item, id, path } of this.items('channels')) {
      model.channels.push({
        id,
        ...this.opt('name', ownString(item, 'name')),
        address: ownString(item, 'address') ?? id,
        ...this.opt('type', ownString(item, 'type')),
        ...this.opt('usage', ownString(item, 'usage')),
        ...this.opt('purpose', ownString(item, 'purpose')),
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
        ...this.opt('channel', this.refOf(item, 'channel', path)),
        ...this.opt('escalation', this.refOf(item, 'escalation', path)),
        ...this.opt('level', ownNumber(item, 'level')),
        loc: this.loc(path),
      });
    });
  }

  docs(model: Model): void {
    for (const { item, id, path } of this.items('spaces')) {
      model.spaces.push({
        id,
        ...this.opt('title', ownString(item, 'title')),
        location: ownString(item, 'location') ?? '',
        ...this.opt('owner', this.refOf(item, 'owner', path)),
        maintainers: this.refs(item, 'maintainers', path),
        contributors: this.refs(item, 'contributors', path),
        inputFrom: this.refs(item, 'inputFrom', path),
        access: this.refs(item, 'access', path),
        ...this.opt('updateFrequency', ownString(item, 'updateFrequency')),
        ...this.opt('reviewProcess', ownString(item, 'reviewProcess')),
        ...this.opt('followUp', ownString(item, 'followUp')),
        section: this.section,
        loc: this.loc(path),
      });
    }
  }

  metrics(model: Model): void {
    for (const { item, id, path } of this.items('metrics')) {
      model.metrics.push({
        id,
        ...this.opt('name', ownString(item, 'name')),
        ...this.opt('abbreviation', ownString(item, 'abbreviation')),
        ...this.opt('category', ownString(item, 'category')),
        ...this.opt('owner', this.refOf(item, 'owner', path)),
        ...this.opt('unit', ownString(item, 'unit')),
        ...this.opt('target', ownString(item, 'target')),
        ...this.opt('source', ownString(item, 'source')),
        ...this.opt('description', ownString(item, 'description')),
        section: this.section,
        loc: this.loc(path),
      });
    }
  }

  risks(model: Model): void {
    for (const { item, id, path } of this.items('risks')) {
      model.risks.push({
        id,
        ...this.opt('title', ownString(item, 'title')),
        ...this.opt('prevention', ownString(item, 'prevention')),
        ...this.opt('detection', ownString(item, 'detection')),
        ...this.opt('response', ownString(item, 'response')),
        ...this.opt('owner', this.refOf(item, 'owner', path)),
        ...this.opt('likelihood', ownString(item, 'likelihood')),
        ...this.opt('impact', ownString(item, 'impact')),
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
      ...this.opt('title', ownString(this.data, 'title')),
      ...this.opt('description', ownString(this.data, 'description')),
      ...this.opt('start', ownString(this.data, 'start')),
      phases: this.items('phases').map(({ item, id: phaseId, path }) => {
        const weeksText = ownString(item, 'weeks');
        const m = weeksText === undefined ? null : /^(\d+)(?:-(\d+))?$/.exec(weeksText);
        const weeks =
          m && weeksText !== undefined ? { from: Number(m[1]), to: Number(m[2] ?? m[1]), text: weeksText } : undefined;
        return {
          id: phaseId,
          name: ownString(item, 'name') ?? phaseId,
          ...this.opt('weeks', weeks),
          ...this.opt('owner', this.refOf(item, 'owner', path)),
          items: ownArray(item, 'items').flatMap((entry, i) => {
            const task = ownString(entry, 'task');
            if (task === undefined) return [];
            const base = [...path, 'items', i];
            return [
              {
                task,
                done: own(entry, 'done') === true,
                ...this.opt('owner', this.refOf(entry, 'owner', base)),
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
