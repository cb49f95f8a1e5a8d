// npm run build: precompile the schema validators, compile TypeScript, and put
// the generated validators beside the compiled code.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStandalone } from './validators.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const generated = path.join(root, 'src/generated/validators.cjs');
writeFileSync(generated, buildStandalone(root));

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit' });

mkdirSync(path.join(root, 'dist/generated'), { recursive: true });
copyFileSync(generated, path.join(root, 'dist/generated/validators.cjs'));
// Build steps of other parts (e.g. the init templates), each a module with a default export(root).
for (const step of ['templates.mjs']) {
  const file = path.join(root, 'scripts', step);
  if (existsSync(file)) await (await import(file)).default(root);
}
console.log('built dist/');
