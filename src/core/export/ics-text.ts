/** The text rules of RFC 5545: escaped values, lines folded at 75 octets, CRLF. */

const MAX_OCTETS = 75;

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped; other controls dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** Octets of one UTF-8 code point starting with `code`. */
function octets(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line (RFC 5545 3.1): no line longer than 75 octets, a
 * continuation line starts with one space, and a break never falls inside a
 * UTF-8 sequence (nor between the halves of a surrogate pair).
 */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = octets(char.codePointAt(0) ?? 0);
    if (used + size > limit) {
      out += '\r\n ';
      // The leading space of a continuation counts towards its 75 octets.
      used = 0;
      limit = MAX_OCTETS - 1;
    }
    out += char;
    used += size;
  }
  return out;
}

/** Content lines → the file: each folded, each ended by CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
