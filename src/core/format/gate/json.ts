import { gateJson } from '../../gate/check.js';
import type { GateFormatter } from './text.js';

export const json: GateFormatter = (report) => JSON.stringify(gateJson(report), null, 2) + '\n';
