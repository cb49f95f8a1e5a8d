import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { MINIMAL, ROOT, SEED, runCli } from './helpers/run.js';

describe('examples', () => {
  it('examples/minimal validates with no findings at all', async () => {
    const r = await runCli(['validate', '-f', 'json'], MINIMAL);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
  });

  it('examples/gates validates with no findings, and its sample results pass every gate', async () => {
    const dir = path.join(ROOT, 'examples/gates');
    const r = await runCli(['validate', '-f', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
    const results = ['bench.json', 'k6-summary.json', 'lighthouse.json'].flatMap((f) => ['-r', `results/${f}`]);
    for (const stage of ['development_stage', 'web', 'pre_production']) {
      const check = await runCli(['gate', 'check', stage, '-f', 'json', ...results], dir);
      expect(check.code, stage).toBe(0);
      expect(JSON.parse(check.stdout).criteria.length, stage).toBeGreaterThan(0);
    }
  });

  it('examples/seed validates with exit 0 and only the warnings the strategy itself carries', async () => {
    const r = await runCli(['validate', '-f', 'compact'], SEED);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'coordination/escalation.yaml:15:19: warning escalation level 2 answers in 30min, slower than level 1 (15min); a more serious level usually answers at least as fast [escalation-response-order]',
        '',
      ].join('\n'),
    );
  });

  it('--quiet hides the seed warning, which still fails --max-warnings 0 and --fail-level warning', async () => {
    for (const extra of [
      ['--max-warnings', '0'],
      ['--fail-level', 'warning'],
    ]) {
      const r = await runCli(['validate', '-f', 'compact', '--quiet', ...extra], SEED);
      expect(r.stdout).toBe('');
      expect(r.code, extra.join(' ')).toBe(1);
    }
  });

  it('--max-warnings says on stderr why it fails; --quiet does not call hidden warnings "no problems"', async () => {
    const over = await runCli(['validate', '-f', 'compact', '--max-warnings', '0'], SEED);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('perfcoord: 1 warning, more than --max-warnings 0\n');
    const within = await runCli(['validate', '-f', 'compact', '--max-warnings', '1'], SEED);
    expect([within.code, within.stderr]).toEqual([0, '']);
    const quiet = await runCli(['validate', '--quiet'], SEED);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toMatch(/no problems/);
    expect(quiet.stdout).toMatch(/no errors \(1 warning not shown: --quiet\)/);
  });
});
