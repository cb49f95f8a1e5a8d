/**
 * After writing: what was created, what validate says about it, and what to
 * do next.
 */
import { loadProject } from '../../core/load/load.js';
import { exitCodeFor, validateProject } from '../../core/validate/validate.js';
import { ruleCatalog } from '../../core/validate/catalog.js';
import { colors, safeText } from '../../core/format/color.js';
import { stylish } from '../../core/format/stylish.js';
import type { Io } from '../io.js';
import { version } from '../../core/version.js';

/** A folder as a shell argument: bare when that is safe, single-quoted otherwise. */
export function shellArg(value: string): string {
  return /^[\w./@%+=:,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface ReportInput {
  io: Io;
  color: boolean;
  target: string;
  /** How to name the folder to the user: "." for the working folder. */
  shown: string;
  files: readonly string[];
  template: string;
  fromAnswers: boolean;
}

/** Prints the summary and returns validate's exit code (0 clean, 1 errors, 2 unusable). */
export function report(input: ReportInput): number {
  const { io, target, shown } = input;
  const c = colors(input.color);
  const where = shown === '.' ? 'this folder' : safeText(shown);
  const from = input.fromAnswers ? 'from your answers' : `from the ${input.template} template`;
  const out: string[] = [`Created a perfcoord project in ${where} ${from}:`, ...input.files.map((f) => `  ${f}`), ''];

  const load = loadProject({ cwd: target });
  const result = validateProject(load);
  const sources = new Map(load.files.map((f) => [f.display, f.source]));
  out.push(c.bold('perfcoord validate'));
  out.push(
    stylish(result.diagnostics, {
      cwd: target,
      files: result.files.map((f) => f.display),
      source: (file) => sources.get(file),
      color: input.color,
      version: version(),
      now: io.now(),
      rules: ruleCatalog(),
    }).trimEnd(),
  );

  const area = result.model.areas[0]?.id;
  const steps: [string, string][] = [];
  if (shown !== '.') steps.push([`cd ${shellArg(shown)}`, '']);
  if (area !== undefined)
    steps.push([`perfcoord who-owns ${area}`, 'who owns an area: teams, duties, leads, escalation']);
  steps.push(['perfcoord render docs --out docs', 'Markdown pages with Mermaid diagrams']);
  steps.push(['perfcoord validate -f github', 'in CI: annotations on pull requests (README: CI recipes)']);
  const width = Math.max(...steps.map(([cmd]) => cmd.length));
  out.push(
    '',
    'Next steps:',
    ...steps.map(([cmd, why]) => (why === '' ? `  ${cmd}` : `  ${cmd.padEnd(width)}  ${c.dim(why)}`)),
    '',
  );
  io.stdout.write(out.join('\n'));
  return exitCodeFor(result, { failLevel: 'error' });
}
