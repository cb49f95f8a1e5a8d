import { WEEKDAYS } from '../../../core/init/answers.js';
import type { SyncAnswer, Weekday } from '../../../core/init/answers.js';
import { checkDuration, checkSyncSlot, checkTime } from '../../../core/init/checks.js';
import { DEFAULT_SYNC_DURATION, criticalTeams, freeSlot, freeTime } from '../../../core/init/defaults.js';
import { asksQuestions } from '../../../core/init/plan.js';
import type { InitContext } from '../context.js';

/**
 * A weekly sync between the core team and each critical team (the
 * cadence-critical-sync rule asks for one), and an optional monthly review.
 */
export async function cadence(ctx: InitContext): Promise<void> {
  if (!asksQuestions(ctx.template, ctx.yes)) return;
  const core = ctx.answers.core?.id ?? 'the core team';
  const syncs: SyncAnswer[] = [];
  for (const team of criticalTeams(ctx.answers)) {
    const slot = freeSlot(syncs, team);
    const day = await ctx.prompt.select<Weekday>({
      message: `Weekly sync of ${core} with ${team}: day`,
      choices: WEEKDAYS.map((d) => ({ value: d, name: d })),
      default: slot.day,
    });
    const time = (
      await ctx.prompt.text({
        message: `Weekly sync of ${core} with ${team}: start time (HH:MM)`,
        default: day === slot.day ? slot.time : freeTime(day, syncs, team),
        validate: (value) => {
          const ok = checkTime(value.trim());
          return ok === true
            ? checkSyncSlot({ team, day, time: value.trim(), duration: DEFAULT_SYNC_DURATION }, syncs)
            : ok;
        },
      })
    ).trim();
    const duration = (
      await ctx.prompt.text({
        message: `Weekly sync of ${core} with ${team}: duration`,
        default: DEFAULT_SYNC_DURATION,
        validate: (value) => {
          const ok = checkDuration(value.trim());
          return ok === true ? checkSyncSlot({ team, day, time, duration: value.trim() }, syncs) : ok;
        },
      })
    ).trim();
    syncs.push({ team, day, time, duration });
  }
  ctx.answers.syncs = syncs;
  ctx.answers.monthlyReview = await ctx.prompt.confirm({
    message: 'Add a monthly performance review with all teams?',
    default: true,
  });
}
