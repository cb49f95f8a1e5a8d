import type { LoadedDocument } from '../load/types.js';
import { isKind } from './kinds.js';
import type { Kind } from './kinds.js';
import { readCadence } from './read/cadence.js';
import { readChannels } from './read/channels.js';
import { readDocs } from './read/docs.js';
import { readEscalation } from './read/escalation.js';
import { readGates } from './read/gates.js';
import { readMetrics } from './read/metrics.js';
import { readAreas } from './read/ownership.js';
import { readPlan } from './read/plan.js';
import { readProject } from './read/project.js';
import { readRisks } from './read/risks.js';
import { readTeams } from './read/teams.js';
import { readWorkflow } from './read/workflow.js';
import { DocReader } from './reader.js';
import type { Model } from './types.js';
import { emptyModel } from './types.js';

/** One reader a kind (read/*.ts), each adding what its document declares to the model. */
const READERS: Record<Exclude<Kind, 'Project'>, (r: DocReader, model: Model) => void> = {
  Teams: readTeams,
  Ownership: readAreas,
  QualityGates: readGates,
  EscalationMatrix: readEscalation,
  Workflow: readWorkflow,
  Cadence: readCadence,
  Channels: readChannels,
  Docs: readDocs,
  Metrics: readMetrics,
  Risks: readRisks,
  Plan: readPlan,
};

/**
 * Documents → one model, in document order. Reads defensively: a document may
 * have failed its schema, so every value is checked for its type and anything
 * unusable is skipped (the schema findings already say why).
 */
export function buildModel(documents: readonly LoadedDocument[]): Model {
  const model = emptyModel();
  for (const doc of documents) {
    if (!isKind(doc.kind)) continue;
    const reader = new DocReader(doc);
    if (doc.kind === 'Project') model.project ??= readProject(reader);
    else READERS[doc.kind](reader, model);
  }
  return model;
}
