"""Weekday names (issue 13): "mon 2 rest" typed on a Monday morning is never saved on today's run."""

from __future__ import annotations

import datetime as dt

from coach import texts
from storage.diary import entries_between
from storage.runners import find_runner
from tests.helpers import Chat

UTC = dt.timezone.utc
MONDAY_MORNING = dt.datetime(2026, 11, 30, 7, 30, tzinfo=UTC)


def diary(chat: Chat) -> list[tuple[str, int | None, float | None]]:
    runner = find_runner(chat.db, chat.channel, chat.chat_id)
    return [(e.date.isoformat(), e.pain, e.distance_km) for e in entries_between(chat.db, runner.id, dt.date.min, dt.date.max)]


def monday_morning_runner(db, clock, time: str = "08:00") -> Chat:
    chat = Chat(db, clock)
    chat.onboard(zone="Europe/London", time=time)
    clock.set(MONDAY_MORNING)
    return chat


def test_a_weekday_name_for_today_with_a_run_asks_which_day_in_morning_mode(db, clock):
    chat = monday_morning_runner(db, clock)
    [ask] = chat.say("mon 2 rest")
    assert ask.text == (
        "Today's run (Mon 30 Nov) hasn't happened yet. Did you mean this morning's check-in "
        "(Mon 30 Nov: pain 2; Sun 29 Nov: rest day), or last Monday, Mon 23 Nov?"
    )
    assert [b.label for row in ask.buttons for b in row] == ["This morning's check-in", "Mon 23 Nov"]
    assert all(b.data.startswith("g:") for row in ask.buttons for b in row), "each choice is a grant"
    assert diary(chat) == []
    last_monday = ask.buttons[0][1].data
    [saved] = chat.press(last_monday)
    assert saved.text == "Saved Mon 23 Nov: pain 2, rest day."
    assert diary(chat) == [("2026-11-23", 2, 0.0)]
    [stale] = chat.press(ask.buttons[0][0].data)
    assert stale.text == texts.stale_button()
    assert diary(chat) == [("2026-11-23", 2, 0.0)], "the other choice is spent"


def test_this_mornings_check_in_puts_the_run_on_yesterday_and_undo_takes_it_all_back(db, clock):
    chat = monday_morning_runner(db, clock)
    [ask] = chat.say("monday 3 8km")
    [saved, *_] = chat.press(ask.buttons[0][0].data)
    assert saved.text.startswith("Saved Mon 30 Nov: pain 3.\nSaved Sun 29 Nov: ran 8.0 km.")
    assert diary(chat) == [("2026-11-29", None, 8.0), ("2026-11-30", 3, None)]
    chat.say("/undo")
    assert diary(chat) == []


def test_a_weekday_name_for_today_with_pain_only_is_this_morning(db, clock):
    chat = monday_morning_runner(db, clock)
    [saved] = chat.say("mon 2")
    assert saved.text.startswith("Saved Mon 30 Nov: pain 2.")


def test_an_evening_runner_logs_todays_run_by_its_weekday(db, clock):
    chat = monday_morning_runner(db, clock, time="19:00")
    clock.set(dt.datetime(2026, 11, 30, 20, 0, tzinfo=UTC))
    [saved, *_] = chat.say("mon 2 rest")
    assert saved.text.startswith("Saved Mon 30 Nov: pain 2, rest day.")


def test_another_weekday_is_the_most_recent_one(db, clock):
    chat = monday_morning_runner(db, clock)
    [saved] = chat.say("sat 2 5km")
    assert saved.text.startswith("Saved Sat 28 Nov: pain 2, ran 5.0 km.")


def test_with_last_week_out_of_reach_it_is_this_mornings_check_in(db, clock):
    chat = monday_morning_runner(db, clock)
    chat.conversation.backfill_days = 3
    [saved, *_] = chat.say("mon 2 rest")
    assert saved.text.startswith("Saved Mon 30 Nov: pain 2.\nSaved Sun 29 Nov: rest day.")


def test_undo_after_a_confirmed_big_distance_takes_back_the_whole_message(db, clock):
    """Verifies the done part of issue 13: one message is one change, for /undo too."""
    chat = Chat(db, clock)
    chat.onboard()
    chat.say("yesterday 5 8km")
    [ask] = chat.say("3 120km")  # pain today, the run yesterday: two dates, one message
    chat.press(ask.buttons[0][0].data)
    assert diary(chat) == [("2026-11-23", 5, 120.0), ("2026-11-24", 3, None)]
    [undone] = chat.say("/undo")
    assert diary(chat) == [("2026-11-23", 5, 8.0)], undone.text
