/**
 * Markdown from model text. Everything a person wrote goes through `md()`
 * (or `code()`), so that no value can open HTML, emphasis, a link, a list, a
 * heading or a table cell, and the page stays markdownlint-clean.
 */
import { oneLine } from './text.js';

const ALWAYS = new Set(['\\', '`', '*', '[', ']', '<', '>', '|', '~', '$', '@']);
const WORD = /[\p{L}\p{N}]/u;
// GFM turns these into links by themselves (markdownlint MD034); a scheme URL
// becomes an explicit autolink instead, the others are broken up.
const URL = /https?:\/\/[^\s<>"'`|\\]+/giu;
const URL_TRAILING = /[.,:;!?'"*_~)\]]+$/u;

// A leading "#" without a space is no heading, but markdownlint (MD018) takes it for a broken one.
function opensBlock(text: string): boolean {
  return text.startsWith('#') || /^[-+](?:\s|$)/.test(text) || /^-(?:\s*-){2,}\s*$/.test(text);
}

function escapeRun(text: string, atStart: boolean, inHeading: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const prev = i > 0 ? text.charAt(i - 1) : '';
    const next = text.charAt(i + 1);
    if (ALWAYS.has(c)) out += `\\${c}`;
    // An underscore between two letters or digits cannot start or end emphasis.
    else if (c === '_') out += WORD.test(prev) && WORD.test(next) ? c : '\\_';
    else if (c === '&') out += /^&#?[A-Za-z0-9]+;/.test(text.slice(i)) ? '\\&' : c;
    else if (c === '.' && /www$/i.test(text.slice(Math.max(0, i - 3), i))) out += '\\.';
    else if (c === ':' && next === '/' && /https?$/i.test(text.slice(Math.max(0, i - 5), i))) out += '\\:';
    // In a heading, ":name" (even "09:00") reads as a directive to markdownlint's parser,
    // which then leaves it out of the heading's fragment.
    else if (c === ':' && inHeading && next !== '' && !/[\s\p{P}\p{S}]/u.test(next)) out += '\\:';
    // In a heading any "#" could start its closing sequence.
    else if (c === '#' && inHeading) out += '\\#';
    // At the start of a block: what would open a heading, a list or a thematic break.
    else if (atStart && i === 0 && opensBlock(text)) out += `\\${c}`;
    else if (atStart && (c === '.' || c === ')') && /^\d{1,9}$/.test(text.slice(0, i)) && /^\s?$/.test(next))
      out += `\\${c}`;
    else out += c;
  }
  return out;
}

/** One line of Markdown showing `text` literally (inline: paragraphs, list items, table cells, headings). */
// Names and ids repeat on every page (a team appears in hundreds of rows): escape each once.
const mdCache = new Map<string, string>();
const mdHeadingCache = new Map<string, string>();

export function md(text: string, inHeading = false): string {
  const cache = inHeading ? mdHeadingCache : mdCache;
  let out = cache.get(text);
  if (out === undefined) {
    out = escapeMarkdown(text, inHeading);
    if (cache.size > 100_000) cache.clear();
    cache.set(text, out);
  }
  return out;
}

function escapeMarkdown(text: string, inHeading: boolean): string {
  const t = oneLine(text);
  let out = '';
  let last = 0;
  // In a heading a link would drop out of its fragment; the URL stays text there.
  for (const m of inHeading ? [] : t.matchAll(URL)) {
    const start = m.index;
    const url = m[0].replace(URL_TRAILING, '');
    if (!/^https?:\/\/[^/]/i.test(url)) continue;
    out += escapeRun(t.slice(last, start), last === 0, inHeading);
    out += `<${url}>`;
    last = start + url.length;
  }
  // Anything after the last link, or the whole text: escaped as if it began the line
  // only when nothing came before it.
  return out + escapeRun(t.slice(last), last === 0, inHeading);
}

/** A code span; in a table cell a "|" must be escaped even inside code. */
export function code(text: string, inTable = false): string {
  let t = oneLine(text);
  // "\|" cannot be written in a code span inside a table cell; escaped text can.
  if (t === '' || (inTable && t.includes('\\|'))) return md(text);
  if (inTable) t = t.replace(/\|/g, '\\|');
  let longest = 0;
  for (const run of t.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** markdownlint MD026 flags these at the end of a heading. */
const HEADING_TRAILING = /[\s.,;:!。，；：！]+$/u;

/** The text of a heading, as people see it (before escaping). */
export function headingText(text: string): string {
  const t = oneLine(text).replace(HEADING_TRAILING, '');
  return t === '' ? 'Untitled' : t;
}

/** The fragment GitHub (and markdownlint MD051) give a heading, without the "#". */
export function slugOf(text: string): string {
  return encodeURIComponent(
    text
      .toLowerCase()
      .replace(/[^\p{Letter}\p{Mark}\p{Number}\p{Connector_Punctuation}\- ]/gu, '')
      .replace(/ /gu, '-'),
  );
}

/** markdownlint MD059 asks for link text that says where it goes (and normalises it like this). */
const VAGUE_LINK = new Set(['click here', 'here', 'link', 'more']);
const vague = (escaped: string) =>
  VAGUE_LINK.has(
    escaped
      .replace(/[\W_]+/g, ' ')
      .replace(/\s+/g, ' ')
      .toLowerCase()
      .trim(),
  );

/**
 * A link to a heading (`file` "" for this page). A heading of punctuation
 * only has an empty fragment; the link then goes to the page (or its top).
 */
export function headingLink(text: string, file: string, slug: string): string {
  return link(text, slug !== '' ? `${file}#${slug}` : file !== '' ? file : '#top');
}

/** A link; `text` is model text, `href` is generated (a page name, maybe with a fragment). */
export function link(text: string, href: string): string {
  const shown = md(text) || md(href);
  return `[${vague(shown) ? `${shown} (section)` : shown}](${href})`;
}

export type Cell = string;

export interface TocEntry {
  text: string;
  slug: string;
}

/**
 * One Markdown page, built block by block. Blocks are separated by one blank
 * line; headings are made unique within the page (markdownlint MD024) and
 * their fragments are returned for links.
 */
export class MarkdownPage {
  private readonly blocks: string[] = [];
  private readonly headings = new Set<string>();
  /** Per heading text, the number its next repeat tries first: a page of many like headings stays linear. */
  private readonly repeats = new Map<string, number>();
  private readonly slugs = new Map<string, number>();
  /** The level-2 headings added with section(), for the index page. */
  readonly toc: TocEntry[] = [];

  constructor(
    private readonly marker: string,
    title: string,
  ) {
    this.heading(1, title);
  }

  /** Adds a heading and returns its fragment (without "#"). */
  heading(level: 1 | 2 | 3 | 4, text: string): string {
    const base = headingText(text);
    let shown = base;
    if (this.headings.has(shown.toLowerCase())) {
      const key = base.toLowerCase();
      let n = this.repeats.get(key) ?? 2;
      while (this.headings.has(`${base} (${n})`.toLowerCase())) n++;
      shown = `${base} (${n})`;
      this.repeats.set(key, n + 1);
    }
    this.headings.add(shown.toLowerCase());
    this.blocks.push(`${'#'.repeat(level)} ${md(shown, true)}`);
    const slug = slugOf(shown);
    // Like GitHub, an empty fragment is no anchor and does not count towards the numbering.
    if (slug === '') return '';
    const seen = this.slugs.get(slug) ?? 0;
    this.slugs.set(slug, seen + 1);
    return seen === 0 ? slug : `${slug}-${seen}`;
  }

  /** A level-2 heading that the index page lists. */
  section(text: string): string {
    const slug = this.heading(2, text);
    this.toc.push({ text: headingText(text), slug });
    return slug;
  }

  /** Reserves a place for a block that can only be written later (it links to headings below it). */
  placeholder(): number {
    this.blocks.push('');
    return this.blocks.length - 1;
  }

  fill(slot: number, markdown: string): void {
    this.blocks[slot] = markdown;
  }

  /** A paragraph of already-escaped Markdown. */
  raw(markdown: string): this {
    if (markdown.trim() !== '') this.blocks.push(markdown);
    return this;
  }

  /** A paragraph of model text. */
  text(text: string | undefined): this {
    if (text !== undefined && oneLine(text) !== '') this.blocks.push(md(text));
    return this;
  }

  /** A bullet list of already-escaped items; nested items are indented by two spaces. */
  list(items: readonly (string | { item: string; sub: readonly string[] })[]): this {
    if (items.length === 0) return this;
    const lines: string[] = [];
    // An item that is empty (blank text in the model) is left out rather than shown as "- ".
    for (const entry of items) {
      if (typeof entry === 'string') {
        if (entry.trim() !== '') lines.push(`- ${entry}`);
        continue;
      }
      const subs = entry.sub.filter((sub) => sub.trim() !== '');
      if (entry.item.trim() === '' && subs.length === 0) continue;
      lines.push(`- ${entry.item}`);
      for (const sub of subs) lines.push(`  - ${sub}`);
    }
    if (lines.length > 0) this.blocks.push(lines.join('\n'));
    return this;
  }

  /** A task list: "- [x] done", "- [ ] to do". */
  tasks(items: readonly { text: string; done: boolean }[]): this {
    if (items.length === 0) return this;
    this.blocks.push(items.map((t) => `- [${t.done ? 'x' : ' '}] ${t.text}`).join('\n'));
    return this;
  }

  /**
   * A table of already-escaped cells. Columns that are empty in every row are
   * left out (except the first), so optional fields do not make wide tables.
   */
  table(headers: readonly string[], rows: readonly (readonly Cell[])[]): this {
    const table = tableOf(headers, rows);
    if (table !== '') this.blocks.push(table);
    return this;
  }

  /** A fenced Mermaid block; the source is generated and already escaped. */
  mermaid(source: string): this {
    this.blocks.push(['```mermaid', source.replace(/\n+$/, ''), '```'].join('\n'));
    return this;
  }

  build(): string {
    // No line ends in spaces (markdownlint MD009; two would be a hard line break).
    const body = this.blocks
      .filter((b) => b !== '')
      .join('\n\n')
      .replace(/[ \t]+$/gm, '');
    return `${this.marker}\n\n${body}\n`;
  }
}

/**
 * A table of already-escaped cells (header texts are escaped here). Columns
 * empty in every row are left out, except the first, so optional fields do
 * not make wide tables. "" when there are no rows.
 */
export function tableOf(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return '';
  // Cells are trimmed: one space either side of every pipe (markdownlint MD060, compact style).
  const cellsOf = (cells: readonly string[]) => headers.map((_, i) => (cells[i] ?? '').trim());
  const body = rows.map(cellsOf);
  const keep = headers.map((_, i) => i === 0 || body.some((r) => r[i] !== ''));
  const pick = (cells: readonly string[]) => cellsOf(cells).filter((_, i) => keep[i]);
  const line = (cells: readonly string[]) => `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
  const head = pick(headers.map((h) => md(h)));
  return [line(head), line(head.map(() => '---')), ...body.map((r) => line(r.filter((_, i) => keep[i])))].join('\n');
}
