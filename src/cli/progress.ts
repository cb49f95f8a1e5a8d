import type { Io } from './io.js';

export interface Progress {
  update(text: string): void;
  stop(): void;
}

const MIN_COLUMNS = 20;

const silent: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A spinner on standard error for the long runs (rendering SVG), only on a
 * terminal of some width and never in CI, so that logs and pipes stay plain. ora is loaded
 * only then.
 */
export async function startProgress(io: Io, text: string): Promise<Progress> {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  const terminal = io.stderr as Partial<NodeJS.WriteStream>;
  // A terminal that reports no width (0 under `script` or `docker exec -t` before a resize) would
  // have the spinner redraw forever; it gets none.
  const narrow = typeof terminal.columns !== 'number' || terminal.columns < MIN_COLUMNS;
  if (io.stderr.isTTY !== true || ci || io.env.TERM === 'dumb' || typeof terminal.cursorTo !== 'function' || narrow)
    return silent;
  const { default: ora } = await import('ora');
  const spinner = ora({ text, stream: io.stderr as NodeJS.WritableStream, discardStdin: false }).start();
  return {
    update: (next) => {
      spinner.text = next;
    },
    stop: () => {
      spinner.stop();
    },
  };
}
