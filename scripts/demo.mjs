// npm run demo: the main job on examples/seed: validate, ask who owns what,
// and render the docs (into examples/seed/docs, which git ignores).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seed = path.join(root, 'examples/seed');
const steps = [
  ['validate'],
  ['who-owns', 'database_optimization'],
  ['who-owns', 'performance_monitoring'],
  ['who-owns', 'src/db/pool.ts'],
  ['who-owns', '--team', 'devops'],
  ['render', 'docs', '--out', 'docs'],
];
let worst = 0;
for (const args of steps) {
  console.log(`\n$ perfcoord ${args.join(' ')}    (in examples/seed)`);
  const r = spawnSync(process.execPath, [path.join(root, 'bin/perfcoord.js'), ...args], {
    cwd: seed,
    stdio: 'inherit',
  });
  console.log(`[exit ${r.status}]`);
  worst = Math.max(worst, r.status ?? 2);
}
console.log(
  `\nThe rendered pages are in ${path.relative(process.cwd(), path.join(seed, 'docs')) || '.'}/ (start with index.md).`,
);
process.exit(worst > 1 ? worst : 0);
