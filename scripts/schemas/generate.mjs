// Writes schemas/<kind>.schema.json from scripts/schemas/kinds.mjs.
// `--check` writes nothing and exits 1 when a committed schema is stale.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { schemas } from './kinds.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(path.join(root, 'schemas'), { recursive: true });
for (const [file, schema] of Object.values(schemas)) {
  const target = path.join(root, 'schemas', file);
  const text = JSON.stringify(schema, null, 2) + '\n';
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing: written below, or reported as stale
  }
  if (current === text) continue;
  if (check) {
    console.error(`stale: schemas/${file}`);
    stale++;
  } else {
    writeFileSync(target, text);
    console.log(`wrote schemas/${file}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
