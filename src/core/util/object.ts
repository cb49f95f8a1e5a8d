/** Safe readers over parsed YAML: own properties only, never the prototype chain. */

export type Plain = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function own(value: unknown, key: string): unknown {
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

export function ownString(value: unknown, key: string): string | undefined {
  const v = own(value, key);
  return typeof v === 'string' ? v : undefined;
}

export function ownNumber(value: unknown, key: string): number | undefined {
  const v = own(value, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function ownArray(value: unknown, key: string): unknown[] {
  const v = own(value, key);
  return Array.isArray(v) ? v : [];
}

/** The strings of an own array property (other items left out). */
export function ownStrings(value: unknown, key: string): string[] {
  return ownArray(value, key).filter((v): v is string => typeof v === 'string');
}

export function ownEntries(value: unknown, key: string): [string, unknown][] {
  const v = own(value, key);
  return isPlainObject(v) ? Object.keys(v).map((k) => [k, v[k]]) : [];
}
