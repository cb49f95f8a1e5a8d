import type { InitContext } from '../context.js';
import { sharedAreas } from './areas.js';
import { cadence } from './cadence.js';
import { escalation } from './escalation.js';
import { confirmWrite, projectName } from './project.js';
import { coreTeam, otherTeams } from './teams.js';

export type Step = (ctx: InitContext) => Promise<void>;

/** The questions, in the order they are asked. A step with nothing to ask returns at once. */
export const STEPS: readonly Step[] = [
  projectName,
  coreTeam,
  otherTeams,
  sharedAreas,
  escalation,
  cadence,
  confirmWrite,
];

export async function runSteps(ctx: InitContext, steps: readonly Step[] = STEPS): Promise<void> {
  for (const step of steps) await step(ctx);
}
