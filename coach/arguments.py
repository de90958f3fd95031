"""Reading what a runner typed after a command: one function per kind, each a value or a ``Refusal``.

Command arguments are client input like callback data: nothing here raises, whatever the text,
and every number and date is bounded so nothing downstream meets the calendar's edges.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from coach.messages import utf16_len
from coach.zones import parse_clock_time

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_ARGUMENT = 4000
REMIND_AHEAD = dt.timedelta(days=366)


@dataclass(frozen=True)
class Refusal:
    """The arguments can't be read; the caller answers with its usage line."""

    reason: str = ""


def _words(args: str) -> list[str]:
    return args[:MAX_ARGUMENT].lower().split() if isinstance(args, str) else []


def _days(word: str, limit: int) -> int | None:
    """"7", "7d", "7days": a whole number of days from 1 to ``limit``."""
    digits = re.fullmatch(r"(\d{1,4})\s*(?:d|day|days)?", word)
    if digits is None or not 1 <= int(digits[1]) <= limit:
        return None
    return int(digits[1])


def pause_days(args: str, limit: int) -> int | Refusal:
    """``/pause`` (0: until /resume) or ``/pause 7``."""
    words = _words(args)
    if not words:
        return 0
    days = _days("".join(words), limit)
    return days if days is not None else Refusal("days")


@dataclass(frozen=True)
class Mute:
    days: int | None  # None: /nudges on


def mute(args: str, default_days: int, limit: int) -> Mute | Refusal | None:
    """``/nudges on``, ``/nudges off``, ``/nudges off 7d``; None for a bare ``/nudges`` (show the state)."""
    words = _words(args)
    if not words:
        return None
    if words == ["on"]:
        return Mute(None)
    if words[0] != "off" or len(words) > 3:
        return Refusal("usage")
    if len(words) == 1:
        return Mute(default_days)
    days = _days("".join(words[1:]), limit)
    return Mute(days) if days is not None else Refusal("days")


@dataclass(frozen=True)
class SummaryChoice:
    last_week: bool
    weeks: int


def summary(args: str) -> SummaryChoice | Refusal:
    """``/summary``, ``/summary last``, ``/summary 8`` (an 8-week chart), or both."""
    last, weeks = False, 4
    for word in _words(args):
        if word == "last":
            last = True
        elif word.rstrip("w") in ("4", "8"):
            weeks = int(word.rstrip("w"))
        else:
            return Refusal("usage")
    return SummaryChoice(last, weeks)


def export_format(args: str) -> str | Refusal:
    words = _words(args)
    if not words:
        return "files"
    return words[0] if words in (["pdf"], ["csv"], ["json"]) else Refusal("usage")


@dataclass(frozen=True)
class ReminderRule:
    """Weekly on ``weekday`` (Monday 0), or once on ``on_date``, at ``time`` in the club's zone."""

    weekday: int | None
    on_date: dt.date | None
    time: dt.time
    text: str


def reminder_rule(args: str, *, today: dt.date, max_text: int) -> ReminderRule | Refusal:
    """``tue 18:00 <text>`` or ``2026-12-05 08:30 <text>``; a date at most a year ahead."""
    if not isinstance(args, str):
        return Refusal("usage")
    parts = args.strip().split(None, 2)
    if len(parts) < 3:
        return Refusal("usage")
    when, clock_text, text = parts
    clock = parse_clock_time(clock_text)
    if clock is None:
        return Refusal("usage")
    text = text.strip()
    if utf16_len(text) > max_text:
        return Refusal("too_long")
    day = when[:3].lower()
    if day in WEEKDAYS and when.lower() in (day, _full_day(day)):
        return ReminderRule(WEEKDAYS.index(day), None, clock, text)
    on_date = iso_date(when)
    if on_date is None:
        return Refusal("usage")
    if on_date < today or on_date - today > REMIND_AHEAD:
        return Refusal("date_range")
    return ReminderRule(None, on_date, clock, text)


def _full_day(short: str) -> str:
    return {"mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday", "fri": "friday",
            "sat": "saturday", "sun": "sunday"}[short]


def iso_date(text: str) -> dt.date | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text or ""):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def list_number(args: str, count: int) -> int | Refusal:
    """A 1-based position in a list of ``count`` things, e.g. ``/remind del 2``."""
    words = _words(args)
    if len(words) != 1 or not re.fullmatch(r"\d{1,4}", words[0]) or not 1 <= int(words[0]) <= count:
        return Refusal("usage")
    return int(words[0])


def free_text(args: str, limit: int) -> str | Refusal:
    """Text a runner writes for others to read (a broadcast, a club name): trimmed, not empty, and at most
    ``limit`` UTF-16 units, as Telegram counts."""
    if not isinstance(args, str) or not args.strip():
        return Refusal("empty")
    text = args.strip()
    return text if utf16_len(text) <= limit else Refusal("too_long")


def code(args: str) -> str | Refusal:
    """A club or invite code, from ``/join K7QX2M9P`` or an invite link's ``club_K7QX2M9P``."""
    word = args.strip().removeprefix("club_").strip() if isinstance(args, str) else ""
    return word.upper() if re.fullmatch(r"[A-Za-z0-9]{4,16}", word) else Refusal("code")
