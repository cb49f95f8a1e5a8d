import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';

export const PROJECT_FILE_NAMES = ['perfcoord.yaml', 'perfcoord.yml'] as const;

/**
 * The project file: `explicit` (from --config) when given, else perfcoord.yaml
 * (or .yml) in `cwd` or its nearest parent. Undefined when there is none.
 */
export function findProjectFile(cwd: string, explicit?: string): string | undefined {
  if (explicit !== undefined) {
    const file = path.resolve(cwd, explicit);
    let isFile: boolean;
    try {
      isFile = statSync(file).isFile();
    } catch {
      throw new ConfigError(`the project file ${explicit} (--config) does not exist`);
    }
    if (!isFile) throw new ConfigError(`the project file ${explicit} (--config) is not a file`);
    return file;
  }
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of PROJECT_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
