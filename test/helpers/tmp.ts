import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A fresh folder for the test file that calls this (at its top level), removed after its last test. */
export function tempFolder(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `perfcoord-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
