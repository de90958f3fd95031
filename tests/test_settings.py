"""Changing units, time zone, check-in time and quiet hours through /settings, via the conversation core."""

from __future__ import annotations

import datetime as dt

from storage.runners import find_runner, next_prompt
from tests.helpers import Chat

UTC = dt.timezone.utc


def runner(chat: Chat):
    return find_runner(chat.db, chat.channel, chat.chat_id)


def test_settings_shows_current_values_and_choices(db, clock):
    chat = Chat(db, clock)
    chat.onboard(zone="Asia/Kathmandu")
    [reply] = chat.say("/settings")
    assert "time zone: Asia/Kathmandu" in reply.text
    assert [b.data for row in reply.buttons for b in row] == ["set:units", "set:tz", "set:time", "set:quiet", "set:run", "set:summary"]


def test_changing_units_keeps_stored_distances_and_shows_the_new_unit(db, clock):
    chat = Chat(db, clock)
    chat.onboard()
    chat.say("mon 2 8km")
    chat.press("set:units")
    [saved] = chat.press("units:mi")
    assert saved.text == "Saved: distances in miles."
    [history] = chat.say("/history")
    assert "5.0 mi" in history.text


def test_changing_the_zone_moves_the_next_question(db, clock):
    chat = Chat(db, clock)
    chat.onboard(zone="Europe/London")
    chat.press("set:tz")
    [confirmed] = chat.say("UTC+5:45")
    assert confirmed.text == "Time zone UTC+05:45: it's 11:45 on Tue 24 Nov there now."
    assert next_prompt(db, runner(chat).id) == dt.datetime(2026, 11, 25, 2, 15, tzinfo=UTC)


def test_an_evening_time_switches_to_the_evening_questions(db, clock):
    chat = Chat(db, clock)
    chat.onboard()
    chat.press("set:time")
    [done] = chat.say("8pm")
    assert "every evening at 20:00" in done.text
    [question] = chat.say("/checkin")
    assert question.text == "How's your lower back now, 0-10?"
    chat.press("pain:2026-11-24:2")
    assert runner(chat).awaiting_date == dt.date(2026, 11, 24)


def test_quiet_hours_can_be_changed(db, clock):
    chat = Chat(db, clock)
    chat.onboard()
    chat.press("set:quiet")
    [saved] = chat.say("22:00-06:30")
    assert saved.text == "Saved: quiet hours 22:00-06:30."
    assert (runner(chat).quiet_start, runner(chat).quiet_end) == (dt.time(22), dt.time(6, 30))


def test_an_unreadable_setting_changes_nothing(db, clock):
    chat = Chat(db, clock)
    chat.onboard(zone="Europe/London")
    chat.press("set:tz")
    replies = chat.say("Atlantis")
    assert "I don't know the time zone" in replies[0].text
    assert replies[-1].text == "Nothing changed. Send /settings to try again."
    assert runner(chat).tz == "Europe/London"
    assert runner(chat).awaiting is None


def test_onboarding_resumes_where_it_stopped(db, clock):
    chat = Chat(db, clock)
    chat.say("/start")
    chat.press("consent:yes")
    chat.press("units:km")
    [again] = chat.say("/start")
    assert again.text.startswith("Which time zone are you in?")
    [unknown, *_] = chat.say("Narnia")
    assert "I don't know the time zone" in unknown.text


def test_the_weekly_summary_day_and_time_can_be_changed(db, clock):
    chat = Chat(db, clock)
    chat.onboard(zone="Europe/London")
    chat.press("set:summary")
    [saved] = chat.say("fri 07:30")
    assert saved.text == "Saved: weekly summary on Fri at 07:30."
    assert runner(chat).summary_day == 4
    [row] = db.query("select next_summary_utc from runners")
    # Signed up Tue 24 Nov: the first complete week ends Sun 29 Nov, so its summary comes on the Friday after.
    assert row["next_summary_utc"] == "2026-12-04T07:30:00+00:00"
