import type { ParseCache } from '../core/load/load.js';

/** Placeholder until the content-hash cache lands: caches nothing. */
export function openCache(
  _cwd: string,
  _config?: string,
  _location?: string,
): { parseCache: ParseCache; save(root: string): void } {
  return { parseCache: { get: () => undefined, set: () => undefined }, save: () => undefined };
}
