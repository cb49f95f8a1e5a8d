import { ruleCatalog } from '../../core/validate/catalog.js';
import type { Io } from '../io.js';

export async function run(opts: { json?: boolean }, io: Io): Promise<number> {
  const rules = ruleCatalog();
  if (opts.json) {
    io.stdout.write(JSON.stringify(rules, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    const flags = r.category === 'content' ? '' : ` (exit 2)`;
    io.stdout.write(
      `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}${flags}${r.fixed ? ' [fixed]' : ''}\n`,
    );
  }
  return 0;
}
