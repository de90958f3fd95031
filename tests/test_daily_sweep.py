"""The minute sweep over the database: prompts at local time, DST days, restarts, catch-up, one reminder.

Time moves by setting a manual clock and running the sweep each minute, as the scheduler would.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coach.clock import ManualClock
from storage import open_db
from storage.prompts import prompts_for
from tests.helpers import Chat, sweep_minutes

UTC = dt.timezone.utc


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def questions(sent) -> list[tuple[dt.datetime, str]]:
    return [(moment, out.reply.text) for moment, out in sent]


@pytest.mark.parametrize(
    ("zone", "expected_utc"),
    [
        ("Europe/Berlin", utc(2026, 11, 25, 7, 0)),
        ("America/Los_Angeles", utc(2026, 11, 24, 16, 0)),
        ("Asia/Kathmandu", utc(2026, 11, 25, 2, 15)),
        ("Pacific/Chatham", utc(2026, 11, 24, 18, 15)),
        ("UTC+05:45", utc(2026, 11, 25, 2, 15)),
    ],
)
def test_the_question_comes_once_at_8am_local(db, zone: str, expected_utc: dt.datetime) -> None:
    clock = ManualClock(utc(2026, 11, 24, 12, 0))
    Chat(db, clock).onboard(zone=zone)
    sent = sweep_minutes(db, clock, until=utc(2026, 11, 25, 12, 0))
    first_questions = [(m, t) for m, t in questions(sent) if t.startswith("How's your lower back")]
    assert first_questions == [(expected_utc, "How's your lower back this morning, 0-10?")]


@pytest.mark.parametrize(
    ("zone", "day", "expected_utc"),
    [
        ("Europe/Berlin", dt.date(2026, 3, 29), utc(2026, 3, 29, 6, 0)),
        ("Europe/Berlin", dt.date(2026, 10, 25), utc(2026, 10, 25, 7, 0)),
        ("America/New_York", dt.date(2026, 3, 8), utc(2026, 3, 8, 12, 0)),
        ("America/New_York", dt.date(2026, 11, 1), utc(2026, 11, 1, 13, 0)),
        ("Pacific/Chatham", dt.date(2026, 4, 5), utc(2026, 4, 4, 19, 15)),
        ("Pacific/Chatham", dt.date(2026, 9, 27), utc(2026, 9, 26, 18, 15)),
    ],
)
def test_dst_change_days_still_ask_at_8am_local(db, zone: str, day: dt.date, expected_utc: dt.datetime) -> None:
    clock = ManualClock(expected_utc - dt.timedelta(hours=30))
    Chat(db, clock).onboard(zone=zone)
    sent = sweep_minutes(db, clock, until=expected_utc + dt.timedelta(hours=2))
    times = [moment for moment, out in sent if out.reply.text.startswith("How's")]
    assert expected_utc in times
    assert [p.local_date for p in prompts_for(db, 1)][-1] == day


def test_a_0230_check_in_on_fall_back_day_is_asked_once(db) -> None:
    clock = ManualClock(utc(2026, 10, 24, 12, 0))
    Chat(db, clock).onboard(zone="Europe/Berlin", time="02:30")
    sent = sweep_minutes(db, clock, until=utc(2026, 10, 25, 4, 0))
    assert [m for m, out in sent if out.reply.text.startswith("How's")] == [utc(2026, 10, 25, 0, 30)]


def test_a_0230_check_in_on_spring_forward_day_comes_at_0330(db) -> None:
    clock = ManualClock(utc(2026, 3, 28, 12, 0))
    Chat(db, clock).onboard(zone="Europe/Berlin", time="02:30")
    sent = sweep_minutes(db, clock, until=utc(2026, 3, 29, 4, 0))
    assert [m for m, out in sent if out.reply.text.startswith("How's")] == [utc(2026, 3, 29, 1, 30)]


def test_a_restart_does_not_ask_twice(tmp_path) -> None:
    path = tmp_path / "lumbar.db"
    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    Chat(open_db(path), clock).onboard()
    assert len(sweep_minutes(open_db(path), clock, until=utc(2026, 11, 24, 8, 0))) == 1
    restarted = open_db(path)
    assert sweep_minutes(restarted, clock, until=utc(2026, 11, 24, 10, 0)) == []


def test_changing_the_time_after_todays_question_does_not_ask_again(db) -> None:
    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    chat = Chat(db, clock)
    chat.onboard()
    assert len(sweep_minutes(db, clock, until=utc(2026, 11, 24, 8, 0))) == 1
    chat.press("set:time")
    chat.say("18:00")
    sent = sweep_minutes(db, clock, until=utc(2026, 11, 25, 18, 5))
    assert [m for m, out in sent if out.reply.text.startswith("How's")] == [utc(2026, 11, 25, 18, 0)]


def test_a_question_missed_during_downtime_is_sent_the_same_day(db) -> None:
    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    Chat(db, clock).onboard()
    clock.set(utc(2026, 11, 24, 10, 17))
    sent = sweep_minutes(db, clock, until=utc(2026, 11, 24, 10, 20))
    assert questions(sent)[0] == (utc(2026, 11, 24, 10, 17), "How's your lower back this morning, 0-10?")


def test_downtime_over_a_whole_day_asks_only_for_today(db) -> None:
    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    Chat(db, clock).onboard()
    clock.set(utc(2026, 11, 26, 9, 0))
    sent = sweep_minutes(db, clock, until=utc(2026, 11, 26, 9, 5))
    assert len(sent) == 1
    assert [p.local_date for p in prompts_for(db, 1)] == [dt.date(2026, 11, 26)]


def test_a_late_question_is_not_sent_in_quiet_hours(db) -> None:
    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    Chat(db, clock).onboard()
    clock.set(utc(2026, 11, 24, 22, 0))
    assert sweep_minutes(db, clock, until=utc(2026, 11, 24, 23, 59)) == []


def test_exactly_one_reminder_when_unanswered(db) -> None:
    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    Chat(db, clock).onboard()
    sent = questions(sweep_minutes(db, clock, until=utc(2026, 11, 24, 23, 59)))
    assert [m for m, _ in sent] == [utc(2026, 11, 24, 8, 0), utc(2026, 11, 24, 11, 0)]
    assert sent[1][1].startswith("Just a gentle reminder")


def test_no_reminder_once_answered(db) -> None:
    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    chat = Chat(db, clock)
    chat.onboard()
    sweep_minutes(db, clock, until=utc(2026, 11, 24, 8, 0))
    clock.set(utc(2026, 11, 24, 9, 0))
    chat.say("3 8km")
    assert sweep_minutes(db, clock, until=utc(2026, 11, 24, 23, 59)) == []


def test_an_evening_reminder_comes_before_quiet_hours(db) -> None:
    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    Chat(db, clock).onboard(time="20:00")
    sent = sweep_minutes(db, clock, until=utc(2026, 11, 25, 7, 0))
    assert [m for m, _ in questions(sent)] == [utc(2026, 11, 24, 20, 0), utc(2026, 11, 24, 21, 0)]


def test_paused_runners_are_not_asked_until_the_pause_ends(db) -> None:
    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    chat = Chat(db, clock)
    chat.onboard()
    chat.say("/pause 2")
    sent = sweep_minutes(db, clock, until=utc(2026, 11, 26, 9, 0))
    assert [m for m, out in sent if out.reply.text.startswith("How's")] == [utc(2026, 11, 26, 8, 0)]


def test_stopped_runners_are_not_asked_and_start_brings_them_back(db) -> None:
    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    chat = Chat(db, clock)
    chat.onboard()
    chat.say("/stop")
    assert sweep_minutes(db, clock, until=utc(2026, 11, 25, 9, 0)) == []
    chat.say("/start")
    sent = sweep_minutes(db, clock, until=utc(2026, 11, 26, 8, 0))
    assert [m for m, _ in sent] == [utc(2026, 11, 26, 8, 0)]


def test_one_broken_runner_does_not_stop_the_sweep(db) -> None:
    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    Chat(db, clock, chat_id="broken").onboard()
    Chat(db, clock, chat_id="fine").onboard()
    db.execute("update runners set tz = 'Mars/Olympus_Mons' where chat_id = 'broken'")
    sent = sweep_minutes(db, clock, until=utc(2026, 11, 24, 8, 0))
    assert [out.chat_id for _, out in sent] == ["fine"]


def test_the_sliced_sweep_queues_the_same_and_lets_the_loop_run_between_items(db) -> None:
    import asyncio

    from handlers.jobs.sweep import sweep_in_slices

    clock = ManualClock(utc(2026, 11, 24, 6, 0))
    for n in range(5):
        Chat(db, clock, chat_id=f"r{n}").onboard(zone="Europe/London")
    moment = utc(2026, 11, 25, 8, 0)
    turns = 0

    async def sliced():
        nonlocal turns

        async def other() -> None:
            nonlocal turns
            while True:
                await asyncio.sleep(0)
                turns += 1

        task = asyncio.create_task(other())
        await asyncio.sleep(0)
        queued = await sweep_in_slices(db, moment, ("terminal",), slice_seconds=0.0)
        task.cancel()
        return queued

    queued = asyncio.run(sliced())
    assert sorted(q.chat_id for q in queued) == [f"r{n}" for n in range(5)]
    assert turns >= 5
    assert not db.conn.in_transaction
