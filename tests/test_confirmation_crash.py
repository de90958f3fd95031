"""Issue 10: kill -9 of the real process between the commit of a check-in and the send of its confirmation;
after the restart the runner gets exactly one confirmation.

The fake Bot API kills ``lumbar run`` the moment the confirmation's sendMessage reaches it and answers
nothing the bot could read, and does not deliver it: the check-in is committed, the confirmation never
left. The restart must send it, once, and must not store the check-in again.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from tests.faults.scenarios import Bot, CheckIn, TelegramChannel, integrity, prepare
from tests.fake_telegram import api_error

UTC = dt.timezone.utc
CHAT = 2001


async def test_a_kill_between_the_commit_of_a_check_in_and_its_confirmation_sends_it_once_after_restart(tmp_path):
    channel = TelegramChannel()
    await channel.start()
    db_path = tmp_path / "lumbar.db"
    now = dt.datetime.now(UTC)
    prepare(db_path, runner_chats=[CHAT], members=0, now=now)
    item = CheckIn(CHAT, now.date() - dt.timedelta(days=3), 4, 12)
    bot = Bot(channel, db_path, tmp_path)
    seen_at_kill: dict = {}

    async def die_before_it_leaves(call):
        if call.text == item.confirmation and not seen_at_kill:
            bot.proc.kill()
            with sqlite3.connect(db_path) as conn:
                seen_at_kill["entries"] = conn.execute("select pain, distance_km from entries").fetchall()
                seen_at_kill["outbox"] = conn.execute("select status from outbox where chat_id = ? and text = ?",
                                                      [str(CHAT), item.confirmation]).fetchall()
            return api_error(502, "Bad Gateway")  # nobody is left to read it, and it was not delivered
        return None

    channel.fake.hooks["sendMessage"] = die_before_it_leaves
    try:
        await bot.start()
        await channel.send(CHAT, item.text)
        await bot.until(lambda: bool(seen_at_kill), 20, "the confirmation to be sent")
        await bot.proc.wait()
        assert seen_at_kill == {"entries": [(4, 12.0)], "outbox": [("sending",)]}, seen_at_kill
        assert [t for c, t, _ in channel.received() if c == str(CHAT)] == []
        assert integrity(db_path) == "ok"

        await bot.start()
        await bot.until(lambda: any(t == item.confirmation for _, t, _ in channel.received()), 20, "the confirmation")
        await channel.fake.quiesce(settle=1.0, timeout=10)
        assert await bot.stop() == 0
    finally:
        if bot.proc is not None and bot.proc.returncode is None:
            await bot.kill()
        await channel.stop()
    assert [t for c, t, _ in channel.received() if c == str(CHAT)] == [item.confirmation]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select count(*), min(pain), min(distance_km) from entries").fetchone() == (1, 4, 12.0)
        assert conn.execute("select count(*) from entry_changes").fetchone()[0] <= 1
        assert conn.execute("select count(*) from inbox where handled_at is not null").fetchone()[0] == 1
