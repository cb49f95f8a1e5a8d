/**
 * Text from the model, normalised before it is escaped for Markdown or
 * Mermaid: well-formed Unicode, no control characters, one line.
 */

// Lone surrogates and the XML non-characters cannot be written to an SVG or
// shown by a browser; control characters could move a terminal's cursor or
// end a Mermaid statement.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NEWLINE = /\r\n|[\r\n\u2028\u2029\u0085]/;
// Visible-width tools (markdownlint's table check among them) fail on format
// controls that are not default-ignorable (U+0600, U+13430…); they are dropped.
const WIDTHLESS_FORMAT = /(?!\p{Default_Ignorable_Code_Point})\p{Cf}/gu;

/** Well-formed, without control characters; newlines kept (as "\n"), tabs as spaces. */
/** Plain printable ASCII (and spaces): nothing to normalise, the common case. */
const PLAIN = /^[\x20-\x7e]*$/;

export function normalizeText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text
    .split(NEWLINE)
    .join('\n')
    .replace(/\t/g, ' ')
    .replace(WIDTHLESS_FORMAT, '')
    .replace(UNSAFE, (c) =>
      c.length === 1 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff ? '\ufffd' : ' ',
    );
}

/** Normalised, on one line: runs of whitespace become one space, the ends are trimmed. */
export function oneLine(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}

/** The lines of a normalised text, each trimmed, empty ones dropped. */
export function linesOf(text: string): string[] {
  return normalizeText(text)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}
