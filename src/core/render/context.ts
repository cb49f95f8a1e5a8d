import type { ModelIndex } from '../model/index-model.js';
import type { Model } from '../model/types.js';
import { Names } from './names.js';

/** What every page and diagram renderer reads. */
export interface RenderContext {
  model: Model;
  index: ModelIndex;
  names: Names;
  /** The project file's name, for the marker lines. */
  source: string;
  /** Pages show each diagram from its SVG file (render docs --svg) instead of a Mermaid block. */
  svg: boolean;
}

export function renderContext(model: Model, index: ModelIndex, source = 'perfcoord.yaml', svg = false): RenderContext {
  return { model, index, names: new Names(model, index), source, svg };
}

/** A diagram: a stable, file-safe name, what it shows, and its Mermaid source. */
export interface Diagram {
  name: string;
  /** What it draws, e.g. "workflow:0" (the model's first workflow), for the page that shows it. */
  key: string;
  title: string;
  kind: 'graph' | 'flowchart' | 'gantt';
  /** The page it appears on. */
  page: string;
  source: string;
}

/** A generated file: a path relative to the output folder ("/"-separated) and its content. */
export interface RenderedFile {
  path: string;
  content: string;
}

/** Ids make file names; anything outside a safe set becomes "-" (ids are validated, this is a guard). */
export function fileSafe(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+/, '');
  return safe === '' ? 'unnamed' : safe;
}
