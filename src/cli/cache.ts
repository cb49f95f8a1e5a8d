import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentCache } from '../core/load/cache.js';
import { findProjectFile } from '../core/load/discover.js';
import { findUp } from '../core/util/find-up.js';
import { GENERATED_DIR } from '../core/paths.js';
import { writeFileAtomic } from '../core/write/atomic.js';
import { version } from '../core/version.js';

/**
 * The --cache file: --cache-location, else node_modules/.cache/perfcoord/ of
 * the project (where build tools keep caches: never committed, so a pull
 * request cannot plant one), else the user's cache folder. Its key changes
 * with the perfcoord version and with the compiled schemas.
 */
export function openCache(
  cwd: string,
  config?: string,
  location?: string,
  env: Record<string, string | undefined> = {},
  /** The options that change what a file yields (--max-depth): a run with others starts afresh. */
  variant = '',
): ContentCache {
  let file: string;
  if (location !== undefined) file = path.resolve(cwd, location);
  else {
    let project: string | undefined;
    try {
      project = findProjectFile(cwd, config);
    } catch {
      project = undefined;
    }
    file = defaultCacheFile(project ? path.dirname(project) : path.resolve(cwd), env);
  }
  const schemas = validatorsDigest();
  let text: string | undefined;
  try {
    // Only a regular file is read: a FIFO in its place would block the run.
    text = statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  } catch {
    text = undefined; // no cache yet, or an unreadable one: start empty
  }
  return ContentCache.parse(file, `${version()}:${schemas}${variant === '' ? '' : `:${variant}`}`, text);
}

/**
 * Writes the cache back (atomically), if this run changed it. A cache that cannot be kept
 * (a link or a folder in its place, a full disk) costs speed, not the run: the reason is
 * returned for a warning, never thrown.
 */
export function saveCache(cache: ContentCache): string | undefined {
  try {
    const text = cache.serialize();
    if (text !== undefined) writeFileAtomic(cache.file, text);
    return undefined;
  } catch (error) {
    return `cannot save the cache (${(error as Error).message}); the next run checks every file again`;
  }
}

export function defaultCacheFile(projectDir: string, env: Record<string, string | undefined>): string {
  const dir = findUp(projectDir, (d) => existsSync(path.join(d, 'node_modules')));
  if (dir !== undefined) {
    // One file a project, should several share the node_modules of a monorepo.
    const name = path.relative(dir, projectDir).replace(/[\\/]/g, '__') || 'project';
    return path.join(dir, 'node_modules', '.cache', 'perfcoord', `${name}.json`);
  }
  const home = env.XDG_CACHE_HOME ?? (env.HOME !== undefined ? path.join(env.HOME, '.cache') : os.tmpdir());
  const key = createHash('sha256').update(projectDir).digest('hex').slice(0, 16);
  return path.join(home, 'perfcoord', `${key}.json`);
}

/** The digest of the compiled schemas, which the build writes with them. */
function validatorsDigest(): string {
  const { sha256 } = JSON.parse(readFileSync(path.join(GENERATED_DIR, 'validators-digest.json'), 'utf8')) as {
    sha256: string;
  };
  return sha256;
}
