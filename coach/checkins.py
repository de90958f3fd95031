"""Which diary dates a check-in answer belongs to.

The diary keeps, per date, the pain felt that day and the distance run that day. A morning
check-in asks about this morning's back and yesterday's run, because morning pain is the
"settled by next morning" signal of the pain-monitoring model (Silbernagel 2007; see
shared/research/clinical-rules.md section 1). An evening check-in asks about today for both.
A date the runner names ("mon 3 0") puts both answers on that date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coach.models import Mode, Unit

ONE_DAY = dt.timedelta(days=1)
ONE_WEEK = dt.timedelta(days=7)


@dataclass(frozen=True)
class Placement:
    date: dt.date
    pain: int | None = None
    distance_km: float | None = None
    distance_value: float | None = None
    distance_unit: Unit | None = None


def distance_date(mode: Mode, day: dt.date) -> dt.date:
    """The date whose run is asked about on a check-in made on ``day``."""
    return day - ONE_DAY if mode is Mode.MORNING else day


def place(
    *, pain: int | None, distance_km: float | None, named_date: dt.date | None, mode: Mode, today: dt.date,
    distance_value: float | None = None, distance_unit: Unit | None = None,
) -> list[Placement]:
    """Split one answer into per-date placements, merged when both land on the same date."""
    typed = dict(distance_value=distance_value, distance_unit=distance_unit) if distance_km is not None else {}
    if named_date is not None:
        return [Placement(named_date, pain, distance_km, **typed)]
    placements: dict[dt.date, Placement] = {}
    if pain is not None:
        placements[today] = Placement(today, pain=pain)
    if distance_km is not None:
        day = distance_date(mode, today)
        existing = placements.get(day, Placement(day))
        placements[day] = Placement(day, existing.pain, distance_km, **typed)
    return sorted(placements.values(), key=lambda p: p.date, reverse=True)


def within_backfill(day: dt.date, today: dt.date, backfill_days: int) -> bool:
    return today - dt.timedelta(days=backfill_days) <= day <= today


def run_not_yet(named: dt.date, mode: Mode, today: dt.date) -> bool:
    """Today named by its weekday ("mon" on a Monday) with a distance, when today's run is only asked
    about tomorrow (the morning check-in): today's entry cannot hold that answer yet."""
    return named == today and distance_date(mode, today) != today
