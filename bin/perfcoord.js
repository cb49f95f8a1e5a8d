#!/usr/bin/env node
// The one place that ends the process: everything else returns an exit code.
import { main } from '../dist/bundle/main.js';
import { processIo } from '../dist/bundle/io.js';

for (const stream of [process.stdout, process.stderr]) {
  // A closed pipe (perfcoord validate | head) is not an error.
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
process.exitCode = await main(process.argv.slice(2), processIo());
