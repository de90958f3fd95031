"""A 2,000-member broadcast against a fake that enforces Telegram's flood limits and blocks some members."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter

from bot.app import build_application, start, stop
from bot.config import Settings
from handlers.jobs.outbox import Drainer
from storage import clubs, open_db, outbox, runners
from tests.conftest import drained
from tests.fake_telegram import TOKEN, Limits
from tests.helpers import TelegramRunner

UTC = dt.timezone.utc
MEMBERS = 2000
BLOCKED = {100_007, 100_500, 101_999}


async def test_two_thousand_members_get_exactly_one_copy_and_blocked_ones_are_reported(tg, tmp_path, clock):
    clock.set(dt.datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    tg.limits = Limits(scale=20)  # 600 a second overall, 20 a second per chat, 400 a minute per group
    tg.blocked.update(BLOCKED)
    db = open_db(tmp_path / "club.db")
    settings = Settings(telegram_token=TOKEN, telegram_api_base_url=tg.base_url, db_path=tmp_path / "club.db",
                        send_rate=580, chat_interval=0.0, poll_timeout=1, drain_idle=0.05)
    application = build_application(settings, db, clock)
    await application.initialize()
    await start(application)
    tg.bot_settled = lambda: drained(application)
    try:
        owner = TelegramRunner(tg, 5000)
        await owner.onboard()
        await owner.say("/club new Big Club")
        with db.atomic():
            for n in range(MEMBERS):
                member = runners.create_runner(db, "telegram", str(100_000 + n), now=clock(), consent_wording="test")
                clubs.add_member(db, 1, member.id, "member", now=clock())
        started = time.monotonic()
        [preview] = await owner.say("/broadcast Club AGM on Thursday, 19:00")
        tg.mark()
        await tg.push_callback(owner.chat_id, tg.buttons(preview)[0][0][1], preview)  # "Send", without waiting for quiet
        queued, report = await tg.wait_for("sendMessage", 2, chat_id=owner.chat_id, timeout=90)
        assert queued.params["text"].startswith(f"Sending to {MEMBERS} members.")
        elapsed = time.monotonic() - started
    finally:
        await stop(application)
        await application.shutdown()
    copies = Counter(c.params["chat_id"] for c in tg.delivered() if c.params.get("text") == "Club AGM on Thursday, 19:00")
    reachable = {100_000 + n for n in range(MEMBERS)} - BLOCKED
    print(f"\n{MEMBERS} members in {elapsed:.1f} s, {tg.flood_429s} flood 429s")
    assert tg.flood_429s == 0
    assert {int(chat) for chat in copies} == reachable
    assert set(copies.values()) == {1}
    assert report.params["text"] == (
        f"Your message to Big Club: delivered to {len(reachable)} of {MEMBERS}.\n"
        f"{len(BLOCKED)} blocked the bot or left Telegram; I won't send to them again."
    )
    statuses = Counter(row["status"] for row in db.query("select status from outbox where broadcast_id = 1"))
    assert statuses == {"sent": len(reachable), "blocked": len(BLOCKED)}
    assert db.table("runners").count_where("unreachable = 1") == len(BLOCKED)


class Recorder:
    """A transport that records what it is asked to send, and can stop its drainer after a few."""

    channel = "telegram"

    def __init__(self, stop_after: int | None = None) -> None:
        self.sent: list[str] = []
        self.stop_after = stop_after
        self.drainer: Drainer | None = None

    async def send_text(self, chat_id, text, buttons, *, table) -> None:
        self.sent.append(chat_id)
        if self.stop_after is not None and len(self.sent) >= self.stop_after:
            self.drainer.stop()

    async def send_file(self, chat_id, filename, content, *, photo) -> None:
        raise AssertionError("no files here")


async def test_a_drain_stops_between_messages_when_asked(tmp_path, clock):
    db = open_db(tmp_path / "o.db")
    outbox.enqueue(db, [{"channel": "telegram", "chat_id": str(n), "kind": "broadcast", "text": "hi", "idem_key": f"k{n}"} for n in range(10)],
                   now=clock())
    transport = Recorder(stop_after=4)
    transport.drainer = Drainer(db, {"telegram": transport}, clock, pacers={}, concurrency=1, idle=0.01)
    await transport.drainer.run()
    assert transport.sent == ["0", "1", "2", "3"]
    assert [r["status"] for r in db.query("select status from outbox order by id")] == ["sent"] * 4 + ["pending"] * 6


async def test_a_text_in_flight_at_every_restart_is_still_sent_once(tmp_path, clock):
    """Kills at random moments must not turn a delivered broadcast copy into a 'failed' in the report."""
    db = open_db(tmp_path / "o.db")
    outbox.enqueue(db, [{"channel": "telegram", "chat_id": "1", "text": "hi", "idem_key": "k"}], now=clock())
    for _ in range(outbox.MAX_INTERRUPTIONS + 2):
        db.execute("update outbox set status = 'sending'")
        outbox.recover_in_flight(db)
    transport = Recorder()
    assert await Drainer(db, {"telegram": transport}, clock, pacers={}, idle=0.01).drain() == 1
    assert transport.sent == ["1"]


async def test_a_message_with_files_in_flight_at_every_restart_is_given_up(tmp_path, clock):
    db = open_db(tmp_path / "o.db")
    files = {"files": [{"name": "c.png", "recipe": "chart", "params": {}, "photo": True}]}
    outbox.enqueue(db, [{"channel": "telegram", "chat_id": "1", "text": "boom", "idem_key": "k", "payload": files}],
                   now=clock())
    for _ in range(outbox.MAX_INTERRUPTIONS):
        db.execute("update outbox set status = 'sending'")
        outbox.recover_in_flight(db)
    transport = Recorder()
    assert await Drainer(db, {"telegram": transport}, clock, pacers={}, idle=0.01).drain() == 0
    assert transport.sent == []
    [row] = db.query("select status, last_error from outbox")
    assert row == {"status": "failed", "last_error": "interrupted by restarts"}
