"""When to ask: local check-in times turned into UTC instants, quiet hours and the one reminder.

The database keeps each runner's next instant in UTC; these functions compute it from the
runner's wall-clock time and zone, so DST changes and odd offsets (+05:45, +12:45) are handled
by zoneinfo, not by adding 24 hours.
"""

from __future__ import annotations

import datetime as dt

from coach.models import Runner
from coach.zones import tzinfo_for

UTC = dt.timezone.utc
REMINDER_DELAY = dt.timedelta(hours=3)
MIN_REMINDER_DELAY = dt.timedelta(hours=1)
QUIET_MARGIN = dt.timedelta(minutes=30)


def at_local(day: dt.date, clock: dt.time, tz: dt.tzinfo) -> dt.datetime:
    """The UTC instant of ``clock`` on ``day`` in ``tz``.

    A time that does not exist (skipped by a spring-forward change) comes as much later as the
    gap is long, 02:30 becoming 03:30; a time that happens twice (fall-back) is taken the first
    time. Both follow from zoneinfo's ``fold=0``.
    """
    return dt.datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def local_date(moment: dt.datetime, tz: dt.tzinfo) -> dt.date:
    return moment.astimezone(tz).date()


def next_prompt_after(moment: dt.datetime, clock: dt.time, tz: dt.tzinfo) -> dt.datetime:
    """The first instant strictly after ``moment`` when it is ``clock`` o'clock in ``tz``."""
    day = local_date(moment, tz) - dt.timedelta(days=1)
    while True:
        candidate = at_local(day, clock, tz)
        if candidate > moment:
            return candidate
        day += dt.timedelta(days=1)


def next_weekly_after(moment: dt.datetime, weekday: int, clock: dt.time, tz: dt.tzinfo) -> dt.datetime:
    """The first instant after ``moment`` that is ``clock`` on ``weekday`` (Monday 0 .. Sunday 6) in ``tz``."""
    day = local_date(moment, tz)
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    while (candidate := at_local(day, clock, tz)) <= moment:
        day += dt.timedelta(days=7)
    return candidate


def first_prompt(now: dt.datetime, clock: dt.time, tz: dt.tzinfo) -> dt.datetime:
    """The next prompt for a runner who just set their time: today if it is still ahead, else tomorrow."""
    return next_prompt_after(now, clock, tz)


def is_quiet(local: dt.time, start: dt.time, end: dt.time) -> bool:
    """True inside quiet hours; ``start`` after ``end`` means they run over midnight."""
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def _minutes(clock: dt.time) -> int:
    return clock.hour * 60 + clock.minute


def _clock(minutes: int) -> dt.time:
    minutes %= 24 * 60
    return dt.time(minutes // 60, minutes % 60)


def quiet_way_out(checkin: dt.time, start: dt.time, end: dt.time) -> tuple[dt.time, tuple[dt.time, dt.time]] | None:
    """A check-in inside quiet hours: the two ways out (a new check-in time, or new quiet hours), or None.

    The nearer edge of the quiet hours moves: the check-in goes to where they end (or half an hour before
    they begin), or the quiet hours end at the check-in (or begin half an hour after it).
    """
    if not is_quiet(checkin, start, end):
        return None
    margin = int(QUIET_MARGIN.total_seconds() // 60)
    to_end = (_minutes(end) - _minutes(checkin)) % (24 * 60)
    since_start = (_minutes(checkin) - _minutes(start)) % (24 * 60)
    if to_end <= since_start:
        return end, (start, checkin)
    return _clock(_minutes(start) - margin), (_clock(_minutes(checkin) + margin), end)


def quiet_now(moment: dt.datetime, tz: dt.tzinfo, start: dt.time, end: dt.time) -> bool:
    return is_quiet(moment.astimezone(tz).time(), start, end)


def reminder_due(prompt_sent: dt.datetime, tz: dt.tzinfo, quiet_start: dt.time, quiet_end: dt.time) -> dt.datetime | None:
    """When to remind about an unanswered question, or None when no gentle moment is left that day.

    Three hours after the question, unless that lands in quiet hours or on the next day; then
    half an hour before quiet hours begin, if that is still at least an hour after the question.
    """
    sent_local = prompt_sent.astimezone(tz)
    candidate = prompt_sent + REMINDER_DELAY
    if _fits(candidate, sent_local.date(), tz, quiet_start, quiet_end):
        return candidate
    before_quiet = at_local(sent_local.date(), quiet_start, tz) - QUIET_MARGIN
    if before_quiet - prompt_sent >= MIN_REMINDER_DELAY and _fits(before_quiet, sent_local.date(), tz, quiet_start, quiet_end):
        return before_quiet
    return None


def _fits(moment: dt.datetime, day: dt.date, tz: dt.tzinfo, quiet_start: dt.time, quiet_end: dt.time) -> bool:
    return local_date(moment, tz) == day and not quiet_now(moment, tz, quiet_start, quiet_end)


def next_gentle_moment(
    now: dt.datetime, tz: dt.tzinfo, quiet_start: dt.time, quiet_end: dt.time, pause_ends: dt.date | None = None
) -> dt.datetime:
    """``now``, or when quiet hours end, or when a dated pause ends: the earliest moment a club message may arrive.

    An open-ended pause has no such moment; the caller holds the message until /resume.
    """
    today = local_date(now, tz)
    if pause_ends is not None and pause_ends > today:
        return at_local(pause_ends, quiet_end, tz)
    if not quiet_now(now, tz, quiet_start, quiet_end):
        return now
    end = at_local(today, quiet_end, tz)
    return end if end > now else at_local(today + dt.timedelta(days=1), quiet_end, tz)


HELD_BEYOND = dt.timedelta(days=400)
"""A pause ending further off than any /pause allows is treated as open: no date near the calendar's end."""


def gentle_moment(now: dt.datetime, runner: Runner) -> dt.datetime | None:
    """When a scheduled message may reach this runner: ``now``, when quiet hours or a dated pause end,
    or None during an open-ended pause (held until /resume)."""
    tz = tzinfo_for(runner.tz)
    today = local_date(now, tz)
    if not runner.is_paused(today):
        return next_gentle_moment(now, tz, runner.quiet_start, runner.quiet_end)
    if runner.paused_until is None or runner.paused_until - today > HELD_BEYOND:
        return None
    return next_gentle_moment(now, tz, runner.quiet_start, runner.quiet_end, runner.paused_until)


def end_of_day(now: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """The first instant of the next local day: when today's question stops being worth sending."""
    return at_local(local_date(now, tz) + dt.timedelta(days=1), dt.time(0, 0), tz)
