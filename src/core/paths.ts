import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where perfcoord's own files are, whether it runs from src/ (tests), from
 * dist/ (the compiled API) or from the bundle in dist/bundle/ (the binary):
 * found from the package root, never from this module's depth.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'schemas'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot(here);

/** The compiled tree (dist/) when running compiled code, else src/. */
const CODE_ROOT = path.join(PACKAGE_ROOT, here.split(path.sep).includes('dist') ? 'dist' : 'src');

/** Generated at build time: the precompiled validators and the init templates. */
export const GENERATED_DIR = path.join(CODE_ROOT, 'generated');

/** The published JSON Schemas. */
export const SCHEMA_DIR = path.join(PACKAGE_ROOT, 'schemas');
