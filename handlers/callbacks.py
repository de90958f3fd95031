"""Every button's callback data, written and read in one place, as pairs.

Callback data comes back from the client and proves nothing: ``decode`` turns it into one of the
actions below or ``None`` (a stale or forged button), and never raises. An action here only
*selects* among the presser's own things (a pain score for their own diary, a setting, a club
they are in). Anything that *grants* (joining a club, becoming a coach, sending to members,
removing a member, erasing, sharing, saving a distance that needed a confirm) is a ``Grant``:
a one-time token whose purpose and object live in the database, checked again when pressed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from coach.models import Unit
from coach.zones import resolve_zone

MAX_ID = 2**53
SETTINGS = ("units", "tz", "time", "quiet", "run", "summary")
TIERS = ("S1", "S2", "S3")
TOKEN = re.compile(r"^[A-Za-z0-9_-]{8,40}$")
CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
DISTANCE = re.compile(r"^\d{1,4}(\.\d{1,3})?$")


@dataclass(frozen=True)
class Consent:
    """"I agree" carries the club code the person came with, kept through setting up; it only selects."""

    agreed: bool
    club: str | None = None

    def encode(self) -> str:
        if not self.agreed:
            return "consent:no"
        return f"consent:yes:{self.club}" if self.club else "consent:yes"


@dataclass(frozen=True)
class ChooseUnits:
    unit: Unit

    def encode(self) -> str:
        return f"units:{self.unit.value}"


@dataclass(frozen=True)
class ChooseZone:
    key: str

    def encode(self) -> str:
        return f"tz:{self.key}"


@dataclass(frozen=True)
class ChooseTime:
    clock: dt.time

    def encode(self) -> str:
        return f"time:{self.clock:%H:%M}"


@dataclass(frozen=True)
class ChooseQuiet:
    start: dt.time
    end: dt.time

    def encode(self) -> str:
        return f"quiet:{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class OpenSetting:
    what: str

    def encode(self) -> str:
        return f"set:{self.what}"


@dataclass(frozen=True)
class Pain:
    day: dt.date
    pain: int

    def encode(self) -> str:
        return f"pain:{self.day.isoformat()}:{self.pain}"


@dataclass(frozen=True)
class Distance:
    day: dt.date
    value: str
    unit: Unit

    def encode(self) -> str:
        return f"dist:{self.day.isoformat()}:{self.value}:{self.unit.value}"


@dataclass(frozen=True)
class Screen:
    tier: str
    answer: Literal["yes", "no"]

    def encode(self) -> str:
        return f"flag:{self.tier}:{self.answer}"


@dataclass(frozen=True)
class Cleared:
    """"A clinician has seen me": it only lifts the runner's own coaching hold."""

    def encode(self) -> str:
        return "flag:cleared"


@dataclass(frozen=True)
class Feedback:
    nudge_id: int
    helpful: bool

    def encode(self) -> str:
        return f"fb:{self.nudge_id}:{int(self.helpful)}"


@dataclass(frozen=True)
class Leave:
    club_id: int

    def encode(self) -> str:
        return f"leave:{self.club_id}"


@dataclass(frozen=True)
class Dismiss:
    """A "No" or "Cancel" that changes nothing but the words in the reply."""

    what: Literal["join", "erase", "save"]

    def encode(self) -> str:
        return f"no:{self.what}"


@dataclass(frozen=True)
class Grant:
    token: str

    def encode(self) -> str:
        return f"g:{self.token}"


Action = (
    Consent | ChooseUnits | ChooseZone | ChooseTime | ChooseQuiet | OpenSetting | Pain | Distance | Screen | Cleared
    | Feedback | Leave | Dismiss | Grant
)


def decode(data: object) -> Action | None:
    """The action a button's data stands for, or None when it is not one Lumbar could have sent."""
    if not isinstance(data, str) or not 0 < len(data.encode("utf-8", "replace")) <= 64:
        return None
    kind, _, rest = data.partition(":")
    reader = _READERS.get(kind)
    if reader is None:
        return None
    try:
        return reader(rest)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None


def _consent(rest: str) -> Consent | None:
    answer, _, club = rest.partition(":")
    if answer == "yes" and re.fullmatch(r"[A-Z0-9]{4,16}", club):
        return Consent(True, club)
    return {"yes": Consent(True), "no": Consent(False)}.get(rest)


def _units(rest: str) -> ChooseUnits:
    return ChooseUnits(Unit(rest))


def _zone(rest: str) -> ChooseZone | None:
    key = resolve_zone(rest)
    return ChooseZone(key) if key is not None and key == rest else None


def _time(rest: str) -> ChooseTime | None:
    match = CLOCK.match(rest)
    return ChooseTime(dt.time(int(match[1]), int(match[2]))) if match else None


def _quiet(rest: str) -> ChooseQuiet | None:
    start, end = (_time(part) for part in rest.split("-"))
    return ChooseQuiet(start.clock, end.clock) if start and end else None


def _setting(rest: str) -> OpenSetting | None:
    return OpenSetting(rest) if rest in SETTINGS else None


def _date(text: str) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def _pain(rest: str) -> Pain | None:
    day, value = rest.split(":")
    if not re.fullmatch(r"\d{1,2}", value) or int(value) > 10:
        return None
    return Pain(_date(day), int(value))


def _distance(rest: str) -> Distance | None:
    day, value, unit = rest.split(":")
    return Distance(_date(day), value, Unit(unit)) if DISTANCE.match(value) else None


def _flag(rest: str) -> Screen | Cleared | None:
    if rest == "cleared":
        return Cleared()
    tier, answer = rest.split(":")
    return Screen(tier, answer) if tier in TIERS and answer in ("yes", "no") else None


def _number(text: str) -> int:
    if not re.fullmatch(r"\d{1,16}", text) or not 0 < int(text) < MAX_ID:
        raise ValueError(text)
    return int(text)


def _feedback(rest: str) -> Feedback | None:
    nudge_id, helpful = rest.split(":")
    return Feedback(_number(nudge_id), helpful == "1") if helpful in ("0", "1") else None


def _leave(rest: str) -> Leave:
    return Leave(_number(rest))


def _dismiss(rest: str) -> Dismiss | None:
    return Dismiss(rest) if rest in ("join", "erase", "save") else None  # type: ignore[arg-type]


def _grant(rest: str) -> Grant | None:
    return Grant(rest) if TOKEN.match(rest) else None


_READERS = {
    "consent": _consent,
    "units": _units,
    "tz": _zone,
    "time": _time,
    "quiet": _quiet,
    "set": _setting,
    "pain": _pain,
    "dist": _distance,
    "flag": _flag,
    "fb": _feedback,
    "leave": _leave,
    "no": _dismiss,
    "g": _grant,
}
