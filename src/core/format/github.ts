import { safeText } from './color.js';
import type { Formatter } from './context.js';

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
// Other control characters (an escape sequence in a file name) are shown as text, never passed on.
export const escapeData = (s: string) => safeText(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Workflow-command annotations that GitHub Actions shows on the pull request. */
export const github: Formatter = (diagnostics) =>
  diagnostics
    .map((d) => {
      const props = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.col + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.col + 1}`,
        `title=${escapeProperty(`perfcoord ${d.rule}`)}`,
      ];
      return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`;
    })
    .join('');
