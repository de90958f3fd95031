"""End to end: clubs, joining by code and by link, and a confirmed broadcast through the outbox."""

from __future__ import annotations

import re

from tests.helpers import TelegramRunner, texts


async def organiser_with_club(tg, name: str = "Riverside Runners") -> tuple[TelegramRunner, str, str]:
    owner = TelegramRunner(tg, 5000)
    await owner.onboard()
    [created] = await owner.say(f"/club new {name}")
    code = re.search(r"Join code: (\w+)", created.params["text"]).group(1)
    link = re.search(r"Invite link: (\S+)", created.params["text"]).group(1)
    return owner, code, link


async def test_create_join_by_code_and_by_link_then_leave(tg, bot):
    owner, code, link = await organiser_with_club(tg)
    assert link == f"https://t.me/lumbar_test_bot?start=club_{code}"
    by_code, by_link = TelegramRunner(tg, 5001), TelegramRunner(tg, 5002)
    await by_code.onboard()
    await by_link.onboard()
    [preview] = await by_code.say(f"/join {code.lower()}")
    assert preview.params["text"].startswith('Join "Riverside Runners"?')
    assert "stay private" in preview.params["text"]
    [welcome] = await by_code.press("Join")
    assert welcome.params["text"].startswith("Welcome to Riverside Runners!")
    await by_link.say(f"/start club_{code}")
    await by_link.press("Join")
    [clubs] = await owner.say("/club")
    assert "Riverside Runners (owner)" in clubs.params["text"]
    await by_code.say("/leave")
    [left] = await by_code.press("Leave Riverside Runners")
    assert left.params["text"] == "You've left Riverside Runners."
    [unknown] = await by_code.say("/join NOPE1234")
    assert "don't know that club code" in unknown.params["text"]


async def test_a_confirmed_broadcast_reaches_every_member_once_and_reports(tg, bot, clock):
    clock.advance(hours=4)  # 10:00 in London, outside everyone's quiet hours
    owner, code, _ = await organiser_with_club(tg)
    members = [TelegramRunner(tg, 6000 + i) for i in range(4)]
    for member in members:
        await member.onboard()
        await member.say(f"/join {code}")
        await member.press("Join")
    tg.blocked.add(members[-1].chat_id)
    message = "Track session tonight: warm up 10 minutes first *no* <markup>"
    [preview] = await owner.say(f"/broadcast {message}")
    assert preview.params["text"] == f"This goes to 4 members of Riverside Runners:\n\n{message}"
    queued, *_ = await owner.press("Send")
    assert queued.params["text"].startswith("Sending to 4 members.")
    report = await tg.wait_for("sendMessage", chat_id=owner.chat_id, timeout=10)
    for member in members[:-1]:
        assert texts(tg.sent(member.chat_id)).count(message) == 1
    assert message not in texts(tg.sent(members[-1].chat_id))
    assert report[0].params["text"] == (
        "Your message to Riverside Runners: delivered to 3 of 4.\n"
        "1 blocked the bot or left Telegram; I won't send to them again."
    )


async def test_only_owners_and_coaches_can_broadcast(tg, bot):
    owner, code, _ = await organiser_with_club(tg)
    member = TelegramRunner(tg, 7001)
    await member.onboard()
    await member.say(f"/join {code}")
    await member.press("Join")
    [refused] = await member.say("/broadcast hello all")
    assert refused.params["text"] == "Only a club's owner or coaches can send to its members."
    [preview] = await owner.say("/broadcast hello all")
    draft_button = tg.buttons(preview)[0][0][1]
    await tg.push_callback(member.chat_id, draft_button, preview)
    await tg.quiesce(settle=0.3)
    assert "hello all" not in tg.texts(member.chat_id)
    assert tg.texts(member.chat_id)[-1].startswith("That button is from an older message.")
    db = bot.bot_data["conversation"].db
    assert db.table("outbox").count == 0


async def run_job(bot, name: str) -> None:
    [job] = bot.job_queue.get_jobs_by_name(name)
    await job.run(bot)


async def test_a_weekly_reminder_goes_out_at_the_clubs_time_and_waits_for_quiet_hours(tg, bot, clock):
    import datetime as dt

    owner, code, _ = await organiser_with_club(tg)
    awake, asleep = TelegramRunner(tg, 8001), TelegramRunner(tg, 8002)
    await awake.onboard(zone="London")
    await asleep.onboard(zone="Auckland")
    for member in (awake, asleep):
        await member.say(f"/join {code}")
        await member.press("Join")
    [added] = await owner.say("/remind add tue 17:00 Track session tonight: warm up 10 minutes first")
    assert added.params["text"].startswith("Reminder for Riverside Runners: every Tue at 17:00: Track session")
    [listed] = await owner.say("/remind list")
    assert "1. every Tue at 17:00: Track session tonight" in listed.params["text"]
    clock.set(dt.datetime(2026, 11, 24, 16, 59, tzinfo=dt.timezone.utc))
    await run_job(bot, "sweep")
    await run_job(bot, "outbox")
    assert "Track session tonight: warm up 10 minutes first" not in tg.texts(awake.chat_id)
    clock.set(dt.datetime(2026, 11, 24, 17, 0, tzinfo=dt.timezone.utc))  # 06:00 Wed in Auckland: quiet hours
    await run_job(bot, "sweep")
    clock.set(dt.datetime(2026, 11, 24, 17, 0, 30, tzinfo=dt.timezone.utc))
    await run_job(bot, "outbox")
    reminder = "Track session tonight: warm up 10 minutes first"
    assert tg.texts(awake.chat_id).count(reminder) == 1
    assert reminder not in tg.texts(asleep.chat_id)
    clock.set(dt.datetime(2026, 11, 24, 18, 1, tzinfo=dt.timezone.utc))  # 07:01 in Auckland
    await run_job(bot, "outbox")
    assert tg.texts(asleep.chat_id).count(reminder) == 1
    member = TelegramRunner(tg, 8001)
    [refused] = await member.say("/remind add tue 18:00 hello")
    assert refused.params["text"] == "Only a club's owner or coaches can send to its members."
