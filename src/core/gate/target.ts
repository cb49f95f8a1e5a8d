/**
 * Targets ("<= 200ms", ">= 95%") and the units they may carry. Values are
 * compared in one base unit per dimension: milliseconds for time, bytes for
 * data, a fraction for "%", so a target and a measurement written in
 * different units of the same dimension still meet.
 */

export type Operator = '<=' | '>=' | '<' | '>' | '==' | '!=';
export type Dimension = 'time' | 'data' | 'fraction' | 'none' | 'other';

export interface Target {
  op: Operator;
  /** The number as written. */
  value: number;
  /** The unit as written ('' when none). */
  unit: string;
  dimension: Dimension;
  /** The value in the dimension's base unit (ms, bytes, fraction); the number itself otherwise. */
  base: number;
}

const TIME: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  sec: 1000,
  min: 60_000,
  m: 60_000,
  h: 3_600_000,
};
const DATA: Record<string, number> = { b: 1, kb: 1000, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };

/** The dimension and base factor of a unit, or undefined for a unit of no known dimension. */
export function unitScale(unit: string): { dimension: Dimension; factor: number } | undefined {
  if (unit === '') return { dimension: 'none', factor: 1 };
  if (unit === '%') return { dimension: 'fraction', factor: 0.01 };
  const time = TIME[unit];
  if (time !== undefined) return { dimension: 'time', factor: time };
  const data = DATA[unit.toLowerCase()];
  if (data !== undefined && /^[kKMGmg]?i?B$/.test(unit)) return { dimension: 'data', factor: data };
  return undefined;
}

const TARGET = /^(<=|>=|<|>|==|!=)\s*(-?\d+(?:\.\d+)?)\s*([A-Za-z%/_µ]*)$/;

/** A target as the schema's threshold grammar writes it, or undefined. */
export function parseTarget(text: string): Target | undefined {
  const m = TARGET.exec(text.trim());
  if (!m) return undefined;
  const op = m[1] as Operator;
  const value = Number(m[2]);
  const unit = m[3] ?? '';
  const scale = unitScale(unit);
  return {
    op,
    value,
    unit,
    dimension: scale?.dimension ?? 'other',
    base: scale ? value * scale.factor : value,
  };
}

/** Whether `actual` meets the target; both in the same unit. */
export function meets(actual: number, op: Operator, expected: number): boolean {
  switch (op) {
    case '<=':
      return actual <= expected;
    case '<':
      return actual < expected;
    case '>=':
      return actual >= expected;
    case '>':
      return actual > expected;
    case '==':
      return actual === expected;
    case '!=':
      return actual !== expected;
  }
}

/** A number written plainly (no exponent, no float noise), as k6 and people read it. */
export function plainNumber(n: number): string {
  const rounded = Number(n.toPrecision(12));
  if (Number.isInteger(rounded)) return String(rounded);
  const text = rounded.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}
