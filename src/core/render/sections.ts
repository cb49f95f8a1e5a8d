import type { Section } from '../model/types.js';

export interface SectionGroup<T> {
  section: Section;
  /** The section's title, or the fallback when the document has none. */
  title: string;
  items: T[];
}

/**
 * Items grouped under the document they were declared in, in the order the
 * documents were loaded (the project's file order, so the same every run).
 */
export function bySection<T extends { section: Section }>(items: readonly T[], fallback: string): SectionGroup<T>[] {
  const groups = new Map<string, SectionGroup<T>>();
  for (const item of items) {
    let group = groups.get(item.section.key);
    if (!group) {
      group = { section: item.section, title: item.section.title ?? fallback, items: [] };
      groups.set(item.section.key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}
