import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { stylish } from './stylish.js';
import type { GateFormatter } from './text.js';

import { GATE_FORMATS } from '../names.js';
import type { GateFormat } from '../names.js';

export { GATE_FORMATS };

export const GATE_FORMATTERS: Record<GateFormat, GateFormatter> = { stylish, json, junit, github, markdown };

export function isGateFormat(value: string): value is GateFormat {
  return (GATE_FORMATS as readonly string[]).includes(value);
}
