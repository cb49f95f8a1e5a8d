/** A handful of ANSI styles, switched off as a whole when colour is not wanted. */
export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const ansi: Colors = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const id = (s: string) => s;
export const plain: Colors = { red: id, yellow: id, blue: id, green: id, dim: id, bold: id, underline: id };

export function colors(enabled: boolean): Colors {
  return enabled ? ansi : plain;
}

/**
 * Text from files and findings, made safe for a terminal: control characters
 * (which could move the cursor or retitle the window) become visible escapes.
 */
export function safeText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code === 0x1b
      ? '\\e'
      : code === 0x0a
        ? '\\n'
        : code === 0x09
          ? '\\t'
          : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
