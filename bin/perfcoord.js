#!/usr/bin/env node
// The one place that ends the process: everything else returns an exit code.
import { readFileSync } from 'node:fs';

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
  const [{ main }, { processIo }] = await Promise.all([
    import('../dist/bundle/main.js'),
    import('../dist/bundle/io.js'),
  ]);
  process.exitCode = await main(args, processIo());
}
