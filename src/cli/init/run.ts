/**
 * `perfcoord init`: check that there is a way to ask (or --yes) and that
 * nothing is in the way, ask, and only then write every file at once.
 */
import path from 'node:path';
import { completeAnswers } from '../../core/init/answers.js';
import { UsageError } from '../../core/errors.js';
import { asksQuestions, plannedPaths, projectFiles } from '../../core/init/plan.js';
import type { InitPlan } from '../../core/init/plan.js';
import { INSTALLED_SCHEMAS, installedSchemasRoot } from '../../core/init/schema-ref.js';
import type { SchemaSource } from '../../core/init/schema-ref.js';
import { TEMPLATES, isTemplateName, templateProjectName } from '../../core/init/template.js';
import { safeText } from '../../core/format/color.js';
import { colorEnabled } from '../io.js';
import type { Io } from '../io.js';
import { version } from '../../core/version.js';
import { InitExit, createContext } from './context.js';
import type { Prompt } from './context.js';
import { inquirerPrompt } from './inquirer.js';
import { report } from './report.js';
import { runSteps } from './steps/index.js';
import { loadTemplates } from './templates.js';
import { findConflict, writeProject } from './write.js';
import type { Conflict } from './write.js';
import { displayPath, toPosix } from '../../core/util/paths.js';

export interface InitOptions {
  yes?: boolean;
  template?: string;
  dir?: string;
  color?: boolean;
}

/** What tests replace: the prompt (a script instead of the terminal). */
export interface InitDeps {
  prompt?: (io: Io) => Prompt;
}

/**
 * The installed schemas when perfcoord is in node_modules of the project
 * folder or of a folder above it (a monorepo's root), else the published ones.
 */
export function schemaSource(target: string): SchemaSource {
  const root = installedSchemasRoot(target);
  if (root === undefined) return { kind: 'published', version: version() };
  const rel = toPosix(path.relative(path.resolve(target), root));
  return { kind: 'installed', dir: rel === '' ? INSTALLED_SCHEMAS : `${rel}/${INSTALLED_SCHEMAS}` };
}

function refuse(io: Io, conflict: Conflict): number {
  const shown = safeText(displayPath(io.cwd, conflict.path));
  const why =
    conflict.reason === 'exists'
      ? `${shown} already exists; init never overwrites a file`
      : conflict.reason === 'link'
        ? `${shown} is a symbolic link; init writes only into real folders`
        : `${shown} is in the way: it is not a folder`;
  io.stderr.write(`perfcoord: ${why}. Nothing was written; move it away or choose another folder with --dir.\n`);
  return 1;
}

export async function runInit(opts: InitOptions, io: Io, deps: InitDeps = {}): Promise<number> {
  const template = opts.template ?? 'minimal';
  if (!isTemplateName(template))
    throw new UsageError(`unknown template "${template}"; the templates are ${TEMPLATES.join(', ')}`);
  const yes = opts.yes === true;
  if (!yes && !(io.stdin.isTTY === true && io.stdout.isTTY === true)) {
    throw new UsageError(
      'init asks questions and needs a terminal; pass --yes to write the starter project without asking (perfcoord init --yes)',
    );
  }
  const target = path.resolve(io.cwd, opts.dir ?? '.');
  const templates = loadTemplates();
  const paths = plannedPaths(template, yes, templates);
  const before = findConflict(target, paths);
  if (before) return refuse(io, before);

  const templateName = templateProjectName(templates[template]['perfcoord.yaml'] ?? '');
  const ctx = createContext({
    prompt: (deps.prompt ?? inquirerPrompt)(io),
    yes,
    template,
    target,
    targetShown: displayPath(io.cwd, target),
    paths,
    ...(templateName !== undefined ? { templateName } : {}),
  });
  try {
    await runSteps(ctx);
  } catch (error) {
    if (!(error instanceof InitExit)) throw error;
    io.stderr.write(`${error.message}\n`);
    return error.code;
  }

  const plan: InitPlan = { template };
  if (asksQuestions(template, yes)) {
    const answers = completeAnswers(ctx.answers);
    if (typeof answers === 'string') throw new Error(`init: no answer for ${answers}`);
    plan.answers = answers;
  } else if (ctx.answers.name !== undefined) {
    plan.name = ctx.answers.name;
  }
  const files = projectFiles(plan, templates, schemaSource(target));
  // Answering takes a while: look again right before writing.
  const after = findConflict(target, [...files.keys()]);
  if (after) return refuse(io, after);
  writeProject(target, files);

  return report({
    io,
    color: opts.color !== false && (opts.color === true || colorEnabled(io.stdout, io.env)),
    target,
    shown: ctx.targetShown,
    files: [...files.keys()],
    template,
    fromAnswers: plan.answers !== undefined,
  });
}
