/**
 * Model values as plain data to compare: where a thing is written (locations,
 * section headings, the spelling of a frequency) drops out, references become
 * their ids, and lists of references become sorted sets.
 */

/** Keys that say where or how something is written, or that are derived from another field. */
const SKIP = new Set(['loc', 'section', 'responseMinutes', 'durationMinutes', 'frequencyText']);

const HOLDER_KINDS = new Set(['single', 'joint', 'list', 'none']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A reference as the model keeps it: { id, loc } and nothing else. */
function isRef(v: unknown): v is { id: string } {
  if (!isObject(v) || typeof v.id !== 'string') return false;
  const keys = Object.keys(v);
  return keys.length === 2 && 'loc' in v;
}

function refIds(refs: unknown): string[] {
  return Array.isArray(refs) ? refs.filter(isRef).map((r) => r.id) : [];
}

/** "performance", "joint: performance, qa", "none" — one holder of a duty or a stage. */
export function holderText(h: unknown): string | undefined {
  if (!isObject(h) || typeof h.kind !== 'string' || !HOLDER_KINDS.has(h.kind)) return undefined;
  switch (h.kind) {
    case 'single':
      return isRef(h.ref) ? h.ref.id : undefined;
    case 'joint':
      return `joint: ${refIds(h.refs).sort().join(', ')}`;
    case 'list':
      return refIds(h.refs).sort().join(', ');
    default:
      return 'none';
  }
}

/** The ids a holder names. */
export function holderIds(h: unknown): string[] {
  if (!isObject(h)) return [];
  if (isRef(h.ref)) return [h.ref.id];
  return refIds(h.refs);
}

/** A gate criterion as one line: its text, or "metric target". */
export function criterionText(c: unknown): string | undefined {
  if (typeof c === 'string') return c;
  if (!isObject(c)) return undefined;
  if (c.kind === 'text' && typeof c.text === 'string') return c.text;
  const metric = isRef(c.metric) ? c.metric.id : typeof c.metric === 'string' ? c.metric : undefined;
  const target = typeof c.target === 'string' || typeof c.target === 'number' ? String(c.target) : undefined;
  if (metric === undefined) return undefined;
  return target === undefined ? metric : `${metric} ${target}`;
}

/** Any model value as plain JSON data (undefined for nothing). */
export function plain(v: unknown): unknown {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object') return v;
  if (isRef(v)) return v.id;
  if (Array.isArray(v)) {
    if (v.length > 0 && v.every(isRef)) return v.map((r) => r.id).sort();
    // Pairs read from a YAML map (a stage's practices): a map again, whose key order means nothing.
    if (v.length > 0 && v.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string'))
      return plain(
        Object.fromEntries([...(v as [string, unknown][])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))),
      );
    return v.map(plain).filter((x) => x !== undefined);
  }
  if (v instanceof Map)
    return plain(Object.fromEntries([...(v as Map<string, unknown>)].sort((a, b) => (a[0] < b[0] ? -1 : 1))));
  if (!isObject(v)) return undefined;
  const holder = holderText(v);
  if (holder !== undefined) return holder;
  const out: Record<string, unknown> = {};
  // Readers build every object with its keys in one fixed order, whatever the YAML's order.
  for (const key of Object.keys(v)) {
    if (SKIP.has(key)) continue;
    const value = plain(v[key]);
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

/**
 * An entity's fields, nested objects flattened to dotted keys ("handles.github")
 * so that a change names the one value that changed. Lists stay whole.
 */
export function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (isObject(value) && !Array.isArray(value)) {
    for (const key of Object.keys(value)) flatten(value[key], prefix === '' ? key : `${prefix}.${key}`, out);
  } else if (value !== undefined && prefix !== '') out[prefix] = value;
  return out;
}

/** Deep equality of plain data (both sides come from the same readers, so keys are in the same order). */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
