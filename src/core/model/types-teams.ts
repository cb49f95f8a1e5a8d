/** Teams, roles, groups and programmes. */
import type { Loc, Ref, Section } from './types.js';

export type Dependency = 'core' | 'critical' | 'high' | 'medium' | 'low';
export const DEPENDENCIES: readonly Dependency[] = ['core', 'critical', 'high', 'medium', 'low'];

/** How other systems name a team or role (CODEOWNERS owners, reviewers, escalation pages). */
export interface Handles {
  github?: string;
  gitlab?: string;
  email?: string;
}

export interface Team {
  id: string;
  name: string;
  dependency?: Dependency;
  lead?: Ref;
  channel?: Ref;
  description?: string;
  focus: string[];
  handles?: Handles;
  section: Section;
  loc: Loc;
}

export interface Role {
  id: string;
  name?: string;
  team?: Ref;
  aliases: Ref[];
  description?: string;
  handles?: Handles;
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
