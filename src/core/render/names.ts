/**
 * How model things are named in the rendered docs: a team by its name, a
 * role by its name (and team), a group by its name, a channel by its
 * address. Returns plain text; callers escape it for Markdown or Mermaid.
 */
import type { ModelIndex } from '../model/index-model.js';
import type { EscalationLevel, Holder, Meeting, Model, Ref } from '../model/types.js';
import { duration, readableId, words } from './words.js';

export class Names {
  constructor(
    readonly model: Model,
    readonly index: ModelIndex,
  ) {}

  /** A team, role or group by its name; anything else as written. */
  party(id: string): string {
    const entry = this.index.parties.get(id);
    if (!entry) return id;
    switch (entry.kind) {
      case 'team':
        return entry.team.name;
      case 'role':
        return entry.role.name ?? entry.role.id;
      case 'group':
        return entry.group.name ?? entry.group.id;
    }
  }

  /** A party with what it stands for: a role's team, a group's members. */
  partyLong(id: string): string {
    const entry = this.index.parties.get(id);
    const name = this.party(id);
    if (entry?.kind === 'role') {
      const team = entry.role.team ? this.index.teams.get(entry.role.team.id) : undefined;
      return team ? `${name} (${team.name})` : name;
    }
    if (entry?.kind === 'group' && entry.group.members.length > 0) {
      return `${name}: ${entry.group.members.map((m) => this.party(m.id)).join(', ')}`;
    }
    return name;
  }

  parties(refs: readonly Ref[]): string {
    return refs.map((r) => this.party(r.id)).join(', ');
  }

  /** Who holds a duty, in words. */
  holder(holder: Holder | undefined): string {
    if (!holder) return '';
    switch (holder.kind) {
      case 'single':
        return this.party(holder.ref.id);
      case 'joint': {
        const note = holder.note === undefined ? '' : ` (${words(holder.note)})`;
        return `joint: ${this.parties(holder.refs)}${note}`;
      }
      case 'list':
        return this.parties(holder.refs);
      case 'none':
        return 'nobody';
    }
  }

  channel(ref: Ref | undefined): string {
    if (!ref) return '';
    return this.index.channels.get(ref.id)?.address ?? ref.id;
  }

  /** A meeting's title, or its id made readable. */
  meeting(meeting: Meeting): string {
    return meeting.title ?? readableId(meeting.id);
  }

  meetingById(id: string): string {
    const meeting = this.index.meetings.get(id);
    return meeting ? this.meeting(meeting) : readableId(id);
  }

  metric(id: string): string {
    const metric = this.index.metrics.get(id);
    return metric?.name ?? readableId(id);
  }

  /** "within 15 min", "immediately", or the text as written when it cannot be read. */
  responseTime(level: EscalationLevel): string {
    if (level.responseMinutes === 0) return 'immediately';
    if (level.responseMinutes !== undefined) return `within ${duration(level.responseMinutes)}`;
    return level.responseTime ?? '';
  }
}
