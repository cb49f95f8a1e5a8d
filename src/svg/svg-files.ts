/**
 * SVG files beside the diagrams. Each SVG's marker line records the hash of
 * the diagram source (and of the Mermaid configuration) it was rendered
 * from, so a diagram that has not changed since is not rendered again.
 */
import { createHash } from 'node:crypto';
import type { Diagram } from '../core/render/context.js';
import { markerHash, markerLine } from '../core/render/marker.js';
import { inspectTarget } from '../core/write/docs-plan.js';
import type { Target } from '../core/write/docs-plan.js';
import { writeFileAtomic } from '../core/write/atomic.js';
import { PerfcoordError } from '../core/errors.js';
import { MERMAID_CONFIG } from './types.js';
import { withNaturalSize } from './size.js';
import type { DiagramRenderer } from './types.js';

export interface SvgTarget extends Target {
  diagram: Diagram;
  hash: string;
}

/** Bumped when what is done to Mermaid's SVG changes, so that SVGs written before are rendered again. */
const SVG_FORMAT = 'natural-size-1';

export function svgHash(source: string): string {
  return createHash('sha256')
    .update(JSON.stringify(MERMAID_CONFIG))
    .update('\0')
    .update(SVG_FORMAT)
    .update('\0')
    .update(source)
    .digest('hex');
}

export function svgPath(diagram: Diagram): string {
  return `${diagram.name}.svg`;
}

/** Every diagram's SVG target; "same" when the SVG on disk was rendered from this very source. */
export function planSvgs(outDir: string, diagrams: readonly Diagram[]): SvgTarget[] {
  return diagrams.map((diagram) => {
    const hash = svgHash(diagram.source);
    const target = inspectTarget(outDir, svgPath(diagram));
    const fresh = target.state === 'changed' && target.firstLine !== undefined && markerHash(target.firstLine) === hash;
    return { ...target, state: fresh ? 'same' : target.state, diagram, hash };
  });
}

/** The file written for a rendered SVG: the marker (an XML comment), then the SVG. */
export function svgFileContent(svg: string, source: string, hash: string): string {
  return `${markerLine('.svg', source, hash)}\n${svg.trim()}\n`;
}

export interface SvgResult {
  rendered: string[];
  unchanged: number;
}

/**
 * Renders the targets that are not up to date, all in one go, and writes
 * each SVG as it comes. The renderer is opened only when there is work.
 */
export async function renderSvgs(
  targets: readonly SvgTarget[],
  openRenderer: () => Promise<DiagramRenderer>,
  sourceName: string,
): Promise<SvgResult> {
  const work = targets.filter((t) => t.state !== 'same');
  const result: SvgResult = { rendered: [], unchanged: targets.length - work.length };
  if (work.length === 0) return result;
  const renderer = await openRenderer();
  try {
    const outcomes = await renderer.render(work.map((t) => ({ name: t.diagram.name, source: t.diagram.source })));
    const failures: string[] = [];
    work.forEach((target, i) => {
      const outcome = outcomes[i];
      if (!outcome || 'error' in outcome || !/^\s*<svg[\s>]/.test(outcome.svg)) {
        failures.push(
          `${target.diagram.name} (${outcome && 'error' in outcome ? outcome.error.replace(/\s+/g, ' ').trim() : 'no SVG came back'})`,
        );
        return;
      }
      writeFileAtomic(target.file, svgFileContent(withNaturalSize(outcome.svg), sourceName, target.hash));
      result.rendered.push(target.path);
    });
    if (failures.length > 0) throw new PerfcoordError(`Mermaid could not render ${failures.join('; ')}`);
  } finally {
    await renderer.close();
  }
  return result;
}
