import { lighthouseNameProblem, statProblem, targetProblem } from '../../gate/stat.js';
import { measureOf } from '../../gate/measures.js';
import { parseTarget } from '../../gate/target.js';
import { isResultSource } from '../../model/read/gates.js';
import type { Loc } from '../../model/types.js';
import type { Rule } from '../rule.js';

const at = (loc: Loc, key: string): Loc => ({ doc: loc.doc, path: [...loc.path, key] });

/**
 * A measurable criterion must be one `gate check` can judge and the exports
 * can write: a stat the tool reports, a target in a unit that converts.
 * Caught here, a typo fails `validate` instead of a release.
 */
export const gateCriterion: Rule = {
  id: 'gate-criterion',
  severity: 'error',
  description: 'A measurable gate criterion has a stat its tool reports and a target in a unit that converts.',
  check(ctx) {
    for (const m of ctx.model.metrics) {
      if (!isResultSource(m.source)) {
        if (m.stat !== undefined) {
          ctx.report(
            at(m.loc, 'stat'),
            `metric ${m.id} has a stat but no tool measures it; set source to k6, lighthouse or bench, or remove the stat`,
          );
        }
        continue;
      }
      const stat = statProblem(m.source, m.stat);
      if (stat) ctx.report(at(m.loc, m.stat === undefined ? 'source' : 'stat'), `metric ${m.id}: ${stat}`);
      const name = m.source === 'lighthouse' ? lighthouseNameProblem(m.id) : undefined;
      if (name) ctx.report(at(m.loc, 'id'), `metric ${m.id}: ${name}`);
    }
    for (const pipeline of ctx.model.pipelines) {
      for (const stage of pipeline.stages) {
        for (const criterion of stage.criteria) {
          const measure = measureOf(criterion, ctx.index);
          if (!measure) continue;
          const what = `a criterion of gate ${stage.id}`;
          // With a wrong stat, what the target should be is unknown; one finding is enough.
          const stat = statProblem(measure.source, measure.stat);
          if (criterion.kind === 'measure') {
            if (stat)
              ctx.report(measure.stat === undefined ? at(measure.loc, 'source') : measure.statLoc, `${what}: ${stat}`);
            const name = measure.source === 'lighthouse' ? lighthouseNameProblem(measure.metric) : undefined;
            if (name) ctx.report(at(measure.loc, 'metric'), `${what}: ${name}`);
          }
          const target = parseTarget(measure.target);
          // An unreadable target is the schema's finding already.
          const problem = !stat && target && targetProblem(measure.source, measure.metric, measure.stat, target);
          if (problem) ctx.report(measure.targetLoc, `${what}: ${problem}`);
        }
      }
    }
  },
};
