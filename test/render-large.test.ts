import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/core/load/load.js';
import { renderDocs } from '../src/core/render/index.js';
import { modelOf } from '../src/core/validate/validate.js';
import { tempFolder } from './helpers/tmp.js';

const tmp = tempFolder('large');

/** A project of `teams` teams, each owning one area with the next team. */
function project(teams: number): string {
  const dir = path.join(tmp, `org-${teams}`);
  mkdirSync(path.join(dir, 'coordination'), { recursive: true });
  writeFileSync(path.join(dir, 'perfcoord.yaml'), 'apiVersion: perfcoord/v1\nkind: Project\nname: Org\ncoreTeam: t0\n');
  const ids = Array.from({ length: teams }, (_, i) => `t${i}`);
  writeFileSync(
    path.join(dir, 'coordination/teams.yaml'),
    `apiVersion: perfcoord/v1\nkind: Teams\nteams:\n${ids.map((id, i) => `  - { id: ${id}, name: Team ${i}, dependency: ${i === 0 ? 'core' : 'low'} }`).join('\n')}\n`,
  );
  writeFileSync(
    path.join(dir, 'coordination/areas.yaml'),
    `apiVersion: perfcoord/v1\nkind: Ownership\nareas:\n${ids
      .map(
        (id, i) =>
          `  - id: a${i}\n    title: Area ${i}\n    owners: [{ team: ${id} }]\n    duties: { review: ${ids[(i + 1) % teams]}, upkeep: { joint: [${id}, ${ids[(i + 2) % teams]}] } }`,
      )
      .join('\n')}\n`,
  );
  return dir;
}

function ownershipPage(teams: number): string {
  const { model, index } = modelOf(loadProject({ cwd: project(teams) }));
  return renderDocs(model, index).find((f) => f.path === 'ownership.md')?.content ?? '';
}

describe('the ownership matrix', () => {
  it('has four columns whatever the number of teams: the area, its owners, its duty holders, its escalation', () => {
    for (const teams of [12, 40]) {
      const page = ownershipPage(teams);
      expect(page).toContain('| Area | Owned by | Duties held by |\n');
      expect(page).toContain('| [Area 0](#area-0) | Team 0 | Team 1, Team 0, Team 2 |\n');
      const last = teams - 1;
      const row = page.split('\n').find((l) => l.startsWith(`| [Area ${last}]`));
      expect(row).toBe(`| [Area ${last}](#area-${last}) | Team ${last} | Team 0, Team ${last}, Team 1 |`);
    }
  });

  it('calls itself no RACI: the model has no consulted or informed parties per area', () => {
    expect(ownershipPage(12)).not.toMatch(/RACI|\| R \||\bS: /);
  });
});
