"""The daily two questions, the confirmations and the diary read back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from coach.models import Entry, Mode, Unit
from coach.redflags import DiaryNote
from coach.texts.common import day_label, distance_said, distance_text, entry_summary

def ask_pain(mode: Mode) -> str:
    return "How's your lower back this morning, 0-10?" if mode is Mode.MORNING else "How's your lower back now, 0-10?"


def ask_distance(mode: Mode, day: dt.date) -> str:
    if mode is Mode.MORNING:
        return f"How far did you run yesterday ({day_label(day)})? Tap or type a distance."
    return f"How far did you run today ({day_label(day)})? Tap or type a distance."


def reminder() -> str:
    return "Just a gentle reminder, in case you missed it:"


def saved(entry: Entry, unit: Unit) -> str:
    return f"Saved {day_label(entry.date)}: {entry_summary(entry, unit)}."


def change_said(before: Entry | None, after: Entry, unit: Unit) -> str:
    """What one date's save did: new values saved, old ones replaced (said only where something changed),
    distances in the unit the runner typed them in, with theirs in brackets when it differs."""
    if before is None:
        return saved(after, unit)
    changes = []
    if before.pain is not None and before.pain != after.pain:
        changes.append(f"pain {before.pain} → {after.pain}")
    if before.distance_km is not None and before.distance_km != after.distance_km:
        changes.append(f"distance {distance_said(before, unit)} → {distance_said(after, unit)}")
    added = Entry(
        after.date,
        pain=after.pain if before.pain is None else None,
        distance_km=after.distance_km if before.distance_km is None else None,
        distance_value=after.distance_value, distance_unit=after.distance_unit,
    )
    sentences = []
    if changes:
        sentences.append(f"Updated {day_label(after.date)}: {', '.join(changes)}.")
    if entry_summary(added, unit):
        sentences.append(saved(added, unit))
    return " ".join(sentences) or f"Already saved {day_label(after.date)}: {entry_summary(after, unit)}."


def thanks_done() -> str:
    return "Thanks, that's today's diary done."


def confirm_big_distance(km: float, unit: Unit, typed: Unit | None = None) -> str:
    shown = distance_text(km, typed or unit)
    return f"{shown} in one day? That's a long way. Shall I save that message?"


def this_checkin_label() -> str:
    return "This morning's check-in"


def which_day(today: dt.date, this_morning: Iterable[Entry], last_week: dt.date, unit: Unit) -> str:
    """ "mon 2 rest" on a Monday morning: today's run is still to come, so which did the runner mean?"""
    parts = "; ".join(f"{day_label(e.date)}: {entry_summary(e, unit)}" for e in this_morning)
    return (
        f"Today's run ({day_label(today)}) hasn't happened yet. Did you mean this morning's check-in "
        f"({parts}), or last {today:%A}, {day_label(last_week)}?"
    )


def big_distance_dropped() -> str:
    return "OK, nothing from that message was saved. Type it again, e.g. \"3 10km\"."


def undone(changes: Iterable[tuple[dt.date, Entry | None]], unit: Unit) -> str:
    lines = []
    for day, restored in changes:
        if restored is None or (restored.pain is None and restored.distance_km is None):
            lines.append(f"{day_label(day)}: cleared")
        else:
            lines.append(f"{day_label(day)}: back to {entry_summary(restored, unit)}")
    return "Undone. " + "; ".join(lines) + "."


def nothing_to_undo() -> str:
    return "There's nothing to undo."


def history(entries: list[Entry], first: dt.date, last: dt.date, unit: Unit, notes: Iterable[DiaryNote] = ()) -> str:
    """The last days as a table; a day with a warning sign is marked "!" and explained underneath."""
    by_date = {e.date: e for e in entries}
    notes = list(notes)
    warned = {note.date for note in notes if note.warning}
    lines = [f"{'Day':<10} {'Pain':>4}  {'Run':>8}"]
    day = last
    while day >= first:
        entry = by_date.get(day)
        pain = "–" if entry is None or entry.pain is None else str(entry.pain)
        run = distance_text(entry.distance_km if entry else None, unit)
        lines.append(f"{day_label(day):<10} {pain:>4}  {run:>8}" + ("  !" if day in warned else ""))
        day -= dt.timedelta(days=1)
    if notes:
        lines.append("")
        lines += [("! " if n.warning else "  ") + f"{day_label(n.date)}: {n.in_words()}" for n in notes]
    return "\n".join(lines)


def history_empty() -> str:
    return "Nothing logged in the last 14 days yet. Try: 3 8km"
