"""Plain data shared by storage, the conversation core and the channels."""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class Unit(str, Enum):
    KM = "km"
    MI = "mi"


class Mode(str, Enum):
    """When the daily question comes: a morning rating is what the pain-monitoring model needs."""

    MORNING = "morning"
    EVENING = "evening"


class SetupStep(str, Enum):
    """The sign-up question a new runner has still to answer."""

    UNITS = "units"
    ZONE = "tz"
    TIME = "time"


class Awaiting(str, Enum):
    """What the runner's next typed message is read as, beside symptoms which are always read first."""

    PAIN = "pain"
    DISTANCE = "distance"
    ZONE = "tz"
    TIME = "time"
    QUIET = "quiet"
    RUN = "run"
    SUMMARY = "summary"


SETTING_STEPS = frozenset({Awaiting.ZONE, Awaiting.TIME, Awaiting.QUIET, Awaiting.RUN, Awaiting.SUMMARY})

KM_PER_MILE = 1.609344


@dataclass(frozen=True)
class Runner:
    id: int
    channel: str
    chat_id: str
    units: Unit = Unit.KM
    tz: str = "UTC"
    checkin_time: dt.time = dt.time(8, 0)
    mode: Mode = Mode.MORNING
    quiet_start: dt.time = dt.time(21, 30)
    quiet_end: dt.time = dt.time(7, 0)
    paused: bool = False
    paused_until: dt.date | None = None
    active: bool = True
    unreachable: bool = False
    consented_at: dt.datetime | None = None
    onboarding_step: SetupStep | None = None
    awaiting: Awaiting | None = None
    awaiting_date: dt.date | None = None
    nudges_muted_until: dt.date | None = None
    safety_hold_since: dt.datetime | None = None
    screen_step: str | None = None
    screen_reason: str | None = None
    screen_asked_on: dt.date | None = None
    rescreen_on: dt.date | None = None
    run_time: dt.time | None = None
    summary_day: int = 6
    summary_time: dt.time = dt.time(18, 0)
    pending_club: str | None = None

    def is_paused(self, day: dt.date) -> bool:
        """A pause with no end date lasts until /resume; a dated one ends on the morning of ``paused_until``."""
        return self.paused and (self.paused_until is None or day < self.paused_until)


@dataclass(frozen=True)
class Entry:
    """One diary day. Pain and distance are independent: either may be unknown (None)."""

    date: dt.date
    pain: int | None = None
    distance_km: float | None = None
    text: str | None = None
    distance_value: float | None = None
    distance_unit: Unit | None = None

    def distance_in(self, unit: Unit) -> float | None:
        """The distance in ``unit``: exactly as typed when the runner used that unit, converted otherwise."""
        if self.distance_km is None:
            return None
        if self.distance_unit is unit and self.distance_value is not None:
            return self.distance_value
        return self.distance_km / KM_PER_MILE if unit is Unit.MI else self.distance_km


def in_order_sum(values: Iterable[float]) -> float:
    """Distances added up left to right from 0.0, on every Python: from 3.12 on, sum() adds floats more
    exactly, which moves a figure on a rounding edge of the one decimal shown (four weeks of 104.6 km read
    as a 26.1 km average on 3.11, which the tests run, and 26.2 km on the image's 3.12)."""
    return functools.reduce(operator.add, values, 0.0)


def distances_in(entries: Iterable[Entry | None], unit: Unit) -> list[float | None]:
    """Entry.distance_in(unit) of each entry, None for a missing one: the same rule without a
    method call a day, for a summary that reads eight weeks of days for each of many runners."""
    miles = unit is Unit.MI
    return [
        None if entry is None or entry.distance_km is None
        else entry.distance_value if entry.distance_unit is unit and entry.distance_value is not None
        else entry.distance_km / KM_PER_MILE if miles
        else entry.distance_km
        for entry in entries
    ]
