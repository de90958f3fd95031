"""The buttons the conversation offers, with callback data short enough for Telegram's 64 bytes."""

from __future__ import annotations

import datetime as dt

from coach.models import Unit
from coach.zones import COMMON_ZONES
from handlers.replies import Button

Keyboard = tuple[tuple[Button, ...], ...]

DISTANCE_CHOICES = {Unit.KM: ("3", "5", "8", "10", "15", "21.1"), Unit.MI: ("2", "3", "5", "6.2", "10", "13.1")}
CHECKIN_TIMES = (("Morning 07:00", "07:00"), ("Morning 08:00", "08:00"), ("Morning 09:00", "09:00"), ("Evening 19:00", "19:00"))


def consent() -> Keyboard:
    return ((Button("I agree", "consent:yes"), Button("No thanks", "consent:no")),)


def units() -> Keyboard:
    return ((Button("Kilometres", "units:km"), Button("Miles", "units:mi")),)


def zones() -> Keyboard:
    buttons = [Button(label, f"tz:{key}") for label, key in COMMON_ZONES]
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))


def checkin_times() -> Keyboard:
    buttons = [Button(label, f"time:{value}") for label, value in CHECKIN_TIMES]
    return (tuple(buttons[:2]), tuple(buttons[2:]))


def pain(day: dt.date) -> Keyboard:
    row = [Button(str(n), f"pain:{day.isoformat()}:{n}") for n in range(11)]
    return (tuple(row[:6]), tuple(row[6:]))


def distance(day: dt.date, unit: Unit) -> Keyboard:
    choices = [Button(f"{value} {unit.value}", f"dist:{day.isoformat()}:{value}:{unit.value}") for value in DISTANCE_CHOICES[unit]]
    return ((Button("Rest day", f"dist:{day.isoformat()}:0:{unit.value}"),), tuple(choices[:3]), tuple(choices[3:]))


def confirm_big(day: dt.date, km: float) -> Keyboard:
    return ((Button("Yes, save it", f"big:{day.isoformat()}:{km:.3f}"), Button("No", "big:no")),)


def settings() -> Keyboard:
    return (
        (Button("Units", "set:units"), Button("Time zone", "set:tz")),
        (Button("Check-in time", "set:time"), Button("Quiet hours", "set:quiet")),
        (Button("Usual run time", "set:run"), Button("Weekly summary", "set:summary")),
    )


def confirm_delete() -> Keyboard:
    return ((Button("Yes, erase everything", "delete:yes"), Button("No, keep it", "delete:no")),)
