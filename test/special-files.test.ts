import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-special-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const mkfifo = spawnSync('mkfifo', [path.join(tmp, 'pipe.yaml')]);

describe.skipIf(mkfifo.status !== 0)('a named pipe on the command line', () => {
  it('is refused at once, by name, with exit 2 (opening it waited for a writer forever)', () => {
    // A child process with a time limit: a blocking open stops the whole process, test runner included.
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin/perfcoord.js'), 'validate', 'pipe.yaml', '-f', 'compact'],
      {
        cwd: tmp,
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(
      'pipe.yaml:1:1: error the file is not a regular file (a named pipe) [file-unreadable]',
    );
  });

  it('as a gate check results file is refused at once, by name, with exit 2', () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'bin/perfcoord.js'),
        'gate',
        'check',
        'pre_production',
        '--results',
        path.join(tmp, 'pipe.yaml'),
      ],
      { cwd: path.join(ROOT, 'examples/gates'), encoding: 'utf8', timeout: 20_000 },
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('pipe.yaml: not a regular file');
  });
});
