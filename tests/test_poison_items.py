"""One runner's or one club's odd settings never stop everyone else's daily question.

A "poison" runner (open pause, quiet hours ending in the afternoon west of UTC, dates at the
calendar's edges) and a poison club share the database with 20 ordinary runners; the real
Application's minute sweep still asks every ordinary runner that minute.
"""

from __future__ import annotations

import datetime as dt
import re

from coach import texts
from coach.models import Unit
from handlers.scheduling import schedule
from storage import runners
from tests.conftest import sweep_job
from tests.helpers import TelegramRunner

UTC = dt.timezone.utc
EIGHT_LONDON = dt.datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def ordinary_runners(db, now: dt.datetime, count: int = 20) -> list[int]:
    chats = []
    for n in range(count):
        chat = 8100 + n
        runner = runners.create_runner(db, "telegram", str(chat), now=now, consent_wording=texts.CONSENT_WORDING,
                                       units=Unit.KM, tz="Europe/London", checkin_time=dt.time(8, 0))
        schedule(db, runner, now)
        chats.append(chat)
    return chats


async def poison_club(tg, clock) -> TelegramRunner:
    """A club in Honolulu whose owner paused without an end, with quiet hours 02:00-15:00."""
    owner = TelegramRunner(tg, 8000)
    await owner.onboard(zone="Pacific/Honolulu")
    await owner.say("/settings")
    await owner.press("Quiet hours")
    await owner.say("02:00-15:00")
    [created] = await owner.say("/club new Aloha Striders")
    code = re.search(r"Join code: (\w+)", created.params["text"]).group(1)
    member = TelegramRunner(tg, 8001)
    await member.onboard(zone="Pacific/Honolulu")
    await member.say(f"/join {code}")
    await member.press("Join")
    await member.say("/settings")
    await member.press("Quiet hours")
    await member.say("02:00-15:00")
    await member.say("/pause")
    await owner.say("/remind add wed 22:05 Track at the park")
    return owner


def edge_of_the_calendar(db, now: dt.datetime) -> None:
    """Rows no command would write today, as an old version or a hand edit might have left them."""
    runner = runners.create_runner(db, "telegram", "8999", now=now, consent_wording=texts.CONSENT_WORDING,
                                   tz="Etc/GMT+12", checkin_time=dt.time(23, 59))
    db.execute(
        "update runners set paused = 1, paused_until = '9999-12-31', nudges_muted_until = '9999-12-31',"
        " quiet_start = '02:00', quiet_end = '15:00', next_prompt_utc = ?, next_summary_utc = ? where id = ?",
        ["2026-11-25T07:00:00+00:00", "2026-11-25T07:00:00+00:00", runner.id],
    )
    db.execute("insert into club_members (club_id, runner_id, role, joined_at) values (1, ?, 'member', ?)",
               [runner.id, "2026-11-25T07:00:00+00:00"])
    db.execute(
        "insert into club_reminders (club_id, runner_id, text, weekday, on_date, time, next_utc, active, created_at)"
        " values (1, 1, 'end of time', null, '9999-12-31', '23:59', '2026-11-25T07:00:00+00:00', 1, ?)",
        ["2026-11-25T07:00:00+00:00"],
    )


async def test_every_ordinary_runner_is_asked_despite_a_poison_runner_and_club(tg, bot, clock):
    db = bot.bot_data["conversation"].db
    owner = await poison_club(tg, clock)
    edge_of_the_calendar(db, clock())
    chats = ordinary_runners(db, clock())
    clock.set(EIGHT_LONDON)
    for _ in range(3):
        tg.mark()
        await sweep_job(bot).run(bot)
        await tg.quiesce(settle=0.1)
        clock.advance(minutes=1)
    asked = {int(c.chat_id) for c in tg.delivered() if "How's your lower back" in (c.text or "")}
    assert asked >= set(chats)
    await owner.say("/broadcast Beach run on Saturday")
    queued, *_ = await owner.press("Send")
    assert queued.params["text"].startswith("Sending to 2 members")


async def test_an_open_pause_is_stored_without_a_date_and_ends_with_resume(tg, bot, clock):
    person = TelegramRunner(tg)
    await person.onboard()
    [paused] = await person.say("/pause")
    assert paused.params["text"].startswith("Paused: no questions until you send /resume.")
    db = bot.bot_data["conversation"].db
    [row] = db.query("select paused, paused_until from runners")
    assert row == {"paused": 1, "paused_until": None}
    [back] = await person.say("/resume")
    assert back.params["text"].startswith("Welcome back!")
    [row] = db.query("select paused, paused_until from runners")
    assert row == {"paused": 0, "paused_until": None}
