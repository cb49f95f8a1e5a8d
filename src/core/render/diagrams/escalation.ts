import type { EscalationMatrix } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { Flowchart, fewOf, shorten } from '../mermaid.js';
import { words } from '../words.js';

/** Characters a line of a level's box keeps; the runbook below has every level in full. */
const LINE = 64;

const CLASSES: Record<string, string> = {
  pcLevel1: 'fill:#fffde7,stroke:#f9a825',
  pcLevel2: 'fill:#fff3e0,stroke:#ef6c00',
  pcLevel3: 'fill:#fdecea,stroke:#c62828',
  pcLevel4: 'fill:#c62828,stroke:#7f0000,color:#ffffff',
};

export function sortedLevels(matrix: EscalationMatrix): EscalationMatrix['levels'] {
  return [...matrix.levels].sort((a, b) => a.level - b.level);
}

/** The ladder: one step a level, with its trigger, how fast, who and where. */
export function renderEscalation(ctx: RenderContext, matrix: EscalationMatrix): string {
  const { names } = ctx;
  const chart = new Flowchart('TD', {
    title: matrix.title ?? matrix.id,
    ...(matrix.description !== undefined ? { description: matrix.description } : {}),
  });
  const levels = sortedLevels(matrix);
  levels.forEach((level, i) => {
    const head = `Level ${level.level}${level.name !== undefined ? `: ${words(level.name)}` : ''}${level.responseTime !== undefined ? ` · ${names.responseTime(level)}` : ''}`;
    const channel = level.channel ?? matrix.channel;
    chart.node(
      `level:${i}`,
      [
        head,
        words(level.trigger),
        level.responders.length > 0
          ? fewOf(
              level.responders.map((r) => names.party(r.id)),
              LINE,
            )
          : undefined,
        channel ? `via ${names.channel(channel)}` : undefined,
      ].map((l) => (l === undefined ? undefined : shorten(l, LINE))),
      'box',
      `pcLevel${Math.min(i + 1, 4)}`,
    );
    if (i > 0) chart.edge(`level:${i - 1}`, `level:${i}`, 'escalate');
  });
  if (levels.length === 0) chart.node('empty', ['no levels declared']);
  return chart.build(CLASSES);
}
