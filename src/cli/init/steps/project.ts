import path from 'node:path';
import { checkLabel } from '../../../core/init/checks.js';
import type { InitContext } from '../context.js';

const FALLBACK_NAME = 'Performance coordination';

/** The folder's name, when it makes a usable title. */
function folderName(target: string): string {
  const base = path.basename(target);
  return checkLabel(base) === true && !base.startsWith('.') ? base : FALLBACK_NAME;
}

/** The project's name, the title of the rendered docs. */
export async function projectName(ctx: InitContext): Promise<void> {
  if (ctx.yes) return;
  const name = await ctx.prompt.text({
    message: 'Project name',
    default: ctx.template === 'minimal' ? folderName(ctx.target) : (ctx.templateName ?? FALLBACK_NAME),
    validate: (value) => checkLabel(value.trim(), 'a project name'),
  });
  ctx.answers.name = name.trim();
}

/** The last look before anything is written; declining writes nothing. */
export async function confirmWrite(ctx: InitContext): Promise<void> {
  if (ctx.yes) return;
  const where = ctx.targetShown === '.' ? 'this folder' : ctx.targetShown;
  // The files themselves, so that nobody says yes to a number.
  const list = ctx.paths.map((p) => `  ${p}`).join('\n');
  const write = await ctx.prompt.confirm({
    message: `Files to write:\n${list}\nWrite ${ctx.paths.length} files to ${where}?`,
    default: true,
  });
  if (!write) ctx.exit(1, 'nothing was written');
}
