import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDuration, checkResponseTime } from '../src/core/init/checks.js';
import { DURATION_PATTERN, RESPONSE_TIME_PATTERN, formatMinutes, parseMinutes } from '../src/core/util/durations.js';
import { ROOT } from './helpers/run.js';

const defs = (file: string) =>
  (JSON.parse(readFileSync(path.join(ROOT, 'schemas', file), 'utf8')) as { $defs: Record<string, { pattern: string }> })
    .$defs;

describe('one duration grammar', () => {
  it('the published schemas use the very patterns the code reads amounts with', () => {
    expect(defs('cadence.schema.json').duration?.pattern).toBe(DURATION_PATTERN);
    expect(defs('escalation-matrix.schema.json').responseTime?.pattern).toBe(RESPONSE_TIME_PATTERN);
  });

  it('reads single and combined amounts, largest unit first', () => {
    const cases: [string, number | undefined][] = [
      ['15min', 15],
      ['15_minutes', 15],
      ['45 minutes', 45],
      ['2h', 120],
      ['1hour', 60],
      ['1.5h', 90],
      ['1h30m', 90],
      ['1h 30min', 90],
      ['1 hour 30 minutes', 90],
      ['1d2h', 1560],
      ['90s', 1.5],
      ['immediate', 0],
      ['15', undefined],
      ['30m1h', undefined],
      ['1h1h', undefined],
      ['1h ', undefined],
      ['1h 30', undefined],
      ['', undefined],
    ];
    for (const [text, minutes] of cases) expect(parseMinutes(text), text).toBe(minutes);
  });

  it('the schema pattern accepts exactly what parseMinutes reads', () => {
    const ajv = new Ajv2020({ strict: false });
    const duration = ajv.compile({ type: 'string', pattern: DURATION_PATTERN });
    const response = ajv.compile({ type: 'string', pattern: RESPONSE_TIME_PATTERN });
    const word = fc.constantFrom('', ' ', '_', '1', '15', '.5', 'h', 'hour', 'm', 'min', 'minutes', 's', 'd', 'x');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        const read = parseMinutes(text);
        expect(response(text), text).toBe(read !== undefined);
        expect(duration(text), text).toBe(read !== undefined && text !== 'immediate');
      }),
      { numRuns: 2000 },
    );
  });

  it('shows one rounding, whole minutes, and reads back what it shows', () => {
    expect([7.5, 22.5, 45, 90, 135, 548.4].map(formatMinutes)).toEqual([
      '8min',
      '23min',
      '45min',
      '1h 30min',
      '2h 15min',
      '9h 8min',
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        expect(parseMinutes(formatMinutes(n))).toBe(n);
      }),
    );
  });

  it('init takes the same amounts and says when a unit is missing', () => {
    expect(checkDuration('1h30m')).toBe(true);
    expect(checkResponseTime('1h30m')).toBe(true);
    expect(checkResponseTime('15')).toBe('15 has no unit: add one, as in 15min or 15h');
    expect(checkDuration('30')).toBe('30 has no unit: add one, as in 30min or 30h');
  });
});
