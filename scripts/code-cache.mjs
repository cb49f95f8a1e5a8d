// Part of npm run build: V8's code cache for the schema validators and for the binary's bundle.
// Each runs first, the validators on every document of the examples and the command line on the
// seed (validate, who-owns, the exports), so that the cache holds the bytecode of what a run
// calls; they are then loaded without parsing or compiling that again (src/core/util/code-cache.ts).
// Usage: node scripts/code-cache.mjs <built tree>
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const { compile, runScript } = await import(pathToFileURL(path.join(out, 'core/util/code-cache.js')).href);
const importModule = (specifier) => import(specifier);

const file = path.join(out, 'generated', 'validators.cjs');
const script = compile(readFileSync(file, 'utf8'), file);
const validators = runScript(script, file, importModule);

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

// The command line, run as the binary runs it, with what it prints thrown away.
const cliFile = path.join(out, 'bundle', 'cli.cjs');
const cli = compile(readFileSync(cliFile, 'utf8'), cliFile);
const { main } = runScript(cli, cliFile, importModule);
const quiet = { write: () => true, isTTY: false };
const seed = path.join(root, 'examples', 'seed');
const io = { stdout: quiet, stderr: quiet, stdin: process.stdin, cwd: seed, env: {}, now: () => new Date(0) };
for (const args of [
  ['validate'],
  ['validate', '-f', 'compact'],
  ['who-owns', 'database_optimization'],
  ['who-owns', '--team', 'performance'],
  ['export', 'codeowners', '-o', '-'],
  ['export', 'ics', '-o', '-'],
]) {
  const code = await main(args, io);
  if (code > 1) throw new Error(`perfcoord ${args.join(' ')} exited ${code} on the seed`);
}
writeFileSync(path.join(out, 'bundle', 'cli.v8cache'), cli.createCachedData());
