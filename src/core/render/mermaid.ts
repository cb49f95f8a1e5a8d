/**
 * Mermaid from model text. Node ids are generated (n0, n1, …), never taken
 * from the model; every label is quoted and every character that could end
 * the quote, start a comment or a directive, or reach the SVG as markup is
 * written as a Mermaid entity (`#60;`), which Mermaid shows as the character.
 */
import { linesOf, oneLine } from './text.js';

// "ﬂ", "°", "¶" and "ß" are the markers Mermaid itself puts entities in while
// it parses; written as entities, a label cannot forge one. "%" could open a
// directive anywhere in the text. A ":" directly before other text could,
// with an entity after it, look like a `style …:…#…;` statement to Mermaid's
// entity encoder, which then eats the ";".
const FLOWCHART_SPECIAL = /["<>&#`%|\u00b0\u00b6\u00df\ufb02]|:(?=\S)/g;
const entity = (c: string) => `#${c.codePointAt(0) ?? 32};`;

// Mermaid turns a backslash and "n" into a line break after it has decoded
// the entities, so no entity can keep "C:\new" whole; an invisible word
// joiner (U+2060, written as its entity) between the two does.
const BACKSLASH_N = /\\(?=n)/g;

/** A flowchart label on one line, for inside double quotes. */
export function label(text: string): string {
  return oneLine(text).replace(FLOWCHART_SPECIAL, entity).replace(BACKSLASH_N, '\\#8288;');
}

/** A flowchart label of several lines (model text and generated lines joined by <br>). */
export function labelLines(lines: readonly (string | undefined)[]): string {
  const out = lines.flatMap((l) => (l === undefined ? [] : linesOf(l).map(label)));
  return out.length === 0 ? ' ' : out.join('<br>');
}

// Gantt task and section names end at ":" and are cut by "#" and ";"; a name
// that begins like a keyword ("section", "title", "click", a date…) would be read as one.
const GANTT_SPECIAL = /["<>&#`%:;\u00b0\u00b6\u00df\ufb02]/g;
const GANTT_KEYWORD =
  /^(?:%|gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|section|acc|href|call|click|displaymode|\d{4}-\d\d-\d\d)/i;

/** A gantt task or section name. */
export function ganttText(text: string): string {
  const t = oneLine(text);
  if (t === '') return '#32;';
  const escaped = t.replace(GANTT_SPECIAL, entity);
  if (!GANTT_KEYWORD.test(t) || escaped.startsWith('#')) return escaped;
  // Every keyword begins with an ASCII character, so the first code unit is the first character.
  return entity(t.charAt(0)) + escaped.slice(1);
}

/**
 * Text of at most about `max` characters: the first words and the last ones
 * (where names differ: "Regional Payments … Team 12"), else cut with "…".
 * The full text goes in the page's table.
 */
export function shorten(text: string, max: number): string {
  const t = oneLine(text);
  const len = (s: string) => [...s].length;
  if (len(t) <= max) return t;
  const parts = t.split(' ');
  // The last word, with the one before when it is short (a number, a code): "Team 12".
  const keep = parts.length > 2 && len(parts[parts.length - 1] ?? '') <= 3 ? 2 : 1;
  const tail = parts.slice(parts.length - keep).join(' ');
  let head = '';
  for (const word of parts.slice(0, parts.length - keep)) {
    const next = head === '' ? word : `${head} ${word}`;
    if (len(next) + len(tail) + 3 > max) break;
    head = next;
  }
  if (head !== '' && len(tail) <= max / 2) return `${head} … ${tail}`;
  return `${[...t]
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/** Names joined by ", " while they fit in `max` characters, then "and N more". */
export function fewOf(names: readonly string[], max: number): string {
  let out = '';
  for (let i = 0; i < names.length; i++) {
    const next = out === '' ? (names[i] ?? '') : `${out}, ${names[i] ?? ''}`;
    const rest = names.length - i - 1;
    if (out !== '' && [...next].length + (rest > 0 ? 12 : 0) > max) return `${out} and ${names.length - i} more`;
    out = next;
  }
  return out;
}

/** Accessible title and description lines (text to the end of the line). */
export function accLine(key: 'accTitle' | 'accDescr', text: string | undefined): string[] {
  if (text === undefined || oneLine(text) === '') return [];
  return [`  ${key}: ${label(text)}`];
}

export type NodeShape = 'box' | 'round' | 'stadium' | 'diamond' | 'circle' | 'subroutine';

const SHAPES: Record<NodeShape, [string, string]> = {
  box: ['[', ']'],
  round: ['(', ')'],
  stadium: ['([', '])'],
  diamond: ['{', '}'],
  circle: ['((', '))'],
  subroutine: ['[[', ']]'],
};

/**
 * A flowchart under construction. Keys are the model's ids; the ids written
 * to Mermaid are n0, n1, … in the order nodes are added.
 */
export class Flowchart {
  private readonly ids = new Map<string, string>();
  private readonly lines: string[] = [];
  private readonly classes = new Map<string, string[]>();
  private groups = 0;
  private nodes = 0;

  constructor(
    private readonly direction: 'TD' | 'LR',
    private readonly acc: { title?: string; description?: string } = {},
  ) {}

  has(key: string): boolean {
    return this.ids.has(key);
  }

  /** Adds a node (once per key) and returns its Mermaid id. */
  node(key: string, lines: readonly (string | undefined)[], shape: NodeShape = 'box', cls?: string): string {
    const existing = this.ids.get(key);
    if (existing) return existing;
    const id = `n${this.nodes++}`;
    this.ids.set(key, id);
    const [open, close] = SHAPES[shape];
    this.lines.push(`  ${id}${open}"${labelLines(lines)}"${close}`);
    if (cls !== undefined) this.classes.set(cls, [...(this.classes.get(cls) ?? []), id]);
    return id;
  }

  /**
   * A subgraph holding the nodes `fill` adds; its key can end an edge. Its
   * id is generated like a node's (g0, g1, …).
   */
  group(key: string, title: string, fill: () => void): void {
    if (this.ids.has(key)) return;
    const id = `g${this.groups++}`;
    this.ids.set(key, id);
    this.lines.push(`  subgraph ${id}["${labelLines([title])}"]`);
    fill();
    this.lines.push('  end');
  }

  /** The direction of the subgraph being filled. */
  groupDirection(direction: 'TD' | 'LR'): void {
    this.lines.push(`  direction ${direction === 'TD' ? 'TB' : 'LR'}`);
  }

  /** An edge between two added nodes; an unknown key is skipped (validation reports it). */
  edge(from: string, to: string, text?: string, style: 'solid' | 'dotted' | 'line' | 'invisible' = 'solid'): void {
    const a = this.ids.get(from);
    const b = this.ids.get(to);
    if (!a || !b) return;
    // An invisible link only places one thing below (or beside) another.
    const arrow = style === 'dotted' ? '-.->' : style === 'line' ? '---' : style === 'invisible' ? '~~~' : '-->';
    const t = text === undefined ? '' : label(text);
    this.lines.push(t === '' ? `  ${a} ${arrow} ${b}` : `  ${a} ${arrow}|"${t}"| ${b}`);
  }

  build(classDefs: Record<string, string> = {}): string {
    const out = [
      `flowchart ${this.direction}`,
      ...accLine('accTitle', this.acc.title),
      ...accLine('accDescr', this.acc.description),
      ...this.lines,
    ];
    for (const [cls, style] of Object.entries(classDefs)) {
      const members = this.classes.get(cls);
      if (!members || members.length === 0) continue;
      out.push(`  classDef ${cls} ${style}`);
      out.push(`  class ${members.join(',')} ${cls}`);
    }
    return `${out.join('\n')}\n`;
  }
}
