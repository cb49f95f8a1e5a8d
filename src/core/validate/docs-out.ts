/**
 * docs.out in perfcoord.yaml names the folder `render docs` writes to: like an include, it must stay
 * inside the project folder, or a shared project file could make a run write anywhere.
 */
import type { Finding } from '../finding.js';
import type { Project } from '../model/types.js';

/** Why an output folder may not be used, or undefined when it may. */
export function unsafeOutReason(out: string): string | undefined {
  if (/^([A-Za-z]:)?[\\/]/.test(out)) return `"${out}" is an absolute path`;
  if (out.split(/[\\/]/).includes('..')) return `"${out}" climbs out of the project folder with ".."`;
  return undefined;
}

export function docsOutFindings(project: Project | undefined): Finding[] {
  const out = project?.docsOut;
  const reason = out === undefined ? undefined : unsafeOutReason(out);
  if (!project || reason === undefined) return [];
  return [
    {
      rule: 'docs-out-outside-root',
      message: `${reason}; docs.out is relative to the project folder and must stay inside it (to write elsewhere, pass --out to render docs)`,
      at: { loc: { doc: project.loc.doc, path: ['docs', 'out'] } },
    },
  ];
}
