/** Meetings, practices, channels, documentation, metrics and risks. */
import type { Loc, Ref, Section } from './types.js';

export type Frequency = 'daily' | 'weekly' | 'bi-weekly' | 'monthly' | 'quarterly' | 'per-sprint' | 'ad-hoc';
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKS_OF_MONTH = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number];

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
  /** The first day it happens, "YYYY-MM-DD". */
  starts?: string;
  /** The week of the month of a monthly or quarterly meeting. */
  week?: WeekOfMonth;
  participants: Ref[];
  /** "rotating": a few participants at a time, not counted in the weekly meeting load. */
  attendance: 'all' | 'rotating';
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
  /** Free text; "k6", "lighthouse" or "bench" make the metric measurable by `gate check`. */
  source?: string;
  /** The figure a measurable metric is judged by, e.g. "p(95)". */
  stat?: string;
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
