/**
 * The starting points `perfcoord init` offers: the examples, shipped with the
 * package as one JSON file (the package does not ship examples/).
 */
import { rewriteSchemaLines } from './schema-ref.js';
import type { SchemaSource } from './schema-ref.js';
import { scalar } from './yaml-emit.js';

export const TEMPLATES = ['minimal', 'seed'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

/** Per template: file path (relative, "/"-separated) → content. */
export type Templates = Record<TemplateName, Record<string, string>>;

export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === 'string' && (TEMPLATES as readonly string[]).includes(value);
}

/** The shape the generated file must have; anything else is a broken build. */
export function checkTemplates(data: unknown): Templates {
  const ok =
    typeof data === 'object' &&
    data !== null &&
    TEMPLATES.every((t) => {
      const files = (data as Record<string, unknown>)[t];
      return (
        typeof files === 'object' &&
        files !== null &&
        Object.values(files).every((v) => typeof v === 'string') &&
        'perfcoord.yaml' in files
      );
    });
  if (!ok) throw new TypeError('the init templates are missing or malformed; rebuild perfcoord');
  return data as Templates;
}

const NAME_LINE = /^name: .*$/m;

/** The project's name in the project file, replacing the template's one-line name. */
export function renameProject(text: string, name: string): string {
  if (!NAME_LINE.test(text)) throw new TypeError('the template project file has no one-line name');
  return text.replace(NAME_LINE, () => `name: ${scalar(name)}`);
}

/** The project file's one-line name, as the template writes it (for a default answer). */
export function templateProjectName(text: string): string | undefined {
  const line = NAME_LINE.exec(text)?.[0];
  if (line === undefined) return undefined;
  const value = line.slice('name: '.length).trim();
  if (!value.startsWith('"')) return value;
  try {
    return JSON.parse(value) as string;
  } catch {
    return undefined;
  }
}

/** A template's files, ready to write: $schema lines pointed at `source`, in path order. */
export function filesFromTemplate(
  files: Record<string, string>,
  source: SchemaSource,
  name?: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of Object.keys(files).sort()) {
    let text = rewriteSchemaLines(file, files[file] ?? '', source);
    if (file === 'perfcoord.yaml' && name !== undefined) text = renameProject(text, name);
    out.set(file, text);
  }
  return out;
}
