import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, requireCached } from '../src/core/util/code-cache.js';
import { ROOT } from './helpers/run.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-code-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the code cache', () => {
  it.each([
    ['the validators', 'dist/generated/validators'],
    ["the binary's bundle", 'dist/bundle/cli'],
  ])('is made by the build for %s, and V8 takes it in a plain run', (_, base) => {
    // A process of its own: V8 takes a cache only under the flags it was made with.
    const script = `
      import { readFileSync } from 'node:fs';
      const { compile } = await import(${JSON.stringify(path.join(ROOT, 'dist/core/util/code-cache.js'))});
      const file = ${JSON.stringify(path.join(ROOT, `${base}.cjs`))};
      const cache = readFileSync(${JSON.stringify(path.join(ROOT, `${base}.v8cache`))});
      process.stdout.write(String(compile(readFileSync(file, 'utf8'), file, cache).cachedDataRejected));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('false');
  });

  it('leaves a file required as usual when there is no cache, or one V8 refuses', () => {
    const file = path.join(tmp, 'answer.cjs');
    writeFileSync(file, 'exports.answer = 42; exports.file = __filename;');
    expect(requireCached(file, path.join(tmp, 'missing.v8cache'))).toEqual({ answer: 42, file });
    const garbage = path.join(tmp, 'garbage.v8cache');
    writeFileSync(garbage, 'not a code cache');
    expect(requireCached(file, garbage)).toEqual({ answer: 42, file });
    const made = compile('exports.answer = 42; exports.file = __filename;', file);
    made.runInThisContext();
    const good = path.join(tmp, 'good.v8cache');
    writeFileSync(good, made.createCachedData());
    expect(requireCached(file, good)).toEqual({ answer: 42, file });
  });
});
