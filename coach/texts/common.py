"""Small pieces every feature's sentences are built from: dates, distances, a diary day in words."""

from __future__ import annotations

import datetime as dt
import functools

from coach.models import KM_PER_MILE, Entry, Unit

NOT_A_DOCTOR = "I'm a diary, not a doctor: if the pain worries you, see a professional."


@functools.lru_cache(maxsize=1024)
def day_label(day: dt.date) -> str:
    """A date as "Mon 30 Nov". Cached: strftime costs more than the rest of a summary's
    sentences, and a Sunday's summaries all name the same two days."""
    return day.strftime("%a ") + str(day.day) + day.strftime(" %b")


def distance_text(km: float | None, unit: Unit) -> str:
    if km is None:
        return "–"
    if km == 0:
        return "rest"
    value = km / KM_PER_MILE if unit is Unit.MI else km
    return f"{value:.1f} {unit.value}"


def distance_value_text(value: float, unit: Unit) -> str:
    """A distance already in ``unit`` (as typed, or a sum of such), one decimal."""
    return f"{value:.1f} {_UNIT_WORDS[unit]}"


# "km", "mi": looked up, as Unit.value is a property that costs several times more, and a weekly
# summary writes some eight distances for each runner.
_UNIT_WORDS = {unit: unit.value for unit in Unit}


def distance_said(entry: Entry, unit: Unit) -> str:
    """An entry's distance in the unit it was typed in, with the runner's own unit in brackets when
    they differ: "5.0 mi (8.0 km)"; "rest" for a rest day."""
    if entry.distance_km is None:
        return "–"
    if entry.distance_km == 0:
        return "rest"
    typed = entry.distance_unit
    if typed is None or typed is unit:
        return distance_value_text(entry.distance_in(unit), unit)
    return f"{distance_value_text(entry.distance_in(typed), typed)} ({distance_value_text(entry.distance_in(unit), unit)})"


def entry_summary(entry: Entry, unit: Unit) -> str:
    parts = []
    if entry.pain is not None:
        parts.append(f"pain {entry.pain}")
    if entry.distance_km is not None:
        parts.append("rest day" if entry.distance_km == 0 else f"ran {distance_said(entry, unit)}")
    return ", ".join(parts)
