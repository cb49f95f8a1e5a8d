import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Assembles a fixture project in a fresh temporary folder: the base project,
 * then the case's `files/` laid over it (a file named `X.delete` removes X),
 * and the case's `outside/` beside the project (for links that escape it).
 * Returns the project folder.
 */
export function assemble(caseDir: string, baseDir: string | undefined): { project: string; cleanup: () => void } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-case-'));
  const project = path.join(tmp, 'project');
  if (baseDir) cpSync(baseDir, project, { recursive: true, verbatimSymlinks: true });
  const overlay = path.join(caseDir, 'files');
  if (existsSync(overlay)) {
    cpSync(overlay, project, { recursive: true, verbatimSymlinks: true, force: true });
    for (const file of walk(project)) {
      if (file.endsWith('.delete')) {
        rmSync(file);
        rmSync(file.slice(0, -'.delete'.length), { recursive: true, force: true });
      }
    }
  }
  const outside = path.join(caseDir, 'outside');
  if (existsSync(outside)) cpSync(outside, path.join(tmp, 'outside'), { recursive: true });
  return { project, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const st = statSync(full, { throwIfNoEntry: false });
    if (st?.isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

export function readOptional(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
