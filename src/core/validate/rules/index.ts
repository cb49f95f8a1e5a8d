import type { Rule } from '../rule.js';
import { cadenceCriticalSync } from './cadence-critical-sync.js';
import { cadenceMeetingLoad } from './cadence-meeting-load.js';
import { cadenceOverlap } from './cadence-overlap.js';
import { cadenceRecurrence } from './cadence-recurrence.js';
import { escalationLevels } from './escalation-levels.js';
import { escalationResponders } from './escalation-responders.js';
import { escalationResponseOrder } from './escalation-response-order.js';
import { gateCriterion } from './gate-criterion.js';
import { idConfusable } from './id-confusable.js';
import { idReserved } from './id-reserved.js';
import { jointMembers } from './joint-members.js';
import { ownershipDutyHolder } from './ownership-duty-holder.js';
import { ownershipOwner } from './ownership-owner.js';
import { ownershipPathPattern } from './ownership-path-pattern.js';
import { ownershipPathsOverlap } from './ownership-paths-overlap.js';
import { planOrder } from './plan-order.js';
import { refKind } from './ref-kind.js';
import { refUnknown } from './ref-unknown.js';
import { settingsTimezone } from './settings-timezone.js';
import { teamsCore } from './teams-core.js';
import { workflowDecision } from './workflow-decision.js';
import { workflowEnd } from './workflow-end.js';
import { workflowReachable } from './workflow-reachable.js';
import { workflowStructure } from './workflow-structure.js';

/** The rules over the model, each with its id and default severity. */
export const RULES: readonly Rule[] = [
  refUnknown,
  refKind,
  idReserved,
  idConfusable,
  teamsCore,
  ownershipOwner,
  ownershipDutyHolder,
  jointMembers,
  ownershipPathPattern,
  gateCriterion,
  ownershipPathsOverlap,
  escalationLevels,
  escalationResponders,
  escalationResponseOrder,
  workflowStructure,
  workflowReachable,
  workflowEnd,
  workflowDecision,
  cadenceOverlap,
  cadenceCriticalSync,
  cadenceMeetingLoad,
  settingsTimezone,
  cadenceRecurrence,
  planOrder,
];
