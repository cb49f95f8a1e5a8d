import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Engine {
  calcFileOwnership(file: string): string[];
}
const require = createRequire(import.meta.url);
const { OwnershipEngine } = require('@snyk/github-codeowners/dist/lib/ownership/OwnershipEngine.js') as {
  OwnershipEngine: { FromCodeownersFile(file: string): Engine };
};

/** GitHub's answer for each path under a CODEOWNERS text, by an independent implementation (@snyk/github-codeowners). */
export function snykOwners(codeowners: string): (file: string) => string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'perfcoord-snyk-'));
  try {
    const file = path.join(dir, 'CODEOWNERS');
    writeFileSync(file, codeowners);
    const engine = OwnershipEngine.FromCodeownersFile(file);
    return (p) => engine.calcFileOwnership(p);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
