"""Reads a calendar with python-icalendar and expands it with python-dateutil.

Usage: ics_expand.py FROM TO < calendar.ics  (FROM, TO: ISO moments with offsets)
Prints JSON: each event's properties as icalendar read them, and every
occurrence starting in [FROM, TO) in UTC, the zone taken from the file's own
VTIMEZONE by dateutil.tz.tzical (not from a zone database).
"""
import io
import json
import sys
from datetime import datetime, timezone

from dateutil import rrule, tz
from icalendar import Calendar

text = sys.stdin.buffer.read()
start, end = (datetime.fromisoformat(a) for a in sys.argv[1:3])
calendar = Calendar.from_ical(text)
zones = {}
vtimezones = [c for c in calendar.walk("VTIMEZONE")]
if vtimezones:
    # tzical reads the transitions only: drop the descriptive lines it does not know.
    lines = "\r\n".join(c.to_ical().decode() for c in vtimezones).splitlines()
    kept = [l for l in lines if not l.startswith(("X-", "LAST-MODIFIED", "TZURL"))]
    ical_tz = tz.tzical(io.StringIO("\r\n".join(kept)))
    zones = {key: ical_tz.get(key) for key in ical_tz.keys()}

events = []
for event in calendar.walk("VEVENT"):
    dtstart = event.decoded("DTSTART")
    tzid = event["DTSTART"].params.get("TZID")
    wall = dtstart.replace(tzinfo=None)
    zone = zones[tzid] if tzid else timezone.utc
    rule = rrule.rrulestr(event["RRULE"].to_ical().decode(), dtstart=wall)
    occurrences = []
    for local in rule:
        moment = local.replace(tzinfo=zone)
        if moment >= end:
            break
        if moment >= start:
            occurrences.append(moment.astimezone(timezone.utc).isoformat())
    events.append(
        {
            "uid": str(event["UID"]),
            "summary": str(event["SUMMARY"]),
            "dtstamp": event.decoded("DTSTAMP").isoformat(),
            "minutes": event.decoded("DURATION").total_seconds() / 60,
            "occurrences": occurrences,
        }
    )
json.dump({"events": events}, sys.stdout)
