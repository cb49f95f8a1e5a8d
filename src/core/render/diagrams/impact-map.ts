import type { Dependency, Team } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { Flowchart, shorten } from '../mermaid.js';

const LEVELS: readonly Dependency[] = ['critical', 'high', 'medium', 'low'];

/** How a dependency level reads in a page's table. */
export const DEPENDENCY_WORDS: Record<Dependency, string> = {
  core: 'core team',
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
};

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
  pcNone: 'fill:#ffffff,stroke:#9e9e9e',
};

/**
 * Teams a row inside a level: three boxes of at most TEAM_LABEL characters
 * stay under 1,280 px at Mermaid's default font, however many teams there are.
 */
export const TEAMS_A_ROW = 3;
export const TEAM_LABEL = 40;

/** The one-line legend shown under the map. */
export function legendText(): string {
  return 'Legend: the core team on top (blue), then one box of teams a dependency level: critical (red), high (orange), medium (yellow), low (grey). Names longer than the box are cut short; the table below has them in full.';
}

function coreTeamOf(ctx: RenderContext): Team | undefined {
  return (
    ctx.model.teams.find((t) => t.dependency === 'core') ??
    (ctx.model.project?.coreTeam ? ctx.index.teams.get(ctx.model.project.coreTeam.id) : undefined)
  );
}

/**
 * The core team on top, then the other teams grouped by how much they depend
 * on it, one group below the other, each in rows of TEAMS_A_ROW; so the map
 * grows down, not across, with the number of teams.
 */
export function renderImpactMap(ctx: RenderContext, title: string): string {
  const chart = new Flowchart('TD', {
    title,
    description: 'The core team, then the other teams grouped by how much they depend on it.',
  });
  const core = coreTeamOf(ctx);
  if (core) chart.node(core.id, [shorten(core.name, TEAM_LABEL), 'core team'], 'stadium', CLASS_OF.core);
  const seen = new Set<string>(core ? [core.id] : []);
  const groups: { key: string; title: string; teams: Team[]; cls: string }[] = [];
  for (const level of [...LEVELS, undefined]) {
    const teams = ctx.model.teams.filter((t) => t.dependency === level && !seen.has(t.id) && seen.add(t.id));
    if (teams.length === 0) continue;
    groups.push({
      key: `level:${level ?? 'none'}`,
      title: level === undefined ? 'No dependency given' : `${level} dependency`.replace(/^./, (c) => c.toUpperCase()),
      teams,
      cls: level === undefined ? 'pcNone' : CLASS_OF[level],
    });
  }
  let previous = core?.id;
  for (const group of groups) {
    chart.group(group.key, `${group.title} (${group.teams.length})`, () => {
      // Left to right inside the group: a row is a chain of invisible links, and rows start one below the other.
      chart.groupDirection('LR');
      group.teams.forEach((team, i) => {
        chart.node(team.id, [shorten(team.name, TEAM_LABEL)], 'box', group.cls);
        const before = group.teams[i - 1];
        if (before && i % TEAMS_A_ROW !== 0) chart.edge(before.id, team.id, undefined, 'invisible');
      });
    });
    // Each level below the one before: the map stays as wide as one group.
    if (previous !== undefined) chart.edge(previous, group.key, undefined, 'invisible');
    previous = group.key;
  }
  return chart.build(CLASSES);
}
