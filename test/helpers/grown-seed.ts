/**
 * examples/seed grown to a bigger organisation: 30 teams (long names, every
 * dependency level), a twelve-stage gate pipeline fed by many teams and a
 * six-level escalation, written to a temporary folder. For the tests that
 * hold the diagrams and pages to their size at any number of teams or stages.
 */
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED } from './run.js';

const LEVELS = ['critical', 'high', 'medium', 'low'] as const;

export function grownSeed(teams = 30): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-grown-'));
  cpSync(SEED, dir, { recursive: true });
  const extra = Array.from({ length: teams - 8 }, (_, i) => ({
    id: `extra_team_${i + 1}`,
    name: `Regional Payments and Checkout Experience Team ${i + 1}`,
    dependency: LEVELS[i % LEVELS.length],
  }));
  // A Teams document of its own beside the seed's, in the same file.
  appendFileSync(
    path.join(dir, 'coordination/teams.yaml'),
    `---\napiVersion: perfcoord/v1\nkind: Teams\nteams:\n${extra
      .map((t) => `  - { id: ${t.id}, name: ${t.name}, dependency: ${t.dependency} }`)
      .join('\n')}\n`,
  );
  const stages = Array.from({ length: 12 }, (_, i) => {
    const feeders = extra
      .slice(i, i + 5)
      .map((t) => `      - { from: ${t.id}, input: signed_off_load_test_results_for_stage_${i + 1} }`);
    return `  - id: stage_${i + 1}\n    name: Stage ${i + 1} of the long release pipeline with a long name\n    owner: ${extra[i]?.id ?? 'performance'}\n    inputs:\n${feeders.join('\n')}\n    criteria: [p95_latency_under_200_ms_for_every_checkout_endpoint, error_rate_below_one_percent]\n    signOff: [performance, qa, ${extra[i + 1]?.id ?? 'backend'}]`;
  });
  writeFileSync(
    path.join(dir, 'coordination/gates/3-long-pipeline.yaml'),
    `apiVersion: perfcoord/v1\nkind: QualityGates\nid: long_pipeline\ntitle: Long release pipeline\nstages:\n${stages.join('\n')}\n`,
  );
  return dir;
}
