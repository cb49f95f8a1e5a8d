import type { NodeInfo } from '../../src/core/load/node-info.js';

/** Where two position trees differ: key and value starts, entry by entry. */
export function compareStarts(a: NodeInfo, b: NodeInfo, at: string): string[] {
  const out: string[] = [];
  if (a.start !== b.start) out.push(`${at}: starts at ${a.start}, not ${b.start}`);
  if ((a.entries?.size ?? 0) !== (b.entries?.size ?? 0))
    out.push(`${at}: ${a.entries?.size ?? 0} entries, not ${b.entries?.size ?? 0}`);
  for (const [key, entry] of a.entries ?? []) {
    const other = b.entries?.get(key);
    if (!other) {
      out.push(`${at}/${key}: missing`);
      continue;
    }
    if (entry.keyStart !== other.keyStart) out.push(`${at}/${key}: key at ${entry.keyStart}, not ${other.keyStart}`);
    if (entry.valueStart !== other.valueStart)
      out.push(`${at}/${key}: value at ${entry.valueStart}, not ${other.valueStart}`);
    out.push(...compareStarts(entry.node, other.node, `${at}/${key}`));
  }
  return out;
}
