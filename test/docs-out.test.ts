import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMAL, runCli } from './helpers/run.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-docs-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function projectWithOut(name: string, out: string): string {
  const dir = path.join(tmp, name, 'project');
  cpSync(MINIMAL, dir, { recursive: true });
  appendFileSync(path.join(dir, 'perfcoord.yaml'), `docs:\n  out: ${JSON.stringify(out)}\n`);
  return dir;
}

describe('docs.out outside the project', () => {
  it.each([
    ['climbing', '../elsewhere', '"../elsewhere" climbs out of the project folder with ".."'],
    ['absolute', path.join(tmp, 'absolute', 'docs'), 'is an absolute path'],
  ])('is a configuration error in validate and render (%s)', async (name, out, reason) => {
    const dir = projectWithOut(name, out);
    const validate = await runCli(['validate', '-f', 'compact'], dir);
    expect(validate.code).toBe(2);
    expect(validate.stdout).toContain(reason);
    expect(validate.stdout).toMatch(/^perfcoord\.yaml:\d+:\d+: error .*\[docs-out-outside-root\]$/m);
    const render = await runCli(['render', 'docs'], dir);
    expect(render.code).toBe(2);
    expect(existsSync(path.resolve(dir, out))).toBe(false);
  });

  it('may still be a folder inside the project, and --out may go anywhere', async () => {
    const dir = projectWithOut('inside', 'site/docs');
    expect((await runCli(['validate'], dir)).code).toBe(0);
    expect((await runCli(['render', 'docs'], dir)).code).toBe(0);
    expect(existsSync(path.join(dir, 'site/docs/index.md'))).toBe(true);
  });
});
