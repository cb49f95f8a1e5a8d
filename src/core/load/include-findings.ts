/** The findings of expanding the project's include globs, where the user can act on them. */
import type { Finding } from '../finding.js';
import type { ExpandProblem } from './files.js';
import type { LoadedFile } from './types.js';

export function includeFindings(
  includes: { files: readonly string[]; problems: readonly ExpandProblem[] },
  at: {
    project: LoadedFile;
    /** The project file lists its includes (else the default globs are in force). */
    explicit: boolean;
    /** A stand-in file for a path that was never read. */
    placeholder: (abs: string | undefined) => LoadedFile;
  },
): Finding[] {
  const findings: Finding[] = [];
  const { project, explicit } = at;
  const doc = project.documents[0];
  for (const problem of includes.problems) {
    if (problem.pattern >= 0 && doc && explicit) {
      findings.push({
        rule: problem.rule,
        message: problem.message,
        at: { loc: { doc, path: ['include', problem.pattern] } },
      });
    } else if (problem.pattern >= 0) {
      // The default globs: say so only when together they find nothing.
      if (problem.rule === 'include-no-match' && includes.files.length > 0) continue;
      if (problem.rule === 'include-no-match' && problem.pattern > 0) continue;
      const message =
        problem.rule === 'include-no-match'
          ? 'no documents under coordination/ (the default include); list your documents under include:'
          : problem.message;
      findings.push({ rule: problem.rule, message, at: { file: project, start: 0, end: 0 } });
    } else {
      const file = at.placeholder(problem.path);
      findings.push({ rule: problem.rule, message: problem.message, at: { file, start: 0, end: 0 } });
    }
  }
  return findings;
}
