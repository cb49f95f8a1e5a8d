import type { Channel } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { PAGES } from '../layout.js';
import { code, md } from '../markdown.js';
import { bySection } from '../sections.js';
import { sentence } from '../words.js';
import { finish, mdList, newPage, prose } from './common.js';
import type { PageOut } from './common.js';

/** Channels with what they are for and who uses them; the notification triggers. */
export function renderChannelsPage(ctx: RenderContext): PageOut | undefined {
  const { model, names, index } = ctx;
  if (model.channels.length === 0 && model.triggers.length === 0) return undefined;
  const { title, file } = PAGES.channels;
  const page = newPage(ctx, title);

  for (const group of bySection(model.channels, 'Channels')) {
    page.section(group.title);
    page.text(group.section.description);
    page.table(
      ['Channel', 'Kind', 'Purpose', 'Used by'],
      group.items.map((channel) => [
        code(channel.address, true),
        [channel.type, channel.usage]
          .filter((v): v is string => v !== undefined)
          .map((v) => prose(v))
          .join(', '),
        prose(channel.purpose),
        mdList(usersOf(ctx, channel)),
      ]),
    );
  }

  if (model.triggers.length > 0) {
    page.section('Notification triggers');
    page.table(
      ['Event', 'Action', 'Channel', 'Escalation'],
      model.triggers.map((t) => {
        const matrix = t.escalation ? index.matrices.get(t.escalation.id) : undefined;
        const escalation = t.escalation
          ? `${matrix?.title ?? t.escalation.id}${t.level === undefined ? '' : `, level ${t.level}`}`
          : '';
        return [
          md(sentence(t.event)),
          prose(t.action),
          t.channel ? code(names.channel(t.channel), true) : '',
          md(escalation),
        ];
      }),
    );
  }
  return finish(page, file, title, 'the channels, what each is for and who uses it, and the notification triggers');
}

/** Teams, meetings and escalation matrices that name a channel. */
function usersOf(ctx: RenderContext, channel: Channel): string[] {
  const { model, names } = ctx;
  const uses = (ref: { id: string } | undefined) => ref?.id === channel.id;
  return [
    ...model.teams.filter((t) => uses(t.channel)).map((t) => t.name),
    ...model.meetings.filter((m) => uses(m.channel)).map((m) => names.meeting(m)),
    ...model.matrices
      .filter((m) => uses(m.channel) || m.levels.some((l) => uses(l.channel)))
      .map((m) => m.title ?? m.id),
  ];
}
