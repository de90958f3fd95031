"""Which diary week a weekly summary covers, and when that week is over.

A diary week runs Monday to Sunday and keeps, for each date, the pain felt that day and the
distance run that day. The week is complete when the runner's last answer about it is in:

- morning check-in: Monday morning's answer logs Sunday's distance (and Monday's pain), so the
  week is complete once Sunday's distance is in, or at the end of Monday's check-in window if the
  runner does not answer;
- evening check-in: Sunday evening's answer logs Sunday's pain and distance, so the week is
  complete once both are in, or at the end of Sunday's check-in window.

The check-in window is the daily question, its one reminder three hours later and an hour to
answer that. A summary sent before then would count a week that is not over: a marathon
missing from "Longest run", a Sunday counted as a gap.

Pure: the caller passes the runner's local time as a naive datetime, and the diary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from coach.models import Entry, Mode
from coach.schedule import REMINDER_DELAY

CHECKIN_WINDOW = REMINDER_DELAY + dt.timedelta(hours=1)
GRACE = dt.timedelta(days=1)  # a summary not sent by then is skipped, not sent late
SUNDAY = 6

Diary = Mapping[dt.date, Entry] | Iterable[Entry]


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday and the Sunday of the diary week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def closing_day(mode: Mode, week_end: dt.date) -> dt.date:
    """The local date of the check-in that brings in the week's last answer."""
    return week_end + dt.timedelta(days=1) if mode is Mode.MORNING else week_end


def last_answer_in(mode: Mode, week_end: dt.date, diary: Diary) -> bool:
    """Sunday's distance is logged (and, in the evening check-in, Sunday's pain too)."""
    entry = _entry(diary, week_end)
    if entry is None or entry.distance_km is None:
        return False
    return mode is Mode.MORNING or entry.pain is not None


def window_end(mode: Mode, week_end: dt.date, checkin_time: dt.time) -> dt.datetime:
    """When the closing check-in's window ends (local time): after that the week is not waited for."""
    return dt.datetime.combine(closing_day(mode, week_end), checkin_time) + CHECKIN_WINDOW


def week_complete(mode: Mode, week_end: dt.date, diary: Diary, now: dt.datetime, checkin_time: dt.time) -> bool:
    """The diary week ending ``week_end`` (a Sunday) is over at local time ``now``."""
    if now.date() < closing_day(mode, week_end):
        return False
    return last_answer_in(mode, week_end, diary) or now >= window_end(mode, week_end, checkin_time)


def summary_due(
    mode: Mode,
    now: dt.datetime,
    checkin_time: dt.time,
    diary: Diary,
    *,
    not_before: tuple[int, dt.time] | None = None,
) -> dt.date | None:
    """The Sunday ending the diary week to summarise at local time ``now``, or None.

    The latest Sunday whose week is complete, from its completion until a day after its check-in
    window ends. ``not_before`` is the runner's chosen (weekday, time): the summary waits for its
    first occurrence from that Sunday on (Sunday 18:00 holds back an evening runner who answered
    at 09:00; it never delays a morning runner, whose week ends on Monday). The caller records
    which weeks it has sent, so a week is never summarised twice.
    """
    week_end = now.date() - dt.timedelta(days=(now.date().weekday() - SUNDAY) % 7)
    for sunday in (week_end, week_end - dt.timedelta(days=7)):
        if not week_complete(mode, sunday, diary, now, checkin_time):
            continue
        earliest = _first_at(sunday, not_before) if not_before is not None else None
        if earliest is not None and now < earliest:
            return None
        latest = max(window_end(mode, sunday, checkin_time), earliest or dt.datetime.min) + GRACE
        return sunday if now <= latest else None
    return None


def _first_at(sunday: dt.date, when: tuple[int, dt.time]) -> dt.datetime:
    weekday, clock = when
    return dt.datetime.combine(sunday + dt.timedelta(days=(weekday - SUNDAY) % 7), clock)


def _entry(diary: Diary, day: dt.date) -> Entry | None:
    if isinstance(diary, Mapping):
        return diary.get(day)
    return next((e for e in diary if e.date == day), None)


def next_check(mode: Mode, now: dt.datetime, checkin_time: dt.time, not_before: tuple[int, dt.time]) -> dt.datetime:
    """Local time at which the sweep should look again for a summary nobody triggered by answering:
    the end of the coming week's check-in window, or the runner's chosen time if that is later."""
    sunday = now.date() + dt.timedelta(days=(SUNDAY - now.date().weekday()) % 7)
    while True:
        moment = max(window_end(mode, sunday, checkin_time), _first_at(sunday, not_before))
        if moment > now:
            return moment
        sunday += dt.timedelta(days=7)
