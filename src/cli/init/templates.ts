import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_DIR } from '../../core/paths.js';
import { checkTemplates } from '../../core/init/template.js';
import type { Templates } from '../../core/init/template.js';

// Beside the compiled code in dist/generated, and in src/generated when run from
// source; found through the package root so that the bundled binary finds it too.
const FILE = path.join(GENERATED_DIR, 'templates.json');

let cached: Templates | undefined;

/** The examples as the build gathered them (scripts/templates.mjs). */
export function loadTemplates(): Templates {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(FILE, 'utf8');
    } catch {
      throw new Error('the init templates (generated/templates.json) are missing; rebuild perfcoord');
    }
    cached = checkTemplates(JSON.parse(text));
  }
  return cached;
}
