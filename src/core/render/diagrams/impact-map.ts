import type { Dependency, Team } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { Flowchart } from '../mermaid.js';

const RANK: Record<Dependency, number> = { core: 0, critical: 1, high: 2, medium: 3, low: 4 };

// Mermaid has keywords among plain words ("end"), so class names carry a prefix.
const CLASS_OF: Record<Dependency, string> = {
  core: 'pcCore',
  critical: 'pcCritical',
  high: 'pcHigh',
  medium: 'pcMedium',
  low: 'pcLow',
};

const CLASSES: Record<string, string> = {
  pcCore: 'fill:#e3f2fd,stroke:#1565c0,stroke-width:2px',
  pcCritical: 'fill:#fdecea,stroke:#c62828',
  pcHigh: 'fill:#fff3e0,stroke:#ef6c00',
  pcMedium: 'fill:#fffde7,stroke:#f9a825',
  pcLow: 'fill:#eceff1,stroke:#78909c',
};

/** The core team in the middle, every other team joined to it by its dependency level. */
function coreTeamOf(ctx: RenderContext): Team | undefined {
  return (
    ctx.model.teams.find((t) => t.dependency === 'core') ??
    (ctx.model.project?.coreTeam ? ctx.index.teams.get(ctx.model.project.coreTeam.id) : undefined)
  );
}

export function renderImpactMap(ctx: RenderContext, title: string): string {
  const chart = new Flowchart('TD', { title, description: 'Each team and how much it depends on the core team.' });
  const core = coreTeamOf(ctx);
  const teams = [...ctx.model.teams].map((team, order) => ({ team, order }));
  teams.sort(
    (a, b) => (a.team === core ? -1 : b.team === core ? 1 : 0) || rank(a.team) - rank(b.team) || a.order - b.order,
  );
  const seen = new Set<string>();
  for (const { team } of teams) {
    if (seen.has(team.id)) continue;
    seen.add(team.id);
    const isCore = team === core;
    const lines = isCore ? [team.name, 'core team'] : [team.name];
    chart.node(
      team.id,
      lines,
      isCore ? 'stadium' : 'box',
      isCore ? CLASS_OF.core : team.dependency && CLASS_OF[team.dependency],
    );
    if (core && !isCore)
      chart.edge(core.id, team.id, team.dependency === undefined ? undefined : `${team.dependency} dependency`);
  }
  return chart.build(CLASSES);
}

function rank(team: Team): number {
  return team.dependency === undefined ? 5 : RANK[team.dependency];
}
