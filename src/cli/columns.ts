import stringWidth from 'string-width';

/**
 * Text measured in terminal columns, not UTF-16 code units: a CJK character
 * or an emoji takes two columns, a combining mark none. Cuts fall between
 * graphemes, so that no character is split.
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of `text` that fits `width` columns. */
export function headOf(text: string, width: number): string {
  let used = 0;
  let end = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width) break;
    used += w;
    end += segment.length;
  }
  return text.slice(0, end);
}

/** `text` padded with spaces to `width` columns. */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
