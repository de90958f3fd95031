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
    assert "your pain stays private" in preview.params["text"]
    welcome, offer = await by_code.press("Join")
    assert "anonymous club average" in offer.params["text"]
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
    await tg.wait_for("sendMessage", chat_id=member.chat_id)
    await tg.quiesce(settle=0.3)
    assert "hello all" not in tg.texts(member.chat_id)
    assert tg.texts(member.chat_id)[-1].startswith("That button is from an older message.")
    db = bot.bot_data["conversation"].db
    assert db.table("outbox").count_where("broadcast_id is not null") == 0


async def run_job(bot, name: str) -> None:
    """The minute sweep, or a wait for the outbox drainer to send what is due at the manual clock's time."""
    from tests.conftest import drained, sweep_job

    if name == "outbox":
        await drained(bot)
    else:
        await sweep_job(bot).run(bot)


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


async def club_of(tg, clock, sizes: int = 4) -> tuple[TelegramRunner, list[TelegramRunner], str]:
    clock.advance(hours=4)
    owner, code, _ = await organiser_with_club(tg)
    members = [TelegramRunner(tg, 9000 + i) for i in range(sizes)]
    for member in members:
        await member.onboard()
        await member.say(f"/join {code}")
        await member.press("Join")
    return owner, members, code


async def test_a_coach_joins_with_the_coach_code_and_may_broadcast(tg, bot, clock):
    owner, members, _ = await club_of(tg, clock, 1)
    [coach_code] = await owner.say("/club coach add")
    code = re.search(r"/join (\w+)", coach_code.params["text"]).group(1)
    coach = TelegramRunner(tg, 9100)
    await coach.onboard()
    [preview] = await coach.say(f"/join {code}")
    assert "as a coach" in preview.params["text"]
    await coach.press("Join")
    [bc_preview] = await coach.say("/broadcast Hills on Thursday")
    assert bc_preview.params["text"].startswith("This goes to 2 members of Riverside Runners")
    [refused] = await coach.say("/club remove")
    assert refused.params["text"] == "Only the club's owner can do that."


async def test_the_owner_removes_a_member(tg, bot, clock):
    owner, members, _ = await club_of(tg, clock, 2)
    [which] = await owner.say("/club remove")
    labels = [label for row in tg.buttons(which) for label, _ in row]
    assert labels == ["Remove Runner (member)", "Remove Runner (member)"]
    [done] = await owner.press("Remove Runner (member)")
    assert done.params["text"] == "Removed from the club."
    [listing] = await members[0].say("/club")
    assert "Riverside Runners" not in listing.params["text"]


async def test_the_digest_shows_pain_only_from_members_who_share(tg, bot, clock):
    owner, members, _ = await club_of(tg, clock, 4)
    for day in range(8):
        clock.advance(days=1)
        for n, member in enumerate(members):
            await member.say(f"{2 + n} {5 + n}km")
    [digest] = await owner.say("/digest")
    text = digest.params["text"]
    assert "Checked in: 4 of 5 members" in text
    assert "Club distance:" in text
    assert "Pain trends appear once 3 or more members share them (0 do now)." in text
    assert "average pain" not in text.lower()
    for member in members[:3]:
        await member.say("/share")
        await member.press("Share pain trend (anonymous)")
    await members[0].press("Share my weekly numbers by name")
    [digest] = await owner.say("/digest")
    text = digest.params["text"]
    assert "Their average back pain: 3.0" in text
    assert "• Runner: 7 days logged, 35.0 km, average pain 2.0" in text
    assert text.count("• ") == 1
    [privacy, sharing] = await members[0].say("/privacy")
    assert "pain trend in the anonymous average: shared" in sharing.params["text"]
    await members[0].say("/share")
    await members[0].press("Stop sharing pain trend (anonymous)")
    [digest] = await owner.say("/digest")
    assert "(2 do now)" in digest.params["text"]


ORGANISER_COMMANDS = ["/broadcast hi", "/remind add tue 18:00 hi", "/digest", "/club coach add", "/club remove"]


async def test_role_matrix_members_and_outsiders_cannot_organise(tg, bot, clock):
    owner, members, _ = await club_of(tg, clock, 1)
    outsider = TelegramRunner(tg, 9500)
    await outsider.onboard()
    db = bot.bot_data["conversation"].db
    for person in (members[0], outsider):
        for command in ORGANISER_COMMANDS:
            [reply] = await person.say(command)
            assert reply.params["text"] in (
                "Only a club's owner or coaches can send to its members.", "Only the club's owner can do that.",
            ), (person.chat_id, command, reply.params["text"])
    assert db.table("broadcasts").count == 0 and db.table("club_reminders").count == 0
    assert db.table("clubs").get(1)["coach_code"] is None


GROUP = -100777


async def say_in_group(tg, user_id: int, text: str) -> None:
    command_length = len(text.split()[0])
    await tg.push_update({"message": {
        "message_id": 1, "date": 0, "text": text,
        "chat": {"id": GROUP, "type": "supergroup", "title": "Riverside chat"},
        "from": {"id": user_id, "is_bot": False, "first_name": "Someone"},
        "entities": [{"type": "bot_command", "offset": 0, "length": command_length}],
    }})
    await tg.wait_for("sendMessage", chat_id=GROUP)
    await tg.quiesce(settle=0.05)


def member_status(status: str):
    def hook(call):
        return 200, {"ok": True, "result": {"status": status, "user": {"id": call.params["user_id"], "is_bot": False, "first_name": "X"}}}
    return hook


async def test_an_organiser_who_is_group_admin_links_the_group_and_broadcasts_reach_it(tg, bot, clock):
    owner, members, _ = await club_of(tg, clock, 1)
    await say_in_group(tg, owner.chat_id, "/club link")
    assert tg.texts(GROUP)[-1] == "This group is now linked to Riverside Runners: club reminders and broadcasts will be posted here too."
    await owner.say("/broadcast Intervals at 6")
    await owner.press("Send")
    await tg.wait_for("sendMessage", chat_id=owner.chat_id, timeout=10)
    await tg.quiesce(settle=0.2)
    assert tg.texts(GROUP).count("Intervals at 6") == 1
    assert tg.texts(members[0].chat_id).count("Intervals at 6") == 1


async def test_group_links_need_both_the_club_role_and_group_admin_rights(tg, bot, clock):
    owner, members, _ = await club_of(tg, clock, 1)
    tg.hooks["getChatMember"] = member_status("member")
    await say_in_group(tg, owner.chat_id, "/club link")
    assert tg.texts(GROUP)[-1].startswith("Only a club's owner or coach who is also an admin")
    del tg.hooks["getChatMember"]  # the fake's default: the sender is an administrator
    await say_in_group(tg, members[0].chat_id, "/club link")
    assert tg.texts(GROUP)[-1].startswith("Only a club's owner or coach who is also an admin")
    assert bot.bot_data["conversation"].db.table("club_groups").count == 0


async def test_organiser_commands_in_a_group_are_answered_only_in_private(tg, bot, clock):
    owner, _, _ = await club_of(tg, clock, 1)
    for command in ORGANISER_COMMANDS + ["/history", "/export"]:
        await say_in_group(tg, owner.chat_id, command)
        assert tg.texts(GROUP)[-1].startswith("Let's keep that to a private chat"), command
    db = bot.bot_data["conversation"].db
    assert db.table("broadcasts").count == 0 and db.table("club_reminders").count == 0


async def test_the_weekly_digest_reaches_organisers_on_monday_morning(tg, bot, clock):
    import datetime as dt

    owner, members, _ = await club_of(tg, clock, 2)
    await run_job(bot, "sweep")  # schedules the first digest
    for minute in (59, 60, 61):
        clock.set(dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=minute))
        await run_job(bot, "sweep")
        await run_job(bot, "outbox")
    digests = [t for t in tg.texts(owner.chat_id) if t.startswith("Riverside Runners: week")]
    assert digests == [digests[0]] and "Checked in: " in digests[0]
    assert not [t for t in tg.texts(members[0].chat_id) if t.startswith("Riverside Runners: week")]


async def test_an_owner_who_deletes_their_data_hands_the_club_over(tg, bot, clock):
    owner, members, _ = await club_of(tg, clock, 2)
    await owner.say("/broadcast hello")
    await owner.press("Send")
    await tg.wait_for("sendMessage", chat_id=owner.chat_id, timeout=10)
    await owner.say("/delete")
    [gone] = await owner.press("Yes, erase everything")
    assert "erased" in gone.params["text"]
    db = bot.bot_data["conversation"].db
    [owner_row] = db.query("select owner_id from clubs")
    [heir] = db.query("select runner_id from club_members where role = 'owner'")
    assert owner_row["owner_id"] == heir["runner_id"]
    for table in db.tables:
        for row in table.rows:
            assert str(owner.chat_id) not in [str(v) for v in row.values()], (table.name, row)


async def test_an_organiser_of_two_clubs_chooses_which_one_commands_act_on(tg, bot, clock):
    owner, _, _ = await club_of(tg, clock, 1)
    [second] = await owner.say("/club new Trail Pack")
    code = re.search(r"Join code: (\w+)", second.params["text"]).group(1)
    [added] = await owner.say("/remind add sat 08:00 Trail run")
    assert added.params["text"].startswith("Reminder for Riverside Runners")
    [chosen] = await owner.say(f"/club use {code}")
    assert chosen.params["text"].endswith("now act on Trail Pack.")
    [added] = await owner.say("/remind add sat 08:00 Trail run")
    assert added.params["text"].startswith("Reminder for Trail Pack")
    [listing] = await owner.say("/club")
    assert "Trail Pack (owner), code " + code + " ← your commands act here" in listing.params["text"]
    outsider = TelegramRunner(tg, 9600)
    await outsider.onboard()
    [refused] = await outsider.say(f"/club use {code}")
    assert "don't know that club code" in refused.params["text"]


async def test_a_newcomer_from_an_invite_link_is_told_how_to_join_after_setting_up(tg, bot, clock):
    _, _, code = await club_of(tg, clock, 0)
    newcomer = TelegramRunner(tg, 9700)
    [welcome] = await newcomer.say(f"/start club_{code}")
    assert welcome.params["text"].endswith(f"Once you're set up, I'll offer to join your club (code {code}).")
    assert bot.bot_data["conversation"].db.table("runners").count_where("chat_id = '9700'") == 0
    await newcomer.press("I agree")
    await newcomer.press("Kilometres")
    await newcomer.say("Europe/London")
    replies = await newcomer.press("Morning 08:00")
    assert any(r.params["text"].startswith('Join "') for r in replies)
