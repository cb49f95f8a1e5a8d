import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED } from './run.js';

/**
 * Two copies of the seed in a fresh temporary folder, `base` and `head`, with
 * a diff case's `base-files/` and `files/` laid over them.
 */
export function diffPair(caseDir: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-diff-case-'));
  for (const [side, overlay] of [
    ['base', 'base-files'],
    ['head', 'files'],
  ] as const) {
    const target = path.join(dir, side);
    cpSync(SEED, target, { recursive: true });
    const from = path.join(caseDir, overlay);
    if (existsSync(from)) cpSync(from, target, { recursive: true, force: true });
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
