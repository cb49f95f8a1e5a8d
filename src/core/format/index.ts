import { compact } from './compact.js';
import type { Formatter } from './context.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const FORMATS = ['stylish', 'compact', 'json', 'junit', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMATTERS: Record<Format, Formatter> = { stylish, compact, json, junit, sarif, github };

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}
