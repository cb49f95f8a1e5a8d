/**
 * The `# yaml-language-server: $schema=…` line that gives editors
 * autocomplete. A project that has perfcoord installed points at the
 * installed schemas, so they always match the version that validates it;
 * otherwise at the published copy of this version.
 */
import path from 'node:path';

export type SchemaSource =
  | { kind: 'installed'; /** The schemas folder, relative to the project folder, "/"-separated. */ dir: string }
  | { kind: 'published'; version: string };

export const INSTALLED_SCHEMAS = 'node_modules/perfcoord/schemas';

const LINE = /^# yaml-language-server: \$schema=(\S*)[^\n]*$/gm;

/** Where the file at `file` (relative to the project folder) finds `schema`. */
export function schemaUrl(file: string, schema: string, source: SchemaSource): string {
  if (source.kind === 'published') return `https://unpkg.com/perfcoord@${source.version}/schemas/${schema}`;
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
