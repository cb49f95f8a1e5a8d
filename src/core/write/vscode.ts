import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { applyEdits, modify, parse, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { ConfigError } from '../errors.js';
import { writeFileAtomic } from './atomic.js';
import { relativeInside, toPosix } from '../util/paths.js';

export interface Association {
  schema: string;
  globs: string[];
}

/** Where the settings point for the schemas. */
export type SchemaLocation =
  /** A folder on disk (perfcoord installed in the project, or a checkout of perfcoord itself). */
  | { kind: 'folder'; dir: string }
  /** The published schemas of this version, when no installed copy lasts (npx, a global install). */
  | { kind: 'url'; base: string };

/**
 * The yaml.schemas entries perfcoord wants, relative to the workspace folder:
 * the project file, and the documents its include globs name.
 */
export function associations(
  workspace: string,
  projectDir: string,
  include: readonly string[],
  location: SchemaLocation,
): Association[] {
  const prefix = toPosix(path.relative(workspace, projectDir));
  const under = (glob: string) => (prefix === '' ? glob : `${prefix}/${glob.replace(/^\.\//, '')}`);
  let base: string;
  if (location.kind === 'url') base = location.base;
  else {
    const rel = relativeInside(workspace, location.dir);
    base = rel === undefined ? toPosix(location.dir) : `./${rel}`;
  }
  return [
    { schema: `${base}/project.schema.json`, globs: ['perfcoord.yaml', 'perfcoord.yml'].map(under) },
    { schema: `${base}/document.schema.json`, globs: include.map(under) },
  ];
}

/** The indentation a JSON file already uses (two spaces when it shows none). */
function indentOf(text: string): { insertSpaces: boolean; tabSize: number } {
  const m = /^[ \t]+(?=["/}\]])/m.exec(text);
  if (!m) return { insertSpaces: true, tabSize: 2 };
  return m[0].startsWith('\t') ? { insertSpaces: false, tabSize: 1 } : { insertSpaces: true, tabSize: m[0].length };
}

/**
 * Adds the perfcoord schema associations to .vscode/settings.json of the
 * workspace folder, keeping everything already there (comments, formatting
 * and indentation included).
 */
export function writeVscodeSettings(
  workspace: string,
  wanted: readonly Association[],
): { file: string; added: Association[] } {
  const file = path.join(workspace, '.vscode', 'settings.json');
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (text.trim() === '') text = '{\n}\n';
  const errors: ParseError[] = [];
  const current = parse(text, errors, { allowTrailingComma: true }) as unknown;
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (errors.length > 0 || (current !== undefined && !isObject(current))) {
    const why = errors[0]
      ? `${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}`
      : 'it is not an object';
    throw new ConfigError(`cannot update ${file}: ${why}; fix it by hand first`);
  }
  const schemas = isObject(current) ? current['yaml.schemas'] : undefined;
  if (schemas !== undefined && !isObject(schemas)) {
    throw new ConfigError(
      `cannot update ${file}: "yaml.schemas" is not an object of schema → globs; fix it by hand first`,
    );
  }
  const existing = schemas ?? {};
  const formattingOptions = { ...indentOf(text), eol: text.includes('\r\n') ? '\r\n' : '\n' };
  const added: Association[] = [];
  for (const a of wanted) {
    const have = existing[a.schema];
    const globs = Array.isArray(have) ? have.map(String) : typeof have === 'string' ? [have] : [];
    const missing = a.globs.filter((g) => !globs.includes(g));
    if (missing.length === 0) continue;
    text = applyEdits(text, modify(text, ['yaml.schemas', a.schema], [...globs, ...missing], { formattingOptions }));
    added.push({ schema: a.schema, globs: missing });
  }
  if (added.length > 0) writeFileAtomic(file, text.endsWith('\n') ? text : `${text}\n`);
  return { file, added };
}
