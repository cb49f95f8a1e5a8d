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

/**
 * A maker of fresh folders, for tests that each want their own: call it at the
 * top level of the test file; every folder it made is removed after the file's last test.
 */
export function tempFolders(name: string): () => string {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), `perfcoord-${name}-`));
    made.push(dir);
    return dir;
  };
}
