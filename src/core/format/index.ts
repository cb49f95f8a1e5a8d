import { compact } from './compact.js';
import type { Formatter } from './context.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Format } from './names.js';

export { FORMATS, isFormat } from './names.js';
export type { Format } from './names.js';

export const FORMATTERS: Record<Format, Formatter> = { stylish, compact, json, junit, sarif, github };
