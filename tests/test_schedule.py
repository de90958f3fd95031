"""Local check-in times to UTC instants, quiet hours and reminders: pure functions, no clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from coach.schedule import at_local, is_quiet, next_prompt_after, reminder_due

UTC = dt.timezone.utc


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "after", "expected"),
    [
        ("Europe/London", utc(2026, 11, 24, 0, 0), utc(2026, 11, 24, 8, 0)),
        ("America/New_York", utc(2026, 11, 24, 0, 0), utc(2026, 11, 24, 13, 0)),
        ("Asia/Kathmandu", utc(2026, 11, 24, 0, 0), utc(2026, 11, 24, 2, 15)),
        ("Asia/Kathmandu", utc(2026, 11, 24, 2, 15), utc(2026, 11, 25, 2, 15)),
        ("Pacific/Chatham", utc(2026, 11, 24, 0, 0), utc(2026, 11, 24, 18, 15)),  # +13:45 in summer
        ("Pacific/Chatham", utc(2026, 6, 1, 0, 0), utc(2026, 6, 1, 19, 15)),  # +12:45 in winter
        ("Australia/Sydney", utc(2026, 11, 24, 0, 0), utc(2026, 11, 24, 21, 0)),
    ],
)
def test_it_finds_the_next_8am_in_each_zone(zone: str, after: dt.datetime, expected: dt.datetime) -> None:
    assert next_prompt_after(after, dt.time(8, 0), ZoneInfo(zone)) == expected


def test_it_keeps_8am_local_across_both_european_dst_changes() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert next_prompt_after(utc(2026, 3, 28, 12, 0), dt.time(8), berlin) == utc(2026, 3, 29, 6, 0)
    assert next_prompt_after(utc(2026, 3, 29, 6, 0), dt.time(8), berlin) == utc(2026, 3, 30, 6, 0)
    assert next_prompt_after(utc(2026, 10, 24, 12, 0), dt.time(8), berlin) == utc(2026, 10, 25, 7, 0)


def test_a_time_skipped_by_spring_forward_comes_an_hour_later() -> None:
    assert at_local(dt.date(2026, 3, 29), dt.time(2, 30), ZoneInfo("Europe/Berlin")) == utc(2026, 3, 29, 1, 30)
    assert at_local(dt.date(2026, 3, 8), dt.time(2, 30), ZoneInfo("America/New_York")) == utc(2026, 3, 8, 7, 30)


def test_a_time_repeated_by_fall_back_is_taken_the_first_time() -> None:
    assert at_local(dt.date(2026, 10, 25), dt.time(2, 30), ZoneInfo("Europe/Berlin")) == utc(2026, 10, 25, 0, 30)
    assert at_local(dt.date(2026, 11, 1), dt.time(1, 30), ZoneInfo("America/New_York")) == utc(2026, 11, 1, 5, 30)


def test_the_day_after_fall_back_is_not_skipped() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    first = next_prompt_after(utc(2026, 10, 24, 12, 0), dt.time(2, 30), berlin)
    second = next_prompt_after(first, dt.time(2, 30), berlin)
    assert (first, second) == (utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30))


@pytest.mark.parametrize(
    ("now", "quiet"),
    [(dt.time(21, 29), False), (dt.time(21, 30), True), (dt.time(0, 0), True), (dt.time(6, 59), True), (dt.time(7, 0), False)],
)
def test_quiet_hours_run_over_midnight(now: dt.time, quiet: bool) -> None:
    assert is_quiet(now, dt.time(21, 30), dt.time(7, 0)) is quiet


def test_quiet_hours_within_one_day() -> None:
    assert is_quiet(dt.time(13, 0), dt.time(12, 0), dt.time(14, 0))
    assert not is_quiet(dt.time(14, 0), dt.time(12, 0), dt.time(14, 0))


def test_the_reminder_comes_three_hours_later() -> None:
    assert reminder_due(utc(2026, 11, 24, 8), ZoneInfo("Europe/London"), dt.time(21, 30), dt.time(7)) == utc(2026, 11, 24, 11)


def test_an_evening_reminder_moves_before_quiet_hours() -> None:
    assert reminder_due(utc(2026, 11, 24, 19), ZoneInfo("Europe/London"), dt.time(21, 30), dt.time(7)) == utc(2026, 11, 24, 21)


def test_no_reminder_when_no_gentle_moment_is_left() -> None:
    assert reminder_due(utc(2026, 11, 24, 21), ZoneInfo("Europe/London"), dt.time(21, 30), dt.time(7)) is None
