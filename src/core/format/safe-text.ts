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
