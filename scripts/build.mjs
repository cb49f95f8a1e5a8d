// npm run build: precompile the schema validators, compile TypeScript, and put
// the generated validators beside the compiled code.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
console.log('built dist/');
