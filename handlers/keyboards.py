"""The buttons the conversation offers; their data is written by handlers/callbacks.py."""

from __future__ import annotations

import datetime as dt
import functools

from coach.models import Unit
from coach.zones import COMMON_ZONES
from handlers.callbacks import (
    ChooseQuiet, ChooseTime, ChooseUnits, ChooseZone, Cleared, Consent, Dismiss, Distance, Feedback, OpenSetting, Pain,
    Screen,
)
from handlers.replies import Button

Keyboard = tuple[tuple[Button, ...], ...]

DISTANCE_CHOICES = {Unit.KM: ("3", "5", "8", "10", "15", "21.1"), Unit.MI: ("2", "3", "5", "6.2", "10", "13.1")}
CHECKIN_TIMES = (("Morning 07:00", dt.time(7)), ("Morning 08:00", dt.time(8)), ("Morning 09:00", dt.time(9)),
                 ("Evening 19:00", dt.time(19)))


def consent(club: str | None = None) -> Keyboard:
    return ((Button("I agree", Consent(True, club).encode()), Button("No thanks", Consent(False).encode())),)


def units() -> Keyboard:
    return ((Button("Kilometres", ChooseUnits(Unit.KM).encode()), Button("Miles", ChooseUnits(Unit.MI).encode())),)


def zones() -> Keyboard:
    buttons = [Button(label, ChooseZone(key).encode()) for label, key in COMMON_ZONES]
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))


def checkin_times() -> Keyboard:
    buttons = [Button(label, ChooseTime(clock).encode()) for label, clock in CHECKIN_TIMES]
    return (tuple(buttons[:2]), tuple(buttons[2:]))


@functools.lru_cache(maxsize=64)
def pain(day: dt.date) -> Keyboard:
    """The same for every runner asked about ``day`` (a minute's sweep asks dozens), so built once."""
    row = [Button(str(n), Pain(day, n).encode()) for n in range(11)]
    return (tuple(row[:6]), tuple(row[6:]))


@functools.lru_cache(maxsize=64)
def distance(day: dt.date, unit: Unit) -> Keyboard:
    choices = [Button(f"{value} {unit.value}", Distance(day, value, unit).encode()) for value in DISTANCE_CHOICES[unit]]
    return ((Button("Rest day", Distance(day, "0", unit).encode()),), tuple(choices[:3]), tuple(choices[3:]))


def quiet_way_out(checkin: dt.time, quiet: tuple[dt.time, dt.time]) -> Keyboard:
    """Two ways out of a check-in inside quiet hours: move the check-in, or move the quiet hours."""
    start, end = quiet
    return ((Button(f"Ask at {checkin:%H:%M}", ChooseTime(checkin).encode()),
             Button(f"Quiet hours {start:%H:%M}-{end:%H:%M}", ChooseQuiet(start, end).encode())),)


def settings() -> Keyboard:
    return (
        (Button("Units", OpenSetting("units").encode()), Button("Time zone", OpenSetting("tz").encode())),
        (Button("Check-in time", OpenSetting("time").encode()), Button("Quiet hours", OpenSetting("quiet").encode())),
        (Button("Usual run time", OpenSetting("run").encode()), Button("Weekly summary", OpenSetting("summary").encode())),
    )


def screen(tier: str) -> Keyboard:
    return ((Button("Yes, one or more", Screen(tier, "yes").encode()), Button("No, none", Screen(tier, "no").encode())),)


def cleared() -> Keyboard:
    return ((Button("A clinician has seen me", Cleared().encode()),),)


def feedback(nudge_id: int) -> Keyboard:
    return ((Button("Helpful", Feedback(nudge_id, True).encode()), Button("Not helpful", Feedback(nudge_id, False).encode())),)


def dismiss(label: str, what: str) -> Button:
    return Button(label, Dismiss(what).encode())  # type: ignore[arg-type]
