/**
 * The VTIMEZONE of a zone, from timezones-ical-library: the zone's current
 * rules as RFC 5545 STANDARD/DAYLIGHT parts with their yearly transitions,
 * kept up to date with the IANA database by that package.
 */
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

export interface VTimezone {
  /** The zone's canonical name, which DTSTART;TZID= must quote ("Asia/Calcutta" → "Asia/Kolkata"). */
  tzid: string;
  lines: string[];
}

let known: Set<string> | undefined;

/** The zone's VTIMEZONE, or undefined when the package has no data for it. */
export function vtimezone(zone: string): VTimezone | undefined {
  known ??= new Set(tzlib_get_timezones() as string[]);
  // Asked for a zone it does not know, the package writes to the console: ask only for known ones.
  if (!known.has(zone)) return undefined;
  const block = tzlib_get_ical_block(zone, false);
  const text = Array.isArray(block) ? block[0] : undefined;
  if (text === undefined || !text.startsWith('BEGIN:VTIMEZONE')) return undefined;
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  const tzid = lines.find((l) => l.startsWith('TZID:'))?.slice('TZID:'.length);
  return tzid === undefined ? undefined : { tzid, lines };
}
