import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from '../../core/paths.js';
import { UsageError } from '../../core/errors.js';
import { KINDS, KIND_NAMES, kindFromName } from '../../core/model/kinds.js';
import { writeVscodeSettings } from '../../core/write/vscode.js';
import type { Io } from '../io.js';

export async function run(kind: string | undefined, opts: { writeVscode?: boolean }, io: Io): Promise<number> {
  if (opts.writeVscode) {
    const { file, added } = writeVscodeSettings(io.cwd, SCHEMA_DIR);
    io.stdout.write(
      added.length > 0
        ? `updated ${path.relative(io.cwd, file)}: ${added.map((a) => `${a.schema} for ${a.globs.join(', ')}`).join('; ')}\n`
        : `${path.relative(io.cwd, file)} already associates the perfcoord schemas\n`,
    );
    return 0;
  }
  if (kind === undefined) {
    const width = Math.max(...KIND_NAMES.map((k) => k.length));
    for (const k of KIND_NAMES) io.stdout.write(`${k.padEnd(width)}  ${path.join(SCHEMA_DIR, KINDS[k])}\n`);
    return 0;
  }
  const found = kindFromName(kind) ?? (/^(any|document)$/i.test(kind) ? 'Any' : undefined);
  if (!found) throw new UsageError(`unknown kind "${kind}"; the kinds are ${KIND_NAMES.join(', ')}`);
  const file = found === 'Any' ? 'document.schema.json' : KINDS[found];
  io.stdout.write(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
  return 0;
}
