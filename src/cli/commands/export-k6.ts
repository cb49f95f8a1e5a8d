import { renderK6 } from '../../core/export/k6.js';
import { exportGate } from '../export-gate.js';
import type { ExportOptions } from '../export-gate.js';
import type { Io } from '../io.js';

/** A stage's k6 criteria as k6 thresholds (JSON to merge into a script's options). */
export async function run(stageId: string, opts: ExportOptions, io: Io): Promise<number> {
  return Promise.resolve(exportGate(stageId, opts, io, 'k6', renderK6));
}
