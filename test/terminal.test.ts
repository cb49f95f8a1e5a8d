import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { colorEnabled } from '../src/cli/io.js';
import { startProgress } from '../src/cli/progress.js';
import { SEED } from './helpers/run.js';

const ESC = '\u001b[';

function terminalIo(
  env: Record<string, string>,
  tty: boolean,
  columns = 100,
): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => ((out += s), true), isTTY: tty, columns: 100 },
    stderr: Object.assign(
      { write: (s: string) => ((err += s), true), isTTY: tty, columns },
      // What a terminal stream has, for the spinner.
      {
        cursorTo: () => true,
        clearLine: () => true,
        moveCursor: () => true,
        on: () => undefined,
        removeListener: () => undefined,
      },
    ),
    stdin: Object.assign(new PassThrough(), { isTTY: tty }),
    cwd: SEED,
    env,
    now: () => new Date('2026-01-01T00:00:00Z'),
    out: () => out,
    err: () => err,
  };
}

describe('colour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ TERM: 'dumb' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, true],
  ])('env %j, terminal %s → colour %s', (env, tty, expected) => {
    expect(colorEnabled({ write: () => true, isTTY: tty }, env)).toBe(expected);
  });

  it('validate colours on a terminal, and not with NO_COLOR or --no-color', async () => {
    const tty = terminalIo({}, true);
    await main(['validate'], tty);
    expect(tty.out()).toContain(ESC);
    const noColor = terminalIo({ NO_COLOR: '1' }, true);
    await main(['validate'], noColor);
    expect(noColor.out()).not.toContain(ESC);
    const flag = terminalIo({}, true);
    await main(['--no-color', 'validate'], flag);
    expect(flag.out()).not.toContain(ESC);
    const pipe = terminalIo({}, false);
    await main(['validate'], pipe);
    expect(pipe.out()).not.toContain(ESC);
  });
});

describe('progress', () => {
  it('spins on a terminal only, never in CI', async () => {
    const tty = terminalIo({}, true);
    const spinner = await startProgress(tty, 'Rendering');
    spinner.update('Rendering 3 diagrams');
    spinner.stop();
    expect(tty.err()).toContain('Rendering');
    const ci = terminalIo({ CI: 'true' }, true);
    (await startProgress(ci, 'Rendering')).stop();
    expect(ci.err()).toBe('');
    const pipe = terminalIo({}, false);
    (await startProgress(pipe, 'Rendering')).stop();
    expect(pipe.err()).toBe('');
  });

  it('stays silent on a terminal that reports no width', async () => {
    for (const columns of [0, 5]) {
      const tty = terminalIo({}, true, columns);
      const spinner = await startProgress(tty, 'Rendering');
      spinner.update('Rendering 3 diagrams');
      spinner.stop();
      expect(tty.err()).toBe('');
    }
  });
});
