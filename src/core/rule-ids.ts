/**
 * Every rule id perfcoord reports. The catalog (validate/catalog.ts) describes
 * each one, and TypeScript holds the two together: a finding, a rule or a
 * catalog entry with an id missing here does not compile. The ids live at the
 * root of the core because the loader reports findings too, and it imports no
 * later layer.
 */

/** Reported while reading and parsing files and checking documents (see the catalog). */
export const LOAD_RULE_IDS = [
  'file-unreadable',
  'file-outside-root',
  'file-too-large',
  'file-binary',
  'file-encoding',
  'include-outside-root',
  'docs-out-outside-root',
  'include-no-match',
  'config-unknown-rule',
  'yaml-syntax',
  'yaml-depth',
  'yaml-duplicate-key',
  'yaml-alias',
  'yaml-tag',
  'yaml-merge-key',
  'yaml-directive',
  'document-empty',
  'document-not-mapping',
  'document-kind',
  'schema',
  'references-unchecked',
  'id-duplicate',
] as const;

/** The rules over the model: one file each in validate/rules/, registered in validate/rules/index.ts. */
export const MODEL_RULE_IDS = [
  'ref-unknown',
  'ref-kind',
  'id-reserved',
  'id-confusable',
  'teams-core',
  'ownership-owner',
  'ownership-duty-holder',
  'joint-members',
  'ownership-path-pattern',
  'gate-criterion',
  'ownership-paths-overlap',
  'escalation-levels',
  'escalation-responders',
  'escalation-response-order',
  'workflow-structure',
  'workflow-reachable',
  'workflow-end',
  'workflow-decision',
  'cadence-overlap',
  'cadence-critical-sync',
  'cadence-meeting-load',
  'settings-timezone',
  'cadence-recurrence',
  'plan-order',
] as const;

export type LoadRuleId = (typeof LOAD_RULE_IDS)[number];
export type ModelRuleId = (typeof MODEL_RULE_IDS)[number];
export type RuleId = LoadRuleId | ModelRuleId;
