import { teamIds, titleFromId } from '../../../core/init/answers.js';
import type { AreaAnswer, HolderAnswer } from '../../../core/init/answers.js';
import { NONE, checkIdList, checkKnownTeams, checkLabel, checkPaths, splitList } from '../../../core/init/checks.js';
import { DEFAULT_AREAS, DEFAULT_DUTIES, defaultHolder, defaultOwners } from '../../../core/init/defaults.js';
import { asksQuestions } from '../../../core/init/plan.js';
import type { InitContext } from '../context.js';

/** Not an id (ids never hold "*"), so it cannot be mistaken for a team. */
const JOINT = '*joint';

function holderChoice(holder: HolderAnswer): string {
  return typeof holder === 'string' ? holder : JOINT;
}

/** The shared areas, the teams that share each, and who holds each duty in it. */
export async function sharedAreas(ctx: InitContext): Promise<void> {
  if (!asksQuestions(ctx.template, ctx.yes)) return;
  const teams = teamIds(ctx.answers);
  const core = ctx.answers.core?.id;
  // The areas first: the duties are asked of them.
  const areaList = await ctx.prompt.text({
    message: 'Shared areas (ids, separated by commas)',
    default: DEFAULT_AREAS.join(', '),
    validate: (value) => checkIdList(value, { one: 'an area id', many: 'areas', min: 1 }),
  });
  const dutyList = await ctx.prompt.text({
    message: `Duties to assign in each shared area (separated by commas; ${NONE} for none)`,
    default: DEFAULT_DUTIES.join(', '),
    validate: (value) => checkIdList(value, { one: 'a duty name', many: 'duties' }),
  });
  const duties = splitList(dutyList);

  const areas: AreaAnswer[] = [];
  const suggestedOwners = defaultOwners(ctx.answers);
  for (const id of splitList(areaList)) {
    const title = await ctx.prompt.text({
      message: `Title of area ${id}`,
      default: titleFromId(id),
      validate: (value) => checkLabel(value.trim(), 'a title'),
    });
    // Without paths, who-owns cannot answer for a file of the area.
    const pathList = await ctx.prompt.text({
      message: `Code paths of ${id} (globs such as src/db/**, separated by commas; ${NONE} for none)`,
      default: NONE,
      validate: checkPaths,
    });
    const paths = splitList(pathList);
    const owners =
      teams.length === 1
        ? teams
        : await ctx.prompt.multiselect<string>({
            message: `Teams that share ${id}`,
            choices: teams.map((t) => ({ value: t, name: t, checked: suggestedOwners.includes(t) })),
            validate: (values) => checkKnownTeams(values, teams, { min: 1 }),
          });
    const held: AreaAnswer['duties'] = [];
    for (const duty of duties) {
      const fallback = defaultHolder(duty, owners, core);
      if (owners.length === 1) {
        held.push({ name: duty, holder: fallback });
        continue;
      }
      const choice = await ctx.prompt.select<string>({
        message: `Who holds "${duty}" in ${id}?`,
        choices: [
          ...owners.map((o) => ({ value: o, name: o })),
          { value: JOINT, name: `jointly: ${owners.join(', ')}` },
        ],
        default: holderChoice(fallback),
      });
      held.push({ name: duty, holder: choice === JOINT ? { joint: [...owners] } : choice });
    }
    areas.push({ id, title: title.trim(), owners: [...owners], duties: held, ...(paths.length > 0 ? { paths } : {}) });
  }
  ctx.answers.areas = areas;
}
