#!/usr/bin/env node
// The one place that ends the process: everything else returns an exit code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

for (const stream of [process.stdout, process.stderr]) {
  // A closed pipe (perfcoord validate | head) is not an error.
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // What commander would print, without loading the command line at all.
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main, processIo } = await commandLine();
  process.exitCode = await main(args, processIo());
}

/**
 * The command line: one CommonJS bundle compiled with the code cache the build made for it, so
 * that the functions a run calls are neither parsed nor compiled again.
 */
async function commandLine() {
  const file = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
  const { requireCached } = await import('../dist/core/util/code-cache.js');
  return requireCached(file, file.replace(/\.cjs$/, '.v8cache'), (specifier) => import(specifier));
}
