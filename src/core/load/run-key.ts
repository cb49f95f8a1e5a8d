import { createHash } from 'node:crypto';
import type { Finding } from '../finding.js';
import type { LoadResult } from './load-core.js';

/**
 * The digest of everything a check of the loaded project depends on, bar the project's file
 * list (see CachedRun.files): which files were read, from where, with which contents, what
 * reading them found, and which of them were named. Two runs with the same digest report the
 * same findings, so the second can take the first's outcome from the cache. `extra` holds
 * what else the caller's outcome depends on: its options, and the runtime (Intl's time zones,
 * which settings-timezone consults, come with it).
 */
export function runKey(load: LoadResult, extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  const add = (...parts: readonly (string | number | undefined)[]): void => {
    // JSON keeps the parts apart, whatever characters a path or message holds.
    hash.update(JSON.stringify(parts));
    hash.update('\n');
  };
  add('options', ...extra);
  add('folders', load.cwd, load.root);
  for (const file of load.files)
    add('file', file.path, file.display, file.isProject ? 1 : 0, file.hash ?? '', load.named?.has(file) ? 1 : 0);
  for (const finding of load.findings) add('finding', ...describe(finding));
  return hash.digest('base64url');
}

function describe(finding: Finding): (string | number | undefined)[] {
  const { at } = finding;
  const where =
    'file' in at
      ? [at.file.path, at.file.display, at.start, at.end]
      : [at.loc.doc.file.path, at.loc.doc.index, JSON.stringify(at.loc.path), at.part];
  return [finding.rule, finding.message, finding.severity, finding.suggestion, ...where];
}
