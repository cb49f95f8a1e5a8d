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
});
