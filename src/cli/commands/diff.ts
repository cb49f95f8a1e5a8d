import { diffModels } from '../../core/diff/index.js';
import { diffMarkdown } from '../../core/diff/markdown.js';
import { UsageError } from '../../core/errors.js';
import { ContentCache } from '../../core/load/cache.js';
import { colors } from '../../core/format/color.js';
import { diffText } from './diff/text.js';
import { operandSide, workingTreeSide } from './diff/sides.js';
import type { LoadedSide } from './diff/sides.js';
import { colorEnabled } from '../io.js';
import type { Io } from '../io.js';

export interface DiffOptions {
  config?: string;
  format?: string;
  exitCode?: boolean;
  color?: boolean;
}

const FORMATS = ['text', 'json', 'markdown'];

/**
 * diff: what changes in the coordination from `base` to `head` (default: the
 * working tree), compared as models. Exit 0; with --exit-code, 1 when
 * anything changed; 2 on a bad side, usage or configuration error.
 */
export async function run(base: string, head: string | undefined, opts: DiffOptions, io: Io): Promise<number> {
  const format = opts.format ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
  const where = {
    cwd: io.cwd,
    // One run's cache, never kept: a file both sides share is parsed and checked once.
    cache: ContentCache.parse('', '', undefined),
    ...(opts.config !== undefined ? { config: opts.config } : {}),
  };
  const sides: LoadedSide[] = [];
  try {
    const a = operandSide(base, where);
    sides.push(a);
    const b = head === undefined ? workingTreeSide(where) : operandSide(head, where);
    sides.push(b);
    const result = diffModels(a.side, b.side, { files: b.files });
    const notes = [...a.notes, ...b.notes];
    if (format === 'json') {
      const json = {
        version: 1,
        base: a.label,
        head: b.label,
        changes: result.changes,
        teams: result.teams,
        ...(notes.length > 0 ? { notes } : {}),
      };
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else if (format === 'markdown') {
      io.stdout.write(diffMarkdown(result, { base: a.label, head: b.label, notes }));
    } else {
      const useColor = opts.color !== false && (opts.color === true || colorEnabled(io.stdout, io.env));
      io.stdout.write(diffText(result, a.label, b.label, notes, colors(useColor)));
    }
    return opts.exitCode && result.changes.length > 0 ? 1 : 0;
  } finally {
    for (const side of sides) side.dispose();
  }
}
