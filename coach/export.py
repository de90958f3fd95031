"""The runner's whole diary as CSV text: every field they gave, units in the header.

Dates are the runner's own diary days (already local to their time zone), ISO 8601. An unknown
field is an empty cell, never 0: only a logged rest day has distance 0 and ``rest_day`` "yes".
Distances are stored in km; both km and miles are written so the file reads the same whatever
unit the runner chose. Typed text is kept as typed (the csv module quotes commas, quotes and
line breaks), except that a cell starting with "=", "+", "-", "@", a tab or a carriage return
gets a leading "'", so a spreadsheet shows it as text instead of running it as a formula
(OWASP's CSV injection rule). Only this file does so; the JSON export keeps the words exactly.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping

from coach.models import KM_PER_MILE, Entry, Unit

CSV_COLUMNS = (
    "date",  # YYYY-MM-DD, the runner's local diary day
    "pain_0_10",  # low back pain, 0 (none) to 10 (worst), as rated that day
    "distance_km",
    "distance_mi",
    "rest_day",  # yes (logged 0 km), no (ran), empty (distance unknown)
    "typed_text",  # what the runner typed for that day, if stored
)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    """A cell a spreadsheet would read as a formula, made plain text by a leading apostrophe."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _number(value: float) -> str:
    """Up to 3 decimals (the precision distances are stored at), no trailing zeros."""
    text = f"{round(value, 3) + 0.0:.3f}".rstrip("0").rstrip(".")
    return text or "0"


def diary_csv(entries: Iterable[Entry] | Mapping[dt.date, Entry], unit: Unit) -> str:
    """One row per date with any data, oldest first, under a header row naming the units.

    ``unit`` is the runner's setting. Both distance columns are always written; the one in the
    runner's unit is the value they typed (miles are converted back from the stored km and
    rounded to 3 decimals, which recovers what was typed), the other is the conversion.
    """
    if not isinstance(unit, Unit):
        raise TypeError(f"unit must be a Unit, not {unit!r}")
    rows = entries.values() if isinstance(entries, Mapping) else entries
    by_date = {entry.date: entry for entry in rows}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for day in sorted(by_date):
        entry = by_date[day]
        has_text = entry.text is not None and entry.text != ""
        if entry.pain is None and entry.distance_km is None and not has_text:
            continue
        km = entry.distance_km
        writer.writerow(
            (
                day.isoformat(),
                "" if entry.pain is None else str(entry.pain),
                "" if km is None else _number(km),
                "" if km is None else _number(km / KM_PER_MILE),
                "" if km is None else ("yes" if km == 0 else "no"),
                neutralised(entry.text) if has_text else "",
            )
        )
    return out.getvalue()
