"""Which diary week a summary covers and when it is over (issue 12, item 6).

A morning runner's week ends with Monday's answer about Sunday; an evening runner's with Sunday's
answer. A summary sent before then counted a week that was not over.
"""

from __future__ import annotations

import datetime as dt

from coach.clock import ManualClock
from coach.models import Entry, Mode
from coach.weeks import closing_day, summary_due, week_complete, week_of
from handlers.reports import summary_reply
from storage import diary, runners
from tests.helpers import Chat

SUNDAY = dt.date(2026, 11, 29)
MONDAY = SUNDAY + dt.timedelta(days=1)
EIGHT = dt.time(8, 0)
EVENING = dt.time(20, 0)
SUNDAY_18 = (6, dt.time(18, 0))


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def week(last_day_km: float | None, last_day_pain: int | None = 3) -> list[Entry]:
    days = [Entry(SUNDAY - dt.timedelta(days=i), 3, 8.0) for i in range(1, 7)]
    return [*days, Entry(SUNDAY, last_day_pain, last_day_km)]


def test_a_diary_week_runs_monday_to_sunday() -> None:
    assert week_of(dt.date(2026, 11, 25)) == (dt.date(2026, 11, 23), SUNDAY)
    assert week_of(SUNDAY) == (dt.date(2026, 11, 23), SUNDAY)
    assert (closing_day(Mode.MORNING, SUNDAY), closing_day(Mode.EVENING, SUNDAY)) == (MONDAY, SUNDAY)


def test_a_morning_runners_week_is_not_over_on_sunday_evening() -> None:
    before = week(None)  # Sunday's pain is in (that morning); the run comes on Monday
    assert summary_due(Mode.MORNING, at(SUNDAY, 18), EIGHT, before, not_before=SUNDAY_18) is None
    assert summary_due(Mode.MORNING, at(MONDAY, 7, 59), EIGHT, before, not_before=SUNDAY_18) is None


def test_a_morning_runners_week_is_over_with_mondays_answer_about_sunday() -> None:
    answered = week(42.2)
    assert summary_due(Mode.MORNING, at(MONDAY, 8, 5), EIGHT, answered, not_before=SUNDAY_18) == SUNDAY


def test_a_morning_runner_who_does_not_answer_is_not_waited_for_past_the_window() -> None:
    silent = week(None)
    assert summary_due(Mode.MORNING, at(MONDAY, 11, 59), EIGHT, silent) is None
    assert summary_due(Mode.MORNING, at(MONDAY, 12, 0), EIGHT, silent) == SUNDAY  # 08:00 + reminder + 1 h


def test_an_evening_runners_week_is_over_with_sundays_answer() -> None:
    assert summary_due(Mode.EVENING, at(SUNDAY, 18), EVENING, week(None, None), not_before=SUNDAY_18) is None
    assert summary_due(Mode.EVENING, at(SUNDAY, 20, 5), EVENING, week(10.0), not_before=SUNDAY_18) == SUNDAY
    assert summary_due(Mode.EVENING, at(SUNDAY, 20, 5), EVENING, week(10.0, None)) is None  # half answered
    assert summary_due(Mode.EVENING, at(MONDAY, 0, 0), EVENING, week(None, None)) == SUNDAY  # window over


def test_the_chosen_time_is_the_earliest_it_comes() -> None:
    early = week(10.0)  # an evening runner who answered Sunday's question at 09:00
    assert summary_due(Mode.EVENING, at(SUNDAY, 9, 30), EVENING, early, not_before=SUNDAY_18) is None
    assert summary_due(Mode.EVENING, at(SUNDAY, 18, 0), EVENING, early, not_before=SUNDAY_18) == SUNDAY
    monday_noon = (0, dt.time(12, 0))
    assert summary_due(Mode.MORNING, at(MONDAY, 8, 5), EIGHT, week(5.0), not_before=monday_noon) is None
    assert summary_due(Mode.MORNING, at(MONDAY, 12, 0), EIGHT, week(5.0), not_before=monday_noon) == SUNDAY


def test_a_week_missed_by_more_than_a_day_is_skipped_not_sent_late() -> None:
    answered = week(5.0)
    assert summary_due(Mode.MORNING, at(MONDAY + dt.timedelta(days=1), 12, 0), EIGHT, answered) == SUNDAY
    assert summary_due(Mode.MORNING, at(MONDAY + dt.timedelta(days=1), 12, 1), EIGHT, answered) is None
    assert summary_due(Mode.MORNING, at(MONDAY + dt.timedelta(days=3), 9, 0), EIGHT, answered) is None


def test_week_complete_needs_the_closing_day() -> None:
    assert not week_complete(Mode.MORNING, SUNDAY, week(5.0), at(SUNDAY, 23, 59), EIGHT)
    assert week_complete(Mode.MORNING, SUNDAY, week(5.0), at(MONDAY, 0, 1), EIGHT)  # backfilled early


def test_marathon_day_is_in_the_summary_of_a_morning_runner(db) -> None:
    """Through the conversation: Sunday's marathon is logged on Monday morning, and the week's
    summary, sent when the week is complete, shows it (it once said "Longest run 6.0 km")."""
    clock = ManualClock(dt.datetime(2026, 11, 1, 7, 30, tzinfo=dt.timezone.utc))
    chat = Chat(db, clock)
    chat.onboard(zone="Europe/London")
    runs = ["rest", "8km", "6km", "rest", "5km", "rest"]
    for day in range(22, 29):  # Sun 22 Nov .. Sat 28 Nov: the morning check-ins log the day before
        clock.set(dt.datetime(2026, 11, day + 1, 8, 30, tzinfo=dt.timezone.utc))
        chat.say(f"3 {runs[(day - 22) % 6]}")
    runner = runners.get_runner(db, 1)
    sunday_evening = at(SUNDAY, 18)
    entries = diary.entries_between(db, runner.id, SUNDAY - dt.timedelta(days=13), MONDAY)
    assert summary_due(runner.mode, sunday_evening, runner.checkin_time, entries, not_before=SUNDAY_18) is None
    clock.set(dt.datetime(2026, 11, 30, 8, 30, tzinfo=dt.timezone.utc))
    chat.say("4 42.2km")
    entries = diary.entries_between(db, runner.id, SUNDAY - dt.timedelta(days=13), MONDAY)
    due = summary_due(runner.mode, at(MONDAY, 8, 31), runner.checkin_time, entries, not_before=SUNDAY_18)
    assert due == SUNDAY
    text = summary_reply(db, runner, due, today=MONDAY).text
    assert "Logged all 7 days" in text
    assert "Longest run 42.2 km" in text
    assert "Distance 61.2 km" in text  # 8 + 6 + 5 + 42.2 (Mon 23 .. Sun 29)
