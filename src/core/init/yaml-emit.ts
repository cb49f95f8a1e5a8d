/**
 * A small YAML emitter for the files `perfcoord init` writes: block style,
 * keys in insertion order, short lists of ids in flow style, and every string
 * that could be read back as something else (a number, a boolean, a date, a
 * comment, a mapping) double-quoted with escapes.
 */

export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue | undefined };

const INDENT = '  ';
const FLOW_WIDTH = 100;

/** Words that YAML 1.1 readers (and some editors) take for booleans or null. */
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null)$/i;

/** Plain in block context: starts with a letter, no indicator that YAML would act on. */
const PLAIN_BLOCK = /^[A-Za-z_][A-Za-z0-9 _.,/()'&+-]*$/;

/** Plain inside [a, b]: ids only, since commas and brackets end the item there. */
const PLAIN_FLOW = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * "30min", "15_minutes": a number then a unit, which no YAML reader takes for
 * a number or a date. A leading 0 and a letter could be hex or octal (0xff).
 */
const AMOUNT = /^(?!0[A-Za-z])\d+(?:\.\d+)?_?[A-Za-z]+$/;

function isPlain(value: string, pattern: RegExp): boolean {
  if (AMOUNT.test(value)) return true;
  return pattern.test(value) && !RESERVED.test(value) && !value.endsWith(' ') && !value.includes(' #');
}

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/** A JSON-like double-quoted scalar, with every character a reader could trip on escaped. */
export function quote(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    const code = value.charCodeAt(i);
    const escaped = ESCAPES[ch];
    if (escaped !== undefined) {
      out += escaped;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && isLowSurrogate(value.charCodeAt(i + 1))) {
      out += ch + (value[i + 1] ?? '');
      i++;
    } else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0xfeff ||
      code >= 0xfffe ||
      (code >= 0xd800 && code <= 0xdfff)
    ) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else {
      out += ch;
    }
  }
  return `${out}"`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A string as a scalar: plain when that reads back as the same string, quoted otherwise. */
export function scalar(value: string, flow = false): string {
  return isPlain(value, flow ? PLAIN_FLOW : PLAIN_BLOCK) ? value : quote(value);
}

function atom(value: string | number | boolean | null, flow = false): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return scalar(value, flow);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('YAML output takes finite numbers only');
    return String(value);
  }
  return value ? 'true' : 'false';
}

function isAtom(value: YamlValue): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

/** `[a, b]` when every item is a short atom and the line stays readable. */
function flowList(items: YamlValue[], lead: number): string | undefined {
  const atoms: (string | number | boolean)[] = [];
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') return undefined;
    atoms.push(item);
  }
  const parts = atoms.map((item) => atom(item, true));
  const line = `[${parts.join(', ')}]`;
  return lead + line.length <= FLOW_WIDTH ? line : undefined;
}

function entries(value: { [key: string]: YamlValue | undefined }): [string, YamlValue][] {
  return Object.entries(value).filter((e): e is [string, YamlValue] => e[1] !== undefined);
}

function emitMapping(
  value: { [key: string]: YamlValue | undefined },
  depth: number,
  out: string[],
  firstPrefix?: string,
): void {
  const pad = INDENT.repeat(depth);
  const list = entries(value);
  if (list.length === 0) {
    out.push(`${firstPrefix ?? pad}{}`);
    return;
  }
  list.forEach(([key, item], i) => {
    const prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : pad;
    const head = `${prefix}${scalar(key)}:`;
    if (isAtom(item)) {
      out.push(`${head} ${atom(item)}`);
    } else if (Array.isArray(item)) {
      const flow = item.length === 0 ? '[]' : flowList(item, head.length + 1);
      if (flow !== undefined) out.push(`${head} ${flow}`);
      else {
        out.push(head);
        emitSequence(item, depth + 1, out);
      }
    } else if (entries(item).length === 0) {
      out.push(`${head} {}`);
    } else {
      out.push(head);
      emitMapping(item, depth + 1, out);
    }
  });
}

function emitSequence(items: YamlValue[], depth: number, out: string[]): void {
  const pad = INDENT.repeat(depth);
  for (const item of items) {
    if (isAtom(item)) out.push(`${pad}- ${atom(item)}`);
    else if (Array.isArray(item)) {
      if (item.length === 0) out.push(`${pad}- []`);
      else {
        // A nested sequence starts on its own line; rare in perfcoord documents.
        out.push(`${pad}-`);
        emitSequence(item, depth + 1, out);
      }
    } else {
      emitMapping(item, depth + 1, out, `${pad}- `);
    }
  }
}

/** One YAML document (no `---`), ending with a newline. */
export function emitYaml(value: YamlValue): string {
  const out: string[] = [];
  if (isAtom(value)) out.push(atom(value));
  else if (Array.isArray(value)) {
    if (value.length === 0) out.push('[]');
    else emitSequence(value, 0, out);
  } else emitMapping(value, 0, out);
  return `${out.join('\n')}\n`;
}
