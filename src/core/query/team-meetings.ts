import { weeklyMeetingLoad } from '../model/cadence.js';
import { teamsOf } from '../model/index-model.js';
import type { ModelIndex } from '../model/index-model.js';
import type { Model, Team } from '../model/types.js';
import type { ChannelRef } from './answer-parts.js';
import { channelRef } from './parties.js';

export interface TeamMeeting {
  id: string;
  title: string | null;
  /** As perfcoord reads it ("bi-weekly"), else as written; null when absent. */
  frequency: string | null;
  day: string | null;
  time: string | null;
  duration: string | null;
  /** "rotating": a few participants at a time, so not part of the team's weekly load. */
  attendance: 'all' | 'rotating';
  /** The meeting's share of the team's week; 0 for ad-hoc and rotating meetings and those without a duration. */
  minutesPerWeek: number;
  /** The participants (as written) through which the team takes part: itself, a role, a group. */
  via: string[];
  channel: ChannelRef | null;
}

export interface TeamMeetings {
  /** The team's recurring meeting time per week, as the cadence-meeting-load rule counts it. */
  minutesPerWeek: number;
  items: TeamMeeting[];
}

/** Whole minutes, as formatMinutes shows them, so that JSON and text never disagree. */
export function roundMinutes(minutes: number): number {
  return Math.round(minutes);
}

/** Every meeting the team takes part in, directly or through a role or group, in declaration order. */
export function teamMeetings(model: Model, index: ModelIndex, team: Team): TeamMeetings {
  const load = weeklyMeetingLoad(model, index).get(team.id);
  const share = new Map(load?.meetings.map((m) => [m.meeting, m.minutesPerWeek]) ?? []);
  const items: TeamMeeting[] = [];
  for (const meeting of index.meetings.values()) {
    const via = meeting.participants.filter((p) => teamsOf(index, p.id).some((t) => t.id === team.id)).map((p) => p.id);
    if (via.length === 0) continue;
    items.push({
      id: meeting.id,
      title: meeting.title ?? null,
      frequency: meeting.frequency ?? meeting.frequencyText ?? null,
      day: meeting.day ?? null,
      time: meeting.time ?? null,
      duration: meeting.duration ?? null,
      attendance: meeting.attendance,
      minutesPerWeek: roundMinutes(share.get(meeting) ?? 0),
      via: [...new Set(via)],
      channel: channelRef(index, meeting.channel),
    });
  }
  return { minutesPerWeek: roundMinutes(load?.minutesPerWeek ?? 0), items };
}
