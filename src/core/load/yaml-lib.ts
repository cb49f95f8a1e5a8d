import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

/**
 * The complete YAML parser, loaded when first needed: most files are in the subset the fast path
 * parses, and their positions come from it too, so most runs never load it. The build bundles it
 * into one file beside the CLI's chunks (yaml.cjs); run from source, it is the package.
 */
export function yamlLib(): typeof Yaml {
  if (!lib) {
    const require = createRequire(import.meta.url);
    const bundled = fileURLToPath(new URL('./yaml.cjs', import.meta.url));
    lib = (existsSync(bundled) ? require(bundled) : require('yaml')) as typeof Yaml;
  }
  return lib;
}
