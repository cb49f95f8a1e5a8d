import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { NotFoundError, UsageError } from '../../core/errors.js';
import { loadProject } from '../../core/load/load.js';
import type { LoadResult } from '../../core/load/load.js';
import type { ModelIndex } from '../../core/model/index-model.js';
import type { Model } from '../../core/model/types.js';
import { answerArea, answerPath, answerPaths, answerTeam, answerUnowned, toJson } from '../../core/query/answer.js';
import type { WhoOwnsJson } from '../../core/query/answer.js';
import { findAreas } from '../../core/query/area-lookup.js';
import { isPathQuery } from '../../core/query/path-lookup.js';
import { didYouMean } from '../../core/util/suggest.js';
import { validateProject } from '../../core/validate/validate.js';
import { colors } from '../../core/format/color.js';
import type { Colors } from '../../core/format/color.js';
import { colorEnabled } from '../io.js';
import type { Io } from '../io.js';
import { listProjectFiles } from '../../core/files/list.js';
import { terminalWidth } from './who-owns/width.js';
import type * as Tables from './who-owns/table.js';
import { teamText } from './who-owns/team-text.js';
import { areasText, pathText, pathsText, sanitize } from './who-owns/text.js';
import { unownedText } from './who-owns/unowned-text.js';
import { relativeInside, toPosix } from '../../core/util/paths.js';

export interface WhoOwnsOptions {
  config?: string;
  team?: string;
  unowned?: boolean;
  json?: boolean;
  color?: boolean;
}

interface Ctx {
  io: Io;
  load: LoadResult;
  model: Model;
  index: ModelIndex;
  incomplete: boolean;
  mode: 'json' | 'table' | 'text';
  c: Colors;
  width: number;
  /** The table layouts, loaded only for a terminal (they measure text with string-width, whose set-up is costly). */
  tables?: typeof Tables;
}

/**
 * who-owns: an area (by id or title words), a code path, a team (--team) or
 * the gaps (--unowned). Exit 0 with an answer; 1 when nothing matches, or
 * when --unowned finds gaps; 2 on usage or configuration errors.
 */
export async function run(queryWords: string[], opts: WhoOwnsOptions, io: Io): Promise<number> {
  const query = queryWords.join(' ').trim();
  const team = opts.team?.trim();
  if (opts.unowned && (team !== undefined || query !== ''))
    throw new UsageError('--unowned takes no query and no --team');
  if (team !== undefined && query !== '')
    throw new UsageError('ask about an area or path, or about a team with --team, not both at once');
  if (team === '') throw new UsageError('--team needs a team id');
  if (!opts.unowned && team === undefined && query === '') {
    throw new UsageError('name an area (id or words of its title) or a file path, or use --team TEAM or --unowned');
  }

  const load = loadProject({ cwd: io.cwd, ...(opts.config !== undefined ? { config: opts.config } : {}) });
  // Answers come from whatever could be read; validation only says whether that is everything.
  const { model, index, diagnostics } = validateProject(load, { locate: false });
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    io.stderr.write(
      `perfcoord: the project has ${errors} ${errors === 1 ? 'error' : 'errors'}, so answers may be incomplete; run "perfcoord validate" to see them\n`,
    );
  }
  const mode = opts.json ? 'json' : io.stdout.isTTY ? 'table' : 'text';
  const useColor = mode !== 'json' && opts.color !== false && (opts.color === true || colorEnabled(io.stdout, io.env));
  const ctx: Ctx = {
    io,
    load,
    model,
    index,
    incomplete: errors > 0,
    mode,
    c: colors(useColor),
    width: terminalWidth(io.stdout.columns),
    ...(mode === 'table' ? { tables: await import('./who-owns/table.js') } : {}),
  };

  if (opts.unowned) return unowned(ctx);
  if (team !== undefined) return teamQuery(ctx, team);
  const isArea = (q: string) => index.areas.has(q);
  const exists = (q: string) => existsSync(path.resolve(io.cwd, q));
  const words = queryWords.map((w) => w.trim()).filter((w) => w !== '');
  // Several words are several paths (`who-owns $(git diff --name-only)`) when one has a folder
  // separator, or when each looks like a path and no title has them all; else a title's words.
  if (words.length > 1) {
    const separators = words.some((w) => /[/\\]/.test(w));
    if (
      separators ||
      (words.every((w) => isPathQuery(w, isArea, exists)) && findAreas(index, query).areas.length === 0)
    )
      return pathsQuery(ctx, words);
  }
  if (isPathQuery(query, isArea, exists)) return pathQuery(ctx, query);
  return areaQuery(ctx, query);
}

function emit(ctx: Ctx, json: WhoOwnsJson, text: () => string, table: (t: NonNullable<Ctx['tables']>) => string): void {
  ctx.io.stdout.write(ctx.mode === 'json' ? toJson(json) : ctx.tables ? table(ctx.tables) : text());
}

function areaQuery(ctx: Ctx, query: string): number {
  const { model, index } = ctx;
  const json = answerArea(model, index, query, ctx.incomplete);
  const { areas } = json;
  if (areas.length === 0) {
    if (ctx.mode === 'json') ctx.io.stdout.write(toJson(json));
    const party = index.parties.get(query);
    const hint = party
      ? `; ${query} is a ${party.kind}: "perfcoord who-owns --team ${query}" lists what it holds`
      : index.areas.size === 0
        ? '; the project declares no areas'
        : didYouMean(json.suggestions);
    throw new NotFoundError(`no area matches "${query}"${hint}`);
  }
  const shown = sanitize(areas);
  emit(
    ctx,
    json,
    () => areasText(query, shown, ctx.c),
    (t) => t.areasTable(query, shown, ctx.width, ctx.c),
  );
  return 0;
}

/** The path relative to the project folder: as given from the working folder, else as given from the project folder. */
function projectPath(ctx: Ctx, query: string): string {
  const root = ctx.load.root;
  const cwd = (() => {
    try {
      return realpathSync(ctx.io.cwd);
    } catch {
      return ctx.io.cwd;
    }
  })();
  const rel = relativeInside(root, path.resolve(cwd, query));
  if (rel !== undefined) return rel;
  const fromRoot = path.posix.normalize(query.replace(/\\/g, '/'));
  if (path.isAbsolute(query) || fromRoot === '..' || fromRoot.startsWith('../')) {
    throw new UsageError(`${query} is outside the project folder ${root}; areas claim paths inside it`);
  }
  return fromRoot;
}

function pathQuery(ctx: Ctx, query: string): number {
  const { model, index } = ctx;
  const rel = projectPath(ctx, query);
  const json = answerPath(model, index, query, rel, ctx.incomplete);
  const lookup = json;
  const { areas } = json;
  if (areas.length === 0 && json.unowned) {
    // Left to nobody on purpose: an answer, not a miss.
    if (ctx.mode === 'json') ctx.io.stdout.write(toJson(json));
    else
      ctx.io.stdout.write(
        `${sanitize(json.path)}: owned by nobody on purpose (unowned: ${sanitize(json.unowned.pattern)} in the Ownership documents)\n`,
      );
    return 0;
  }
  if (areas.length === 0) {
    if (ctx.mode === 'json') ctx.io.stdout.write(toJson(json));
    const declared = model.areas.some((a) => a.paths.length > 0);
    const hint = !declared
      ? '; no area declares paths (add "paths:" globs to the areas)'
      : json.nearby.length > 0
        ? `; areas with paths nearby: ${json.nearby.map((n) => `${n.area} (${n.pattern})`).join(', ')}`
        : '';
    throw new NotFoundError(`no area claims ${lookup.path === '' ? 'the project folder' : lookup.path}${hint}`);
  }
  const shownLookup = sanitize(lookup);
  const shown = sanitize(areas);
  emit(
    ctx,
    json,
    () => pathText(shownLookup, shown, ctx.c),
    (t) => t.pathTable(shownLookup, shown, ctx.width, ctx.c),
  );
  return 0;
}

function pathsQuery(ctx: Ctx, queries: readonly string[]): number {
  const json = answerPaths(
    ctx.model,
    ctx.index,
    queries.map((q) => ({ query: q, relPath: projectPath(ctx, q) })),
    ctx.incomplete,
  );
  const shown = sanitize(json);
  emit(
    ctx,
    json,
    () => pathsText(shown, ctx.c),
    (t) => t.pathsTable(shown, ctx.width, ctx.c),
  );
  const missing = json.unclaimed.length;
  if (missing > 0) {
    const listed =
      json.unclaimed
        .slice(0, 5)
        .map((p) => (p === '' ? '.' : p))
        .join(', ') + (missing > 5 ? ', …' : '');
    throw new NotFoundError(`no area claims ${missing} of ${json.paths.length} paths: ${listed}`);
  }
  return 0;
}

function teamQuery(ctx: Ctx, query: string): number {
  const json = answerTeam(ctx.model, ctx.index, query, ctx.incomplete);
  const answer = json.team;
  if (answer === null) {
    if (ctx.mode === 'json') ctx.io.stdout.write(toJson(json));
    throw new NotFoundError(`${json.reason ?? `no team matches "${query}"`}${didYouMean(json.suggestions)}`);
  }
  const shown = sanitize(answer);
  emit(
    ctx,
    json,
    () => teamText(shown, ctx.c),
    (t) => t.teamTable(shown, ctx.width, ctx.c),
  );
  return 0;
}

function unowned(ctx: Ctx): number {
  const { model, index, load } = ctx;
  const listing = listProjectFiles(load.root);
  const ownFiles = new Set(
    load.files.map((f) => {
      let abs = f.path;
      try {
        abs = realpathSync(abs);
      } catch {
        // a file that could not be read is still perfcoord's
      }
      return toPosix(path.relative(load.root, abs));
    }),
  );
  const json = answerUnowned(
    model,
    index,
    {
      files: listing.files,
      ownFiles,
      ...(model.project ? { docsOut: model.project.docsOut } : {}),
      truncated: listing.truncated,
    },
    ctx.incomplete,
  );
  const { gaps } = json;
  const shown = sanitize({ areas: json.areas, duties: json.duties, paths: json.paths });
  emit(
    ctx,
    json,
    () => unownedText(shown, gaps, ctx.c),
    (t) => t.unownedTable(shown, gaps, ctx.width, ctx.c),
  );
  return gaps === 0 ? 0 : 1;
}
