"""End to end: the red-flag screen, the emergency reply and the coaching hold, through the fake Bot API."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import TelegramRunner, texts


def answers(bot) -> list[tuple[str, str, str | None]]:
    db = bot.bot_data["conversation"].db
    return [(r["tier"], r["answer"], r["reason"]) for r in db.query("select * from redflag_answers order by id")]


async def test_onboarding_ends_with_the_safety_screen(tg, bot):
    person = TelegramRunner(tg)
    done, screen = await person.set_up()
    assert done.params["text"].startswith("All set!")
    assert screen.params["text"].startswith("First, a quick safety check.")
    assert "bike saddle" in screen.params["text"]
    assert tg.buttons(screen) == [[("Yes, one or more", "flag:S1:yes"), ("No, none", "flag:S1:no")]]
    [s2] = await person.press("No, none")
    assert s2.params["text"].startswith("Thanks. And any of these?")
    [s3] = await person.press("No, none")
    assert s3.params["text"].startswith("Last one.")
    [clear] = await person.press("No, none")
    assert clear.params["text"].startswith("Thanks: none of the warning signs.")
    assert answers(bot) == [("S1", "no", "onboarding"), ("S2", "no", "onboarding"), ("S3", "no", "onboarding")]


@pytest.mark.parametrize(("zone", "number"), [("London", "999"), ("Berlin", "112"), ("Chicago", "911"), ("Sydney", "000")])
async def test_a_symptom_word_brings_the_screen_and_yes_gets_the_emergency_reply(tg, bot, clock, zone, number):
    person = TelegramRunner(tg)
    await person.onboard(zone=zone)
    clock.advance(days=1)
    replies = await person.say("3 8km, and my legs feel numb")
    assert texts(replies)[0].startswith("Saved")
    assert texts(replies)[-1].startswith("First, a quick safety check.")
    [emergency] = await person.press("Yes, one or more")
    assert f"call {number} or go to the emergency department" in emergency.params["text"]
    assert "paused all my coaching tips" in emergency.params["text"]
    assert tg.buttons(emergency) == [[("A clinician has seen me", "flag:cleared")]]
    assert answers(bot)[-1] == ("S1", "yes", "you mentioned a symptom")


async def test_a_symptom_without_numbers_still_gets_the_screen(tg, bot, clock):
    person = TelegramRunner(tg)
    await person.onboard()
    clock.advance(days=1)
    [screen] = await person.say("I can't feel my bladder properly")
    assert screen.params["text"].startswith("First, a quick safety check.")


async def test_an_emergency_answer_pauses_coaching_until_a_clinician_has_seen_them(tg, bot, clock):
    person = TelegramRunner(tg)
    await person.onboard()
    clock.advance(days=1)
    await person.say("numb")
    await person.press("Yes, one or more")
    replies = texts(await person.say("9 rest"))
    assert replies[0].startswith("Saved Wed 25 Nov: pain 9.")
    assert any("My coaching tips are paused" in t for t in replies)
    db = bot.bot_data["conversation"].db
    assert db.table("nudges").count == 0
    [ok] = await person.press("A clinician has seen me")
    assert ok.params["text"].startswith("Thanks for letting me know. Coaching tips are back on.")
    [row] = db.query("select safety_hold_since from runners")
    assert row["safety_hold_since"] is None


async def test_an_urgent_answer_is_asked_again_the_next_day(tg, bot, clock):
    person = TelegramRunner(tg)
    await person.onboard()
    clock.advance(days=1)
    await person.say("I had a fever last night")
    await person.press("No, none")
    [urgent] = await person.press("Yes, one or more")
    assert urgent.params["text"].startswith("Please contact a doctor today")
    clock.advance(days=1)
    replies = texts(await person.say("2 5km"))
    assert replies[-1].startswith("First, a quick safety check.")
    await person.press("No, none")
    assert answers(bot)[-1] == ("S1", "no", "a re-check after yesterday's answers")


async def test_the_screen_is_not_asked_twice_a_day(tg, bot):
    person = TelegramRunner(tg)
    await person.onboard()
    replies = texts(await person.say("numb again"))
    assert not any(t.startswith("First, a quick safety check.") for t in replies)


async def test_yes_typed_as_text_answers_the_open_question(tg, bot):
    person = TelegramRunner(tg)
    await person.set_up()
    [emergency] = await person.say("yes")
    assert "emergency department" in emergency.params["text"]


async def test_an_unanswered_screen_is_asked_again_on_a_later_day(tg, bot, clock):
    person = TelegramRunner(tg)
    await person.set_up()
    clock.advance(days=1)
    replies = texts(await person.say("my legs are numb"))
    assert replies[-1].startswith("First, a quick safety check.")
