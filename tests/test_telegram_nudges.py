"""End to end: a runner's check-ins produce a nudge with its numbers, /why explains it, feedback is kept."""

from __future__ import annotations

import datetime as dt

from tests.conftest import sweep_job
from tests.helpers import TelegramRunner, texts

UTC = dt.timezone.utc


async def log_days(person: TelegramRunner, clock, lines: list[str]) -> list[list[str]]:
    """One morning check-in a day, at 08:30 London time."""
    replies = []
    for line in lines:
        clock.advance(days=1)
        replies.append(texts(await person.say(line)))
    return replies


def seed_weeks(weeks: int) -> list[str]:
    """About 3 miles a week: one 3-mile run on Mondays, logged the next morning; rest otherwise."""
    return ["2 3mi" if day % 7 == 1 else "2 rest" for day in range(weeks * 7)]


async def test_the_seed_jump_from_3_to_15_miles_a_week_gets_a_nudge(tg, bot, clock):
    clock.set(dt.datetime(2026, 10, 1, 7, 30, tzinfo=UTC))
    person = TelegramRunner(tg)
    await person.onboard(zone="London")
    await person.say("/settings")
    await person.press("Units")
    await person.press("Miles")
    quiet = await log_days(person, clock, seed_weeks(4))
    assert not any("longest run" in t for day in quiet for t in day)
    jump = await log_days(person, clock, ["2 rest", "2 5mi"])
    nudge = next(t for t in jump[-1] if "longest run" in t)
    assert "5.0 mi is 67% more than your longest run since your diary began on Thu 1 Oct, 3.0 mi on Fri 23 Oct" in nudge
    assert "Frandsen 2025" in nudge
    assert "Not medical advice" in nudge
    [why] = await person.say("/why")
    assert "R11" in why.params["text"]
    assert "longest before: 3\n" in why.params["text"] and "unit: mi" in why.params["text"]
    [thanks] = await person.press("Helpful")
    assert thanks.params["text"] == "Thanks, noted."
    db = bot.bot_data["conversation"].db
    [row] = db.query("select status, feedback from nudges where rule_id = 'R11'")
    assert row == {"status": "sent", "feedback": "helpful"}


async def test_a_warm_up_tip_comes_before_the_usual_run_time_after_a_spike(tg, bot, clock):
    clock.set(dt.datetime(2026, 10, 1, 7, 30, tzinfo=UTC))
    person = TelegramRunner(tg)
    await person.onboard(zone="London")
    await person.say("/settings")
    await person.press("Usual run time")
    [saved] = await person.say("18:00")
    assert saved.params["text"].startswith("Saved: usual run time 18:00")
    await log_days(person, clock, seed_weeks(4) + ["2 rest", "2 8km"])
    spike_day = clock().date()
    before = len(tg.sent(person.chat_id))
    for hour, minute in ((17, 29), (17, 30), (17, 31), (18, 0)):  # London is on GMT again in November
        clock.set(dt.datetime.combine(spike_day + dt.timedelta(days=1), dt.time(hour, minute), tzinfo=UTC))
        await sweep_job(bot).run(bot)
    await tg.quiesce(settle=0.05)
    tips = [t for t in texts(tg.sent(person.chat_id)[before:]) if t.startswith("After my")]
    assert len(tips) == 1
    assert tips[0].startswith("After my R11 tip on")
    assert "hip-flexor lunges" in tips[0]
    clock.set(dt.datetime.combine(spike_day + dt.timedelta(days=2), dt.time(17, 30), tzinfo=UTC))
    await sweep_job(bot).run(bot)
    await tg.quiesce(settle=0.05)
    assert len([t for t in texts(tg.sent(person.chat_id)[before:]) if t.startswith("After my")]) == 1


async def test_pain_of_7_asks_the_screen(tg, bot, clock):
    person = TelegramRunner(tg)
    await person.onboard()
    clock.advance(days=1)
    replies = texts(await person.say("7 rest"))
    assert replies[0].startswith("Saved Wed 25 Nov: pain 7.\nSaved Tue 24 Nov: rest day.\n\nPain 7 today")
    assert any(t.startswith("First, a quick safety check.") for t in replies)


async def test_muted_tips_are_logged_as_suppressed_but_safety_still_comes(tg, bot, clock):
    person = TelegramRunner(tg)
    await person.onboard()
    [muted] = await person.say("/nudges off 7d")
    assert muted.params["text"].startswith("Tips muted until Mon 30 Nov.")
    clock.advance(days=1)
    replies = texts(await person.say("8 rest"))
    assert not any("Not medical advice" in t for t in replies)
    assert any(t.startswith("First, a quick safety check.") for t in replies)
    db = bot.bot_data["conversation"].db
    assert {(r["rule_id"], r["status"], r["reason"]) for r in db.query("select * from nudges")} >= {("R4", "suppressed", "muted")}


async def test_why_before_any_tip(tg, bot):
    person = TelegramRunner(tg)
    await person.onboard()
    [reply] = await person.say("/why")
    assert reply.params["text"].startswith("I haven't sent you a tip yet.")
