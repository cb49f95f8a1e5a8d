import { UsageError } from '../../core/errors.js';
import { diagramsOf, renderContext } from '../../core/render/index.js';
import { didYouMean, nearest } from '../../core/util/suggest.js';
import { safeText } from '../../core/format/color.js';
import type { Io } from '../io.js';
import { loadForRender } from '../render-project.js';

export interface RenderDiagramOptions {
  config?: string;
  list?: boolean;
}

/** Prints one diagram's Mermaid source (without the marker line, so it can be piped anywhere), or the list of names. */
export async function run(name: string | undefined, opts: RenderDiagramOptions, io: Io): Promise<number> {
  const project = loadForRender(opts.config, io);
  if (typeof project === 'number') return project;
  const diagrams = diagramsOf(renderContext(project.model, project.index, project.source));
  if (opts.list) {
    const width = Math.max(0, ...diagrams.map((d) => d.name.length));
    for (const d of diagrams) io.stdout.write(`${d.name.padEnd(width)}  ${d.kind.padEnd(9)} ${safeText(d.title)}\n`);
    return 0;
  }
  const names = diagrams.map((d) => d.name);
  if (name === undefined) {
    throw new UsageError(
      `name a diagram: ${names.length > 0 ? names.join(', ') : 'this project has none'} (or use --list)`,
    );
  }
  const diagram = findDiagram(diagrams, name);
  if (!diagram) {
    const hint =
      didYouMean(nearest(name, names)) ||
      (names.length > 0 ? `; the diagrams are ${names.join(', ')}` : '; this project has none');
    throw new UsageError(`there is no diagram "${name}"${hint}`);
  }
  io.stdout.write(diagram.source);
  return 0;
}

/** "Impact_Map", "impact-map.mmd" and "escalation" (one diagram starts so) all find their diagram. */
function findDiagram<D extends { name: string }>(diagrams: readonly D[], name: string): D | undefined {
  const exact = diagrams.find((d) => d.name === name);
  if (exact) return exact;
  const norm = (s: string) =>
    s
      .trim()
      .replace(/\.(mmd|svg)$/i, '')
      .toLowerCase()
      .replace(/[\s_-]+/g, '-');
  const wanted = norm(name);
  if (wanted === '') return undefined;
  const same = diagrams.filter((d) => norm(d.name) === wanted);
  if (same.length === 1) return same[0];
  const starting = diagrams.filter((d) => norm(d.name).startsWith(wanted));
  return starting.length === 1 ? starting[0] : undefined;
}
