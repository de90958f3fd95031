"""Callback data is client input: forged, borrowed, replayed and expired buttons grant nothing.

Each test drives the real Application through the fake Bot API. An attacker presses buttons
whose data they made up or copied from someone else's chat; nothing changes, and they are told
the button is stale.
"""

from __future__ import annotations

import re

import pytest

from tests.helpers import TelegramRunner

STALE = "That button is from an older message."


def db_of(bot):
    return bot.bot_data["conversation"].db


def roles(bot, club_id: int = 1) -> dict[str, str]:
    rows = db_of(bot).query(
        "select runners.chat_id, role from club_members join runners on runners.id = runner_id where club_id = ?",
        [club_id],
    )
    return {row["chat_id"]: row["role"] for row in rows}


async def club_with_member(tg) -> tuple[TelegramRunner, TelegramRunner, str]:
    owner, member = TelegramRunner(tg, 7000), TelegramRunner(tg, 7001)
    await owner.onboard()
    await member.onboard()
    [created] = await owner.say("/club new Harbour Harriers")
    code = re.search(r"Join code: (\w+)", created.params["text"]).group(1)
    await member.say(f"/join {code}")
    await member.press("Join")
    return owner, member, code


@pytest.mark.parametrize("data", [
    "club:coach:1", "club:join:1", "cm:1:7000", "bc:send:1", "share:agg:1", "delete:yes", "big:2026-11-24:150.000",
    "g:AAAAAAAAAAAAAAAA", "fb:99999999999999999999:1", "leave:99999999999999999999", "pain:2026-11-24:99",
    "dist:9999-12-31:5:km", "tz:Mars/Olympus", "flag:S9:yes", "", "x" * 64, "g:" + "A" * 62,
])
async def test_made_up_button_data_changes_nothing(tg, bot, data):
    owner, member, _ = await club_with_member(tg)
    attacker = TelegramRunner(tg, 7666)
    await attacker.onboard()
    before = {t.name: t.count for t in db_of(bot).tables if t.name not in ("inbox", "outbox", "grants")}
    replies = await attacker.press_data(data)
    assert [c.params["text"] for c in replies] and all(STALE in c.params["text"] for c in replies)
    after = {t.name: t.count for t in db_of(bot).tables if t.name not in ("inbox", "outbox", "grants")}
    assert after == before
    assert roles(bot) == {"7000": "owner", "7001": "member"}


async def test_the_coach_escalation_chain_is_closed(tg, bot):
    """A member who copies every organiser button they can think of stays a member and sees nothing private."""
    owner, member, _ = await club_with_member(tg)
    for data in ("club:coach:1", "club:join:1", "cm:1:7000"):
        assert STALE in (await member.press_data(data))[0].params["text"]
    assert roles(bot)["7001"] == "member"
    [digest] = await member.say("/digest")
    assert digest.params["text"] == "Only a club's owner or coaches can send to its members."
    [invite] = await member.say("/club coach add")
    assert invite.params["text"] == "Only the club's owner can do that."
    [broadcast] = await member.say("/broadcast click my link")
    assert broadcast.params["text"] == "Only a club's owner or coaches can send to its members."
    [clubs] = await member.say("/club")
    assert "Harbour Harriers (member)" in clubs.params["text"]


async def test_another_runners_grant_is_refused(tg, bot):
    owner, member, _ = await club_with_member(tg)
    await owner.say("/club remove")
    stolen = owner.button_data("Remove Runner (member)")
    [refused] = await member.press_data(stolen)
    assert STALE in refused.params["text"]
    assert roles(bot)["7001"] == "member"
    await owner.say("/delete")
    erase = owner.button_data("Yes, erase everything")
    [refused] = await member.press_data(erase)
    assert STALE in refused.params["text"]
    assert db_of(bot).table("runners").count == 2


async def test_a_granting_button_works_once(tg, bot, clock):
    owner, member, _ = await club_with_member(tg)
    clock.advance(hours=4)
    await owner.say("/broadcast Hills tonight")
    send = owner.button_data("Send")
    await owner.press("Send")
    await tg.wait_for("sendMessage", chat_id=owner.chat_id)  # the delivery report
    [replayed] = await owner.press_data(send)
    assert STALE in replayed.params["text"]
    assert db_of(bot).table("broadcasts").count == 1
    assert db_of(bot).table("outbox").count_where("broadcast_id = 1") == 1


async def test_an_expired_button_grants_nothing(tg, bot, clock):
    owner, member, code = await club_with_member(tg)
    newcomer = TelegramRunner(tg, 7002)
    await newcomer.onboard()
    await newcomer.say(f"/join {code}")
    clock.advance(days=3)
    [late] = await newcomer.press("Join")
    assert STALE in late.params["text"]
    assert "7002" not in roles(bot)


async def test_a_removed_member_comes_back_only_with_a_fresh_invite(tg, bot):
    owner, member, code = await club_with_member(tg)
    old_join = member.button_data("Join")
    await owner.say("/club remove")
    await owner.press("Remove Runner (member)")
    assert "7001" not in roles(bot)
    [replayed] = await member.press_data(old_join)
    assert STALE in replayed.params["text"]
    [refused] = await member.say(f"/join {code}")
    assert "You were removed from Harbour Harriers" in refused.params["text"]
    [link] = await member.say(f"/start club_{code}")
    assert "You were removed from Harbour Harriers" in link.params["text"]
    assert "7001" not in roles(bot)
    [invite] = await owner.say("/club invite")
    fresh = re.search(r"/join (\w+)", invite.params["text"]).group(1)
    await member.say(f"/join {fresh}")
    await member.press("Join")
    assert roles(bot)["7001"] == "member"
    other = TelegramRunner(tg, 7003)
    await other.onboard()
    [used] = await other.say(f"/join {fresh}")
    assert "don't know that club code" in used.params["text"]


async def test_a_coach_invite_works_once_and_only_for_the_first_to_use_it(tg, bot):
    owner, member, _ = await club_with_member(tg)
    [invite] = await owner.say("/club coach add")
    code = re.search(r"/join (\w+)", invite.params["text"]).group(1)
    coach, latecomer = TelegramRunner(tg, 7004), TelegramRunner(tg, 7005)
    await coach.onboard()
    await latecomer.onboard()
    await coach.say(f"/join {code}")
    await latecomer.say(f"/join {code}")
    await coach.press("Join")
    [late] = await latecomer.press("Join")
    assert STALE in late.params["text"]
    assert roles(bot)["7004"] == "coach" and "7005" not in roles(bot)


async def test_sharing_buttons_belong_to_the_member_who_was_shown_them(tg, bot):
    owner, member, _ = await club_with_member(tg)
    share = member.button_data("Share my weekly numbers by name")
    [refused] = await owner.press_data(share)
    assert STALE in refused.params["text"]
    [shared] = await member.press("Share my weekly numbers by name")
    assert "your weekly numbers by name: shared" in shared.params["text"]
    [again] = await member.press_data(share)
    assert STALE in again.params["text"]
