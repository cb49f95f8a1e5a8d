// Part of npm run build: V8's code cache for the schema validators. The validators run once on
// every document of the examples, so that the cache holds the bytecode of what a run calls; the
// CLI then loads them without parsing or compiling that again (src/core/util/code-cache.ts).
// Usage: node scripts/code-cache.mjs <built tree>
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const { compile } = await import(pathToFileURL(path.join(out, 'core/util/code-cache.js')).href);

const file = path.join(out, 'generated', 'validators.cjs');
const script = compile(readFileSync(file, 'utf8'), file);
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
const validators = module.exports;

function yamlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/.test(name) ? [full] : [];
  });
}
let checked = 0;
for (const yamlFile of yamlFiles(path.join(root, 'examples'))) {
  for (const doc of parseAllDocuments(readFileSync(yamlFile, 'utf8'))) {
    const data = doc.toJS();
    const validate = validators[data?.kind];
    if (typeof validate !== 'function') continue;
    validate(data);
    checked++;
  }
}
if (checked === 0) throw new Error('no example document to run the validators on');
writeFileSync(path.join(out, 'generated', 'validators.v8cache'), script.createCachedData());
