import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';

/**
 * The YAML of the files `perfcoord init` writes, by the `yaml` package: block style, keys in
 * insertion order, short lists of ids in flow style, and every string that could be read back as
 * something else (a number, a boolean, a date, a comment, a mapping; YAML 1.1's yes/no/on/off too)
 * double-quoted with escapes. The package writes; this module only decides quoting and flow.
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

/**
 * One YAML document (no `---`), ending with a newline, written by the `yaml` package's Document
 * API. Only the choices are made here: which strings are quoted (isPlain) and which short lists
 * of ids go on one line.
 */
export function emitYaml(value: YamlValue): string {
  const doc = new Document(value, { keepUndefined: false });
  visit(doc, {
    Scalar(key, node) {
      if (typeof node.value === 'number' && !Number.isFinite(node.value))
        throw new TypeError('YAML output takes finite numbers only');
      if (typeof node.value === 'string' && !isPlain(node.value, PLAIN_BLOCK)) node.type = 'QUOTE_DOUBLE';
    },
    Seq(key, node, path) {
      const items = node.items;
      if (!items.every((i) => isScalar(i) && i.value !== null && typeof i.value !== 'object')) return;
      const parent = path[path.length - 1];
      const keyText = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : '';
      const lead = INDENT.length * depthOf(path) + scalar(keyText).length + 2;
      const parts = items.map((i) => (isScalar(i) ? atom(i.value as string | number | boolean, true) : ''));
      if (items.length === 0 || lead + `[${parts.join(', ')}]`.length <= FLOW_WIDTH) {
        node.flow = true;
        // Inside [a, b], commas and brackets end an item: anything but an id is quoted.
        for (const i of items)
          if (isScalar(i) && typeof i.value === 'string' && !isPlain(i.value, PLAIN_FLOW)) i.type = 'QUOTE_DOUBLE';
      }
    },
    Map(key, node) {
      if (node.items.length === 0) node.flow = true;
    },
  });
  return doc.toString({
    indent: INDENT.length,
    indentSeq: true,
    lineWidth: 0,
    flowCollectionPadding: false,
    doubleQuotedAsJSON: false,
    nullStr: 'null',
  });
}

function atom(value: string | number | boolean, flow: boolean): string {
  return typeof value === 'string' ? scalar(value, flow) : String(value);
}

/** How deep a node sits: the mappings and sequences on its path (the document aside). */
function depthOf(path: readonly unknown[]): number {
  return path.filter((p) => isMap(p) || isSeq(p)).length - (path.some((p) => isMap(p) || isSeq(p)) ? 1 : 0);
}
