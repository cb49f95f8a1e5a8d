import type { Io } from '../io.js';
import { runInit } from '../init/run.js';
import type { InitOptions } from '../init/run.js';

export async function run(opts: InitOptions, io: Io): Promise<number> {
  return runInit(opts, io);
}
