/** IANA time zone names as the runtime knows them, and the nearest ones to a misspelt name. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_DIR } from '../paths.js';
import { nearest, normalizeId } from './suggest.js';

let zones: readonly string[] | undefined;

/** The canonical zone names of the runtime's time zone database. */
export function timeZoneNames(): readonly string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

let listed: ReadonlySet<string> | undefined;

/** The zones the runtime listed when perfcoord was built (generated/timezones.json; none when absent). */
function listedAtBuild(): ReadonlySet<string> {
  if (!listed) {
    try {
      const names = JSON.parse(readFileSync(path.join(GENERATED_DIR, 'timezones.json'), 'utf8')) as unknown;
      listed = new Set(Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : []);
    } catch {
      listed = new Set();
    }
  }
  return listed;
}

/** True for a zone the runtime knows, canonical ("Europe/Kyiv") or an alias ("Europe/Kiev", "UTC"). */
export function isTimeZone(name: string): boolean {
  // The names listed at build time answer at once: asking the runtime for its list costs a small
  // project's run about 13 ms, and a formatter (for aliases) about 15 ms, both to load the zone
  // data. Time zone names are only ever added to the database (a renamed zone stays an alias).
  if (listedAtBuild().has(name)) return true;
  if (timeZoneNames().includes(name)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Zones close to a misspelt name: by edit distance over the whole name
 * ("Europe/Berln"), else by the city alone ("Berlin" → "Europe/Berlin").
 */
export function nearestTimeZones(name: string): string[] {
  const all = timeZoneNames();
  const whole = nearest(name, all);
  if (whole.length > 0) return whole;
  const city = normalizeId(name.slice(name.lastIndexOf('/') + 1));
  if (city === '') return [];
  const exact = all.filter((z) => normalizeId(z.slice(z.lastIndexOf('/') + 1)) === city);
  if (exact.length > 0) return exact.slice(0, 3);
  const byCity = new Map(all.map((z) => [z.slice(z.lastIndexOf('/') + 1), z]));
  return nearest(city, byCity.keys()).flatMap((c) => {
    const zone = byCity.get(c);
    return zone === undefined ? [] : [zone];
  });
}
