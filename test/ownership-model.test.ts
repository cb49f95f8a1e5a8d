import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/core/load/load.js';
import { modelOf } from '../src/core/validate/validate.js';
import { describeArea } from '../src/core/query/area-answer.js';
import { areaRow } from '../src/core/render/pages/ownership.js';
import { Names } from '../src/core/render/names.js';
import { areaOwnership } from '../src/core/model/ownership.js';
import { ROOT, SEED } from './helpers/run.js';

const projects = {
  seed: SEED,
  overlap: path.join(ROOT, 'test/fixtures/who-owns/overlap'),
  gaps: path.join(ROOT, 'test/fixtures/who-owns/gaps'),
};

describe('one ownership model', () => {
  it.each(Object.entries(projects))('who-owns and the ownership page name the same teams (%s)', (_, dir) => {
    const { model, index } = modelOf(loadProject({ cwd: dir }));
    const names = new Names(model, index);
    expect(model.areas.length).toBeGreaterThan(0);
    for (const area of model.areas) {
      const answer = describeArea(model, index, area);
      const page = areaRow(names, area);
      expect([...page.teams].sort(), area.id).toEqual(answer.teams.map((t) => t.team.id).sort());
      // Holders that stand for no team are counted apart by both.
      const apart = answer.others.reduce((n, o) => n + o.duties.length, 0);
      expect(page.apart, area.id).toBe(apart);
    }
  });

  it('computes an area once per index', () => {
    const { model, index } = modelOf(loadProject({ cwd: SEED }));
    const area = model.areas[0]!;
    expect(areaOwnership(index, area)).toBe(areaOwnership(index, area));
  });
});
