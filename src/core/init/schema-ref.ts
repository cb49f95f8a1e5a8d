/**
 * The `# yaml-language-server: $schema=…` line that gives editors
 * autocomplete. A project that has perfcoord installed points at the
 * installed schemas, so they always match the version that validates it;
 * otherwise at the published copy of this version.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findUp } from '../util/find-up.js';

export type SchemaSource =
  | { kind: 'installed'; /** The schemas folder, relative to the project folder, "/"-separated. */ dir: string }
  | { kind: 'published'; version: string };

export const INSTALLED_SCHEMAS = 'node_modules/perfcoord/schemas';

/** The published schemas of a version (a URL, without the trailing "/"). */
export function publishedSchemas(version: string): string {
  return `https://unpkg.com/perfcoord@${version}/schemas`;
}

/** The folder (at or above `from`) whose node_modules holds perfcoord's schemas, if any. */
export function installedSchemasRoot(from: string): string | undefined {
  return findUp(from, (dir) => existsSync(path.join(dir, ...INSTALLED_SCHEMAS.split('/'))));
}

const LINE = /^# yaml-language-server: \$schema=(\S*)[^\n]*$/gm;

/** Where the file at `file` (relative to the project folder) finds `schema`. */
export function schemaUrl(file: string, schema: string, source: SchemaSource): string {
  if (source.kind === 'published') return `${publishedSchemas(source.version)}/${schema}`;
  const from = path.posix.dirname(file);
  return path.posix.relative(from, path.posix.join(source.dir, schema));
}

export function schemaLine(file: string, schema: string, source: SchemaSource): string {
  return `# yaml-language-server: $schema=${schemaUrl(file, schema, source)}`;
}

/**
 * Points every $schema line of a file at `source`, keeping the schema file
 * each line names (a file may hold several documents, each with its line).
 */
export function rewriteSchemaLines(file: string, text: string, source: SchemaSource): string {
  return text.replace(LINE, (_line, ref: string) => {
    const schema = ref.slice(ref.lastIndexOf('/') + 1);
    return schemaLine(file, schema, source);
  });
}
