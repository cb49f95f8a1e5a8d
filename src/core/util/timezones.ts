/** IANA time zone names as the runtime knows them, and the nearest ones to a misspelt name. */
import { nearest, normalizeId } from './suggest.js';

let zones: readonly string[] | undefined;

/** The canonical zone names of the runtime's time zone database. */
export function timeZoneNames(): readonly string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

/** True for a zone the runtime knows, canonical ("Europe/Kyiv") or an alias ("Europe/Kiev", "UTC"). */
export function isTimeZone(name: string): boolean {
  // The list answers for the usual names in about 2 ms; a formatter (for aliases) loads the
  // zone data, about 15 ms of a small project's run.
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
