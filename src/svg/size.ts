/**
 * Mermaid writes `width="100%"` and no height, so an SVG shown with an
 * <img> or Markdown image stretches to the column (or collapses). The files
 * perfcoord writes carry their natural size instead: width and height from
 * the viewBox, rounded up to whole pixels.
 */

const ROOT = /<svg\b[^>]*>/;

export interface SvgSize {
  width: number;
  height: number;
}

/** The size the viewBox of the root element gives, or undefined without one. */
export function viewBoxSize(svg: string): SvgSize | undefined {
  const root = ROOT.exec(svg)?.[0];
  const box = root === undefined ? undefined : /\sviewBox="([^"]*)"/.exec(root)?.[1];
  const parts = box
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts?.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [, , width = 0, height = 0] = parts;
  return width > 0 && height > 0 ? { width: Math.ceil(width), height: Math.ceil(height) } : undefined;
}

/** The SVG with explicit width and height on its root element (unchanged when it has no viewBox). */
export function withNaturalSize(svg: string): string {
  const size = viewBoxSize(svg);
  if (size === undefined) return svg;
  return svg.replace(ROOT, (root) => {
    const bare = root.replace(/\s(?:width|height)="[^"]*"/g, '').replace(/\sstyle="max-width:\s*[\d.]+px;?\s*"/, '');
    return bare.replace(/^<svg\b/, `<svg width="${size.width}" height="${size.height}"`);
  });
}
