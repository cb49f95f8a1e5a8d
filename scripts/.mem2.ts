import v8 from 'node:v8';
import { loadProject } from '../src/core/load/load.js';
import { modelOf } from '../src/core/validate/validate.js';
const cwd = process.argv[2] as string;
const load = loadProject({ cwd, fast: true });
const m = modelOf(load);
(globalThis as any).keep = [load, m];
const file = v8.writeHeapSnapshot('/tmp/h.heapsnapshot');
console.log(file);
