import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentCache } from '../core/load/cache.js';
import { findProjectFile } from '../core/load/discover.js';
import { GENERATED_DIR } from '../core/paths.js';
import { version } from './version.js';

/**
 * The --cache file: --cache-location, else .perfcoordcache beside the project
 * file (or in the working folder). Its key changes with the perfcoord version
 * and with the compiled schemas.
 */
export function openCache(cwd: string, config?: string, location?: string): ContentCache {
  let file: string;
  if (location !== undefined) file = path.resolve(cwd, location);
  else {
    let project: string | undefined;
    try {
      project = findProjectFile(cwd, config);
    } catch {
      project = undefined;
    }
    file = path.join(project ? path.dirname(project) : cwd, '.perfcoordcache');
  }
  const schemas = createHash('sha256')
    .update(readFileSync(path.join(GENERATED_DIR, 'validators.cjs')))
    .digest('base64url');
  return ContentCache.open(file, `${version()}:${schemas}`);
}
