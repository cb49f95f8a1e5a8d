import type { Diagram, RenderContext } from '../context.js';
import { MarkdownPage, code, md } from '../markdown.js';
import type { TocEntry } from '../markdown.js';
import { markerLine } from '../marker.js';
import { oneLine } from '../text.js';
import { words } from '../words.js';

/** A rendered page: its file, its title and what the index lists of it. */
export interface PageOut {
  file: string;
  title: string;
  /** One line on what the page holds (already Markdown). */
  summary: string;
  toc: TocEntry[];
  content: string;
}

/**
 * Under the marker: table rows and paragraphs are as long as the model's text,
 * so markdownlint's line length rule (MD013) is off for generated pages, and
 * only that rule; a plain `markdownlint-cli2 "docs/*.md"` passes.
 */
export const LINT_DIRECTIVE = '<!-- markdownlint-disable-file MD013 -->';

export function newPage(ctx: RenderContext, title: string): MarkdownPage {
  return new MarkdownPage(`${markerLine('.md', ctx.source)}\n${LINT_DIRECTIVE}`, title);
}

export function finish(page: MarkdownPage, file: string, title: string, summary: string): PageOut {
  return { file, title, summary, toc: page.toc, content: page.build() };
}

/**
 * A diagram in a page: the Mermaid block (or, with --svg, the SVG file beside
 * the page, which keeps its natural size), then where its source file is.
 */
export function addDiagram(ctx: RenderContext, page: MarkdownPage, diagram: Diagram | undefined): void {
  if (!diagram) return;
  if (ctx.svg) page.raw(`![${md(diagram.title)}](${diagram.name}.svg)`);
  else page.mermaid(diagram.source);
  page.raw(`Diagram source: [${diagram.name}.mmd](${diagram.name}.mmd)`);
}

/** Model text that may be a snake_case token, as words, escaped. */
export function prose(text: string | undefined): string {
  return text === undefined ? '' : md(words(text));
}

/** The diagrams by key, made once per list: a page of many matrices looks each up without a search. */
const byKey = new WeakMap<readonly Diagram[], Map<string, Diagram>>();

export function diagramFor(diagrams: readonly Diagram[], key: string): Diagram | undefined {
  let keyed = byKey.get(diagrams);
  if (!keyed) byKey.set(diagrams, (keyed = new Map(diagrams.map((d) => [d.key, d]))));
  return keyed.get(key);
}

/** "Label: value" for a list item, or nothing when the value is missing or empty. */
export function field(label: string, value: string | undefined): string[] {
  if (value === undefined || oneLine(value) === '') return [];
  return [`${label}: ${prose(value)}`];
}

/** "Label: value" where the value is already Markdown. */
export function fieldMd(label: string, markdown: string): string[] {
  return markdown === '' ? [] : [`${label}: ${markdown}`];
}

/** Several values, each escaped, joined by ", ". */
export function mdList(values: readonly string[]): string {
  return values
    .filter((v) => oneLine(v) !== '')
    .map((v) => prose(v))
    .join(', ');
}

/** A code span, or "" for nothing. */
export function codeOr(value: string | undefined, inTable = false): string {
  return value === undefined || oneLine(value) === '' ? '' : code(value, inTable);
}

/** "monday" → "Monday". */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
