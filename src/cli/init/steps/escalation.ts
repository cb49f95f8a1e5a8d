import { teamIds } from '../../../core/init/answers.js';
import type { LevelAnswer } from '../../../core/init/answers.js';
import { checkLabel, checkResponseTime } from '../../../core/init/checks.js';
import { SEED_LEVELS, defaultLevels, defaultResponders } from '../../../core/init/defaults.js';
import { partyIds } from '../../../core/init/ids.js';
import { asksQuestions } from '../../../core/init/plan.js';
import type { InitContext } from '../context.js';

const MAX_LEVELS = 20;

/** The escalation levels: the seed's four, or each level's trigger, response time and responders. */
export async function escalation(ctx: InitContext): Promise<void> {
  if (!asksQuestions(ctx.template, ctx.yes)) return;
  const seed = SEED_LEVELS.map((l) => l.responseTime.replace('_', ' ')).join(', ');
  const useSeed = await ctx.prompt.confirm({
    message: `Use the seed strategy's ${SEED_LEVELS.length} escalation levels (${seed})?`,
    default: true,
  });
  if (useSeed) {
    ctx.answers.escalation = defaultLevels(ctx.answers);
    return;
  }
  const parties = [...partyIds(teamIds(ctx.answers)).keys()];
  const levels: LevelAnswer[] = [];
  for (let level = 1; level <= MAX_LEVELS; level++) {
    const seedLevel = SEED_LEVELS[level - 1];
    const trigger = await ctx.prompt.text({
      message: `Level ${level}: what triggers it?`,
      ...(seedLevel ? { default: seedLevel.trigger } : {}),
      validate: (value) => checkLabel(value.trim(), 'a trigger'),
    });
    const responseTime = await ctx.prompt.text({
      message: `Level ${level}: response time (immediate, 15m, 2h, …)`,
      default: seedLevel?.responseTime ?? 'immediate',
      validate: (value) => checkResponseTime(value.trim()),
    });
    const suggested = defaultResponders(level, ctx.answers);
    const responders = await ctx.prompt.multiselect<string>({
      message: `Level ${level}: who responds?`,
      choices: parties.map((p) => ({ value: p, name: p, checked: suggested.includes(p) })),
      validate: (values) =>
        values.length === 0
          ? 'choose at least one responder'
          : values.every((v) => parties.includes(v))
            ? true
            : 'choose from the list',
    });
    levels.push({ level, trigger: trigger.trim(), responseTime: responseTime.trim(), responders });
    if (level === MAX_LEVELS) break;
    const more = await ctx.prompt.confirm({ message: `Add level ${level + 1}?`, default: level < SEED_LEVELS.length });
    if (!more) break;
  }
  ctx.answers.escalation = levels;
}
