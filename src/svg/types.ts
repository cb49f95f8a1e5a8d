/** A diagram to render: its name (for messages and ids) and its Mermaid source. */
export interface DiagramSource {
  name: string;
  source: string;
}

export type RenderOutcome = { name: string; svg: string } | { name: string; error: string };

/**
 * Turns Mermaid sources into SVG. The real one drives Chromium; tests inject
 * their own so that they never start a browser.
 */
export interface DiagramRenderer {
  render(diagrams: readonly DiagramSource[]): Promise<RenderOutcome[]>;
  close(): Promise<void>;
}

/** The Mermaid configuration every SVG is rendered with; part of each SVG's source hash. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'default',
  deterministicIds: true,
  // Some shapes are drawn with seeded randomness; a fixed seed gives the same SVG every run.
  handDrawnSeed: 1,
} as const;
