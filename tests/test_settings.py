"""Changing units, time zone, check-in time and quiet hours through /settings, via the conversation core."""

from __future__ import annotations

import datetime as dt

import pytest

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
    assert replies[-1].text.endswith("Try again, or send /cancel to leave it as it is.")
    assert runner(chat).tz == "Europe/London"
    assert runner(chat).awaiting == "tz"


def test_a_setting_stays_in_its_step_until_a_valid_answer(db, clock):
    """Issue 13: "Springfield" showed the suggestions and at once "Nothing changed"; "Kathmandu" was then unread."""
    chat = Chat(db, clock)
    chat.onboard(zone="Europe/London")
    chat.press("set:tz")
    [unknown] = chat.say("Springfield")
    assert "Nothing changed" not in unknown.text
    assert unknown.buttons, "the zone suggestions stay under the question"
    [confirmed] = chat.say("Kathmandu")
    assert confirmed.text.startswith("Time zone Asia/Kathmandu")
    assert runner(chat).tz == "Asia/Kathmandu"
    assert runner(chat).awaiting is None


@pytest.mark.parametrize(
    ("setting", "typo", "answer", "saved"),
    [
        ("time", "half past", "07:30", "every morning at 07:30"),
        ("quiet", "late", "22:00-06:30", "Saved: quiet hours 22:00-06:30."),
        ("run", "whenever", "18:30", "Saved: usual run time 18:30"),
        ("summary", "sunday", "sun 19:00", "Saved: weekly summary on Sun at 19:00."),
    ],
)
def test_every_setting_asks_again_after_a_typo(db, clock, setting, typo, answer, saved):
    chat = Chat(db, clock)
    chat.onboard(zone="Europe/London")
    chat.press(f"set:{setting}")
    [again] = chat.say(typo)
    assert again.text.endswith("send /cancel to leave it as it is.")
    assert runner(chat).awaiting == setting
    [done, *_] = chat.say(answer)
    assert saved in done.text
    assert runner(chat).awaiting is None


def test_cancel_leaves_a_setting_as_it_is(db, clock):
    chat = Chat(db, clock)
    chat.onboard(zone="Europe/London")
    chat.press("set:tz")
    chat.say("Springfield")
    [cancelled] = chat.say("/cancel")
    assert cancelled.text == "OK, nothing changed. /settings shows them all."
    assert runner(chat).awaiting is None
    assert runner(chat).tz == "Europe/London"
    [nothing] = chat.say("/cancel")
    assert nothing.text == "There's nothing to cancel."


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


def test_a_check_in_time_inside_quiet_hours_is_said_with_a_way_out_of_each(db, clock):
    """Issue 13: 06:45 with quiet hours until 07:00 was accepted without a word."""
    chat = Chat(db, clock)
    chat.onboard(zone="Europe/London")
    chat.press("set:time")
    [done, clash] = chat.say("06:45")
    assert "every morning at 06:45" in done.text
    assert clash.text.startswith("Note: 06:45 is inside your quiet hours (21:30-07:00).")
    assert [[(b.label, b.data) for b in row] for row in clash.buttons] == [
        [("Ask at 07:00", "time:07:00"), ("Quiet hours 21:30-06:45", "quiet:21:30-06:45")]
    ]
    [saved] = chat.press("quiet:21:30-06:45")
    assert saved.text == "Saved: quiet hours 21:30-06:45."
    assert (runner(chat).checkin_time, runner(chat).quiet_end) == (dt.time(6, 45), dt.time(6, 45))


def test_moving_the_check_in_out_of_quiet_hours(db, clock):
    chat = Chat(db, clock)
    chat.onboard(zone="Europe/London", time="06:45")
    [done] = chat.press("time:07:00")
    assert "every morning at 07:00" in done.text
    assert runner(chat).checkin_time == dt.time(7)


def test_new_quiet_hours_over_the_check_in_time_are_said_too(db, clock):
    chat = Chat(db, clock)
    chat.onboard(zone="Europe/London", time="08:00")
    chat.press("set:quiet")
    [saved, clash] = chat.say("22:00-09:00")
    assert saved.text == "Saved: quiet hours 22:00-09:00."
    assert clash.text.startswith("Note: 08:00 is inside your quiet hours (22:00-09:00).")
    assert [b.label for row in clash.buttons for b in row] == ["Ask at 09:00", "Quiet hours 22:00-08:00"]


def test_setting_up_with_a_check_in_inside_quiet_hours_says_so_before_the_safety_questions(db, clock):
    chat = Chat(db, clock)
    chat.say("/start")
    chat.press("consent:yes")
    chat.press("units:km")
    chat.say("Europe/London")
    replies = chat.say("6:45")
    assert replies[0].text.startswith("All set!")
    assert replies[1].text.startswith("Note: 06:45 is inside your quiet hours")
    assert replies[-1].buttons[0][0].data.startswith("flag:"), "the safety checklist stays the last message"


def test_an_evening_check_in_inside_quiet_hours_moves_before_them():
    from coach.schedule import quiet_way_out

    assert quiet_way_out(dt.time(21, 45), dt.time(21, 30), dt.time(7)) == (dt.time(21), (dt.time(22, 15), dt.time(7)))
    assert quiet_way_out(dt.time(20, 0), dt.time(21, 30), dt.time(7)) is None
