import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as JsYaml from 'js-yaml';
import type * as Yaml from 'yaml';

/** A library bundled as one file beside the CLI's bundle by the build; run from source, the package. */
function load<T>(file: string, pkg: string): T {
  const require = createRequire(import.meta.url);
  const bundled = fileURLToPath(new URL(file, import.meta.url));
  return (existsSync(bundled) ? require(bundled) : require(pkg)) as T;
}

let lib: typeof Yaml | undefined;

/**
 * The complete YAML parser, loaded when first needed: most files are in the subset the fast path
 * parses, and their positions come from it too, so most runs never load it. The build bundles it
 * into one file beside the CLI's bundle (yaml.cjs); run from source, it is the package.
 */
export function yamlLib(): typeof Yaml {
  return (lib ??= load<typeof Yaml>('./yaml.cjs', 'yaml'));
}

let jsLib: typeof JsYaml | undefined;

/**
 * js-yaml, loaded when first needed: the line reader takes the files coordination projects are
 * written in, and js-yaml only what it leaves (parse-fast.ts).
 */
export function jsYamlLib(): typeof JsYaml {
  return (jsLib ??= load<typeof JsYaml>('./js-yaml.cjs', 'js-yaml'));
}
