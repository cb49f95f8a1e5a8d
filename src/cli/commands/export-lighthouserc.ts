import { renderLighthouserc } from '../../core/export/lighthouserc.js';
import { exportGate } from '../export-gate.js';
import type { ExportOptions } from '../export-gate.js';
import type { Io } from '../io.js';

/** A stage's Lighthouse criteria as a lighthouserc.json with Lighthouse CI assertions. */
export async function run(stageId: string, opts: ExportOptions, io: Io): Promise<number> {
  return Promise.resolve(exportGate(stageId, opts, io, 'lighthouse', renderLighthouserc));
}
