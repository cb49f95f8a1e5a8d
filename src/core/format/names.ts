/** The output formats of validate, in the order help and completion list them. */
export const FORMATS = ['stylish', 'compact', 'json', 'junit', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** "a, b or c", for help texts. */
export function formatList(): string {
  return `${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1] ?? ''}`;
}

/** The output formats of gate check. */
export const GATE_FORMATS = ['stylish', 'json', 'junit', 'github', 'markdown'] as const;
export type GateFormat = (typeof GATE_FORMATS)[number];
