"""The drainer keeps each chat's messages in order and a second apart as Telegram counts them.

Both were found by the pacing test in test_delivery_faults.py (a broadcast to 300 and five runners typing
three check-ins 0.1 s apart): a runner's third confirmation arrived before their first, and now and then
the fake answered 429 for a private chat. Here each is pinned down with a clock the test moves.
"""

from __future__ import annotations

import pytest

from handlers.jobs.outbox import Drainer
from handlers.jobs.pacing import Pacer
from storage import open_db, outbox


class Steps:
    """A monotonic clock that moves ``step`` seconds each time it is read: time passing while the drainer
    waits for a free slot between one message and the next."""

    def __init__(self, step: float) -> None:
        self.now = 100.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


class Recorder:
    channel = "telegram"

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send_text(self, chat_id, text, buttons, *, table) -> None:
        self.sent.append((chat_id, text))

    async def send_file(self, chat_id, filename, content, *, photo) -> None:
        raise AssertionError("no files here")


async def test_a_chat_waiting_for_its_second_keeps_its_later_messages_behind_the_earlier_one(tmp_path, clock):
    db = open_db(tmp_path / "o.db")
    rows = [("1", "first to 1"), ("2", "only to 2"), ("1", "second to 1")]
    outbox.enqueue(db, [{"channel": "telegram", "chat_id": chat, "text": text, "idem_key": f"k{n}"}
                        for n, (chat, text) in enumerate(rows)], now=clock())
    steps = Steps(0.6)
    pacer = Pacer(30, chat_interval=1.0, clock=steps)
    pacer.take("1")  # chat 1 had a message just now: its next may go a second later
    transport = Recorder()
    await Drainer(db, {"telegram": transport}, clock, pacers={"telegram": pacer}, idle=5).drain(limit_seconds=5)
    assert [text for chat, text in transport.sent if chat == "1"] == ["first to 1", "second to 1"], transport.sent


def test_the_next_message_to_a_private_chat_waits_a_full_interval_from_when_the_last_one_came_back():
    moment = [0.0]
    pacer = Pacer(30, chat_interval=1.0, clock=lambda: moment[0])
    pacer.take("7")
    moment[0] = 0.4  # the request took 0.4 s; Telegram counted it somewhere in between
    pacer.finished("7")
    assert pacer.wait("7") == pytest.approx(1.0)
    moment[0] = 1.1
    assert pacer.wait("7") > 0
    moment[0] = 1.4
    assert pacer.wait("7") == 0
    pacer.take("-100")
    pacer.finished("-100")  # groups have their minute's budget instead
    assert pacer.wait("-100") == pytest.approx(pacer.interval)


async def test_a_fast_channel_is_sent_a_long_queue_in_a_few_reads_of_it(tmp_path, clock):
    """With the pacer far above Telegram's cap (a local Bot API server), the turn between two sends is
    microseconds: waited inside the pass, not by a new pass that reads the whole queue for one message."""
    db = open_db(tmp_path / "o.db")
    outbox.enqueue(db, [{"channel": "telegram", "chat_id": str(n), "text": f"to {n}", "idem_key": f"k{n}"}
                        for n in range(150)], now=clock())
    reads: list[str] = []
    db.conn.set_trace_callback(lambda sql: reads.append(sql) if "from outbox where status = 'pending'" in sql else None)
    transport = Recorder()
    await Drainer(db, {"telegram": transport}, clock, pacers={"telegram": Pacer(100_000)}, idle=0.05).drain()
    db.conn.set_trace_callback(None)
    assert len(transport.sent) == 150
    assert len(reads) <= 10, f"{len(reads)} reads of the queue for 150 messages"
