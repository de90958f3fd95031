"""Every message that grows with data fits Telegram's limits at its largest realistic size.

Counted as Telegram counts: 4,096 UTF-16 units of text after entity parsing (an emoji is two),
64 bytes of callback data, and a keyboard a client can show. Texts a runner types for others to
read have limits that the reply states when exceeded.
"""

from __future__ import annotations

import datetime as dt
import re

from coach.clock import ManualClock
from coach.messages import TELEGRAM_TEXT_LIMIT, utf16_len
from handlers.clubs import BUTTONS_PER_MESSAGE, MAX_BROADCAST, MAX_NAME, MAX_REMINDER
from handlers.jobs.sweep import sweep
from storage import open_db
from storage import clubs as clubs_store
from tests.helpers import Chat

UTC = dt.timezone.utc
LONG_NAME = "Ælfgifu-Þorbjörg 🏃‍♀️ van der Berg-Montgomery"[:40]
EMOJI_TEXT = "Track night 🏃‍♀️🔥 warm up well! "


def fits(replies) -> None:
    assert replies
    for reply in replies:
        assert 0 < utf16_len(reply.text) <= TELEGRAM_TEXT_LIMIT, utf16_len(reply.text)
        assert len([b for row in reply.buttons for b in row]) <= BUTTONS_PER_MESSAGE
        for row in reply.buttons:
            for button in row:
                assert len(button.data.encode("utf-8")) <= 64
                assert utf16_len(button.label) <= 64


def club_of(size: int, *, sharing: bool) -> tuple[Chat, list[Chat], str]:
    db = open_db(None)
    clock = ManualClock(dt.datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    owner = Chat(db, clock, "owner")
    owner.onboard()
    [created] = owner.say("/club new " + "Riverside Runners & Friends of the Towpath 10k Club"[:MAX_NAME])
    code = re.search(r"/join (\w+)", created.text).group(1)
    members = []
    for n in range(size):
        member = Chat(db, clock, f"m{n}")
        member.onboard()
        [preview] = member.say(f"/join {code}")
        member.press(preview.buttons[0][0].data)
        db.execute("update club_members set display_name = ? where runner_id = (select id from runners where chat_id = ?)",
                   [f"{LONG_NAME} {n}"[:40], f"m{n}"])
        if sharing:
            db.execute("update club_members set share_aggregate = 1, share_summary = 1")
        member.say("3 8km")
        members.append(member)
    return owner, members, code


def test_the_digest_of_a_club_of_200_sharing_members_is_paged():
    owner, _, _ = club_of(200, sharing=True)
    owner.clock.advance(days=7)
    replies = owner.say("/digest")
    fits(replies)
    assert len(replies) > 1
    text = "\n".join(r.text for r in replies)
    assert text.count(LONG_NAME[:20]) == 200


def test_the_monday_digest_in_the_outbox_is_split_too():
    owner, _, _ = club_of(200, sharing=True)
    sweep(owner.db, owner.clock(), ("terminal",))
    monday = dt.datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    owner.clock.set(monday)
    sweep(owner.db, monday, ("terminal",))
    texts = [r["text"] for r in owner.db.query("select text from outbox where idem_key like 'digest:%'")]
    assert len(texts) > 1
    assert all(utf16_len(t) <= TELEGRAM_TEXT_LIMIT for t in texts)


def test_removing_from_a_club_of_200_pages_the_buttons():
    owner, _, _ = club_of(200, sharing=False)
    replies = owner.say("/club remove")
    fits(replies)
    assert sum(len(r.buttons) for r in replies) == 200


def test_a_long_reminder_list_is_paged():
    owner, _, _ = club_of(1, sharing=False)
    text = (EMOJI_TEXT * 100)[: MAX_REMINDER // 2]
    for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun") * 3:
        [added] = owner.say(f"/remind add {day} 18:00 {text}")
        assert added.text.startswith("Reminder for")
    fits(owner.say("/remind list"))


def test_someone_in_60_clubs_sees_them_all_within_the_limits():
    db = open_db(None)
    clock = ManualClock(dt.datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    joiner = Chat(db, clock, "joiner")
    joiner.onboard()
    for n in range(60):
        organiser = Chat(db, clock, f"o{n}")
        organiser.onboard()
        [created] = organiser.say(f"/club new {n:02d} " + "Long Distance Harriers of the Northern Moors 🏔"[: MAX_NAME - 3])
        code = re.search(r"/join (\w+)", created.text).group(1)
        [preview] = joiner.say(f"/join {code}")
        joiner.press(preview.buttons[0][0].data)
    assert len(clubs_store.clubs_of(db, 1)) == 60
    for command in ("/club", "/privacy", "/leave", "/share"):
        fits(joiner.say(command))


def test_the_longest_broadcast_preview_fits():
    owner, _, _ = club_of(1, sharing=False)
    text = ("🏃‍♀️" * MAX_BROADCAST)
    while utf16_len(text) > MAX_BROADCAST:
        text = text[:-1]
    fits(owner.say(f"/broadcast {text}"))
    [refused] = owner.say(f"/broadcast {text}🔥🔥")
    assert refused.text == f"A club message can be at most {MAX_BROADCAST} characters. Please make it shorter."


def test_texts_others_read_have_limits_said_in_the_reply():
    owner, _, _ = club_of(1, sharing=False)
    [refused] = owner.say("/club new " + "x" * (MAX_NAME + 1))
    assert refused.text == f"A club name can be at most {MAX_NAME} characters. Please make it shorter."
    [refused] = owner.say("/remind add tue 18:00 " + "y" * (MAX_REMINDER + 1))
    assert refused.text == f"A reminder can be at most {MAX_REMINDER} characters. Please make it shorter."


def test_history_with_many_symptom_notes_is_paged():
    db = open_db(None)
    clock = ManualClock(dt.datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    runner = Chat(db, clock)
    runner.onboard()
    for n in range(60):
        runner.say(f"tingling in my left foot again, {n} times today, " + "and it really bothers me " * 4)
    fits(runner.say("/history"))
