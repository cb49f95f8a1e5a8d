import type { Rule } from '../rule.js';

export const teamsCore: Rule = {
  id: 'teams-core',
  severity: 'error',
  description: 'Exactly one team has dependency "core", and it is the coreTeam of perfcoord.yaml.',
  check(ctx) {
    const { model, index } = ctx;
    if (model.teams.length === 0) return;
    const cores = model.teams.filter((t) => t.dependency === 'core');
    const declared = model.project?.coreTeam;
    if (!declared) {
      for (const extra of cores.slice(1)) {
        ctx.report(
          { doc: extra.loc.doc, path: [...extra.loc.path, 'dependency'] },
          `team ${extra.id} is a second core team (after ${cores[0]?.id ?? ''}); one team is the core, the others depend on it: critical, high, medium or low`,
        );
      }
    }
    if (declared) {
      const team = index.teams.get(declared.id);
      if (team && team.dependency !== 'core') {
        ctx.report(
          { doc: team.loc.doc, path: [...team.loc.path, 'dependency'] },
          `team ${team.id} is the project's coreTeam, so its dependency must be "core", not "${team.dependency ?? 'unset'}"`,
        );
      }
      for (const core of cores) {
        if (core.id !== declared.id) {
          ctx.report(
            { doc: core.loc.doc, path: [...core.loc.path, 'dependency'] },
            `team ${core.id} has dependency "core", but the project's coreTeam is ${declared.id}`,
          );
        }
      }
    } else if (cores.length === 0) {
      const first = model.teams[0];
      if (first) ctx.report(first.loc, 'no team has dependency "core": mark the core team that the others depend on');
    }
  },
};
