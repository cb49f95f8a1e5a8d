import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import type { FormatContext } from './context.js';
import { relativeInside } from '../util/paths.js';

/**
 * GitHub reads annotation paths and SARIF locations from the repository root
 * (GITHUB_WORKSPACE). When perfcoord runs in a folder below it (the action's
 * working-directory, a monorepo package), the paths of the `github` and
 * `sarif` formats are made relative to the root instead of the working folder.
 */
export function forWorkspace(
  diagnostics: readonly Diagnostic[],
  ctx: FormatContext,
  workspace: string | undefined,
): { diagnostics: readonly Diagnostic[]; ctx: FormatContext } {
  if (workspace === undefined || workspace === '') return { diagnostics, ctx };
  const root = path.resolve(ctx.cwd, workspace);
  const prefix = relativeInside(root, ctx.cwd);
  if (prefix === undefined || prefix === '') return { diagnostics, ctx };
  const rebase = (file: string) => {
    if (path.isAbsolute(file)) return file;
    return relativeInside(root, path.resolve(ctx.cwd, file)) ?? file;
  };
  const original = new Map(ctx.files.map((f) => [rebase(f), f]));
  return {
    diagnostics: diagnostics.map((d) => ({ ...d, file: rebase(d.file) })),
    ctx: {
      ...ctx,
      cwd: root,
      files: ctx.files.map(rebase),
      source: (file) => ctx.source(original.get(file) ?? file),
    },
  };
}
