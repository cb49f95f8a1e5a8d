import { DEPENDENCIES, teamIds } from '../../../core/init/answers.js';
import type { Dependency } from '../../../core/init/answers.js';
import { NONE, checkLabel, checkTeamId, checkTeamList, splitList } from '../../../core/init/checks.js';
import { DEFAULT_CORE, DEFAULT_TEAMS, defaultTeam } from '../../../core/init/defaults.js';
import { asksQuestions } from '../../../core/init/plan.js';
import type { InitContext } from '../context.js';

const LEVELS: Record<Dependency, string> = {
  critical: 'critical: cannot ship performance work without the core team',
  high: 'high: needs the core team for most performance work',
  medium: 'medium: works with the core team now and then',
  low: 'low: rarely needs the core team',
};

/** The core team: the one every other team depends on. */
export async function coreTeam(ctx: InitContext): Promise<void> {
  if (!asksQuestions(ctx.template, ctx.yes)) return;
  const id = await ctx.prompt.text({
    message: 'Core team id (the team the others depend on)',
    default: DEFAULT_CORE.id,
    validate: (value) => checkTeamId(value.trim(), []),
  });
  const core = id.trim();
  const name = await ctx.prompt.text({
    message: `Name of team ${core}`,
    default: core === DEFAULT_CORE.id ? DEFAULT_CORE.name : defaultTeam(core).name,
    validate: (value) => checkLabel(value.trim(), 'a team name'),
  });
  ctx.answers.core = { id: core, name: name.trim() };
}

/** The other teams, each with its name and how much it depends on the core team. */
export async function otherTeams(ctx: InitContext): Promise<void> {
  if (!asksQuestions(ctx.template, ctx.yes)) return;
  const core = teamIds(ctx.answers);
  const suggested = DEFAULT_TEAMS.filter((t) => checkTeamId(t, core) === true);
  const list = await ctx.prompt.text({
    message: `Other teams (ids, separated by commas; ${NONE} for none)`,
    ...(suggested.length > 0 ? { default: suggested.join(', ') } : {}),
    validate: (value) => checkTeamList(value, core),
  });
  ctx.answers.teams = [];
  for (const id of splitList(list)) {
    const fallback = defaultTeam(id);
    const name = await ctx.prompt.text({
      message: `Name of team ${id}`,
      default: fallback.name,
      validate: (value) => checkLabel(value.trim(), 'a team name'),
    });
    const dependency = await ctx.prompt.select<Dependency>({
      message: `How much does ${id} depend on ${core[0] ?? 'the core team'}?`,
      choices: DEPENDENCIES.map((d) => ({ value: d, name: LEVELS[d] })),
      default: fallback.dependency,
    });
    ctx.answers.teams.push({ id, name: name.trim(), dependency });
  }
}
