import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { applyEdits, modify, parse, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { ConfigError } from '../errors.js';
import { writeFileAtomic } from './atomic.js';

export interface Association {
  schema: string;
  globs: string[];
}

/** The yaml.schemas entries perfcoord wants: the project file, and any document under coordination/. */
export function associations(cwd: string, schemaDir: string): Association[] {
  const rel = path.relative(cwd, schemaDir).split(path.sep).join('/');
  const base = rel.startsWith('..') || path.isAbsolute(rel) ? schemaDir.split(path.sep).join('/') : `./${rel}`;
  return [
    { schema: `${base}/project.schema.json`, globs: ['perfcoord.yaml', 'perfcoord.yml'] },
    { schema: `${base}/document.schema.json`, globs: ['coordination/**/*.yaml', 'coordination/**/*.yml'] },
  ];
}

/**
 * Adds the perfcoord schema associations to .vscode/settings.json, keeping
 * everything already there (comments and formatting included).
 */
export function writeVscodeSettings(cwd: string, schemaDir: string): { file: string; added: Association[] } {
  const file = path.join(cwd, '.vscode', 'settings.json');
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '{\n}\n';
  const errors: ParseError[] = [];
  const current = parse(text, errors, { allowTrailingComma: true }) as unknown;
  if (
    errors.length > 0 ||
    (current !== undefined && (typeof current !== 'object' || current === null || Array.isArray(current)))
  ) {
    const why = errors[0] ? printParseErrorCode(errors[0].error) : 'it is not an object';
    throw new ConfigError(`cannot update ${file}: ${why}; fix it by hand first`);
  }
  const existing = ((current as Record<string, unknown> | undefined)?.['yaml.schemas'] ?? {}) as Record<
    string,
    unknown
  >;
  const added: Association[] = [];
  for (const a of associations(cwd, schemaDir)) {
    const have = existing[a.schema];
    const globs = Array.isArray(have) ? have.map(String) : typeof have === 'string' ? [have] : [];
    const missing = a.globs.filter((g) => !globs.includes(g));
    if (missing.length === 0) continue;
    const edits = modify(text, ['yaml.schemas', a.schema], [...globs, ...missing], {
      formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
    });
    text = applyEdits(text, edits);
    added.push({ schema: a.schema, globs: missing });
  }
  if (added.length > 0) writeFileAtomic(file, text.endsWith('\n') ? text : `${text}\n`);
  return { file, added };
}
