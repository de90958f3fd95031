"""The minute sweep in its worker thread: it queues what the sweep on the loop would, the loop's own
writes get in between its slices, and each runner is decided as they are at that moment."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
import threading
import time

from coach.clock import ManualClock
from handlers.jobs.outbox import Drainer
from handlers.jobs.sweep import in_slices, steps
from handlers.jobs.sweeper import CHECKPOINT_EVERY, Sweeper
from storage import open_db, outbox, runners
from storage.db import another_connection
from storage.health import beat, last_beat
from tests.helpers import Chat, SendRecorder, watch_wal_fsyncs

UTC = dt.timezone.utc
START = dt.datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
ASKED = dt.datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def onboarded(db, count: int) -> list[Chat]:
    clock = ManualClock(START)
    chats = [Chat(db, clock, chat_id=f"r{n}") for n in range(count)]
    for chat in chats:
        chat.onboard(zone="Europe/London", time="08:00")
    return chats


def queued_to(db) -> list[str]:
    due = outbox.due(db, ASKED + dt.timedelta(hours=1), ("terminal",), limit=1000)
    return sorted(m.chat_id for m in due if m.kind == "question")


async def test_the_worker_queues_every_due_question_once_and_leaves_the_heartbeat(tmp_path) -> None:
    db = open_db(tmp_path / "lumbar.db")
    onboarded(db, 12)
    sweeper = Sweeper(db, ("terminal",))
    queued = await sweeper(ASKED)
    again = await sweeper(ASKED + dt.timedelta(minutes=1))
    await sweeper.close()
    assert (queued, again) == (12, 0)
    assert queued_to(db) == sorted(f"r{n}" for n in range(12))
    assert last_beat(db, "sweep") == ASKED + dt.timedelta(minutes=1)


async def test_a_write_on_the_loop_gets_in_between_the_workers_slices(tmp_path) -> None:
    """With one item a slice, a reply written on the loop while the worker sweeps 30 runners commits before
    the sweep is done: it waited for a slice, not for the whole sweep."""
    db = open_db(tmp_path / "lumbar.db")
    chats = onboarded(db, 30)
    sweeper = Sweeper(db, ("terminal",), slice_seconds=0.0)
    seen_when_written: list[int] = []

    async def reply_on_the_loop() -> None:
        while not seen_when_written:
            await asyncio.sleep(0)
            if queued_to(db):
                chats[0].clock.set(ASKED)
                with db.atomic():
                    runners.update_runner(db, runners.find_runner(db, "terminal", "r0").id, now=ASKED,
                                          screen_reason="written by the loop")
                seen_when_written.append(len(queued_to(db)))

    writer = asyncio.create_task(reply_on_the_loop())
    queued = await sweeper(ASKED)
    await writer
    await sweeper.close()
    assert queued == 30 and len(queued_to(db)) == 30
    assert 0 < seen_when_written[0] < 30
    assert runners.find_runner(db, "terminal", "r0").screen_reason == "written by the loop"


def test_a_runner_who_stopped_after_the_due_list_was_read_is_not_asked() -> None:
    db = open_db(None)
    chats = onboarded(db, 3)
    items = steps(db, ASKED, ("terminal",))
    first = next(items)
    assert first is not None
    later = [c for c in chats if c.chat_id != first.chat_id][0]
    later.clock.set(ASKED)
    later.say("/stop")
    rest = [q.chat_id for q in items if q is not None]
    assert later.chat_id not in rest
    assert len(rest) == 1


async def test_an_in_memory_database_is_swept_on_the_loop(db) -> None:
    onboarded(db, 2)
    sweeper = Sweeper(db, ("terminal",))
    assert await sweeper(ASKED) == 2
    await sweeper.close()
    assert queued_to(db) == ["r0", "r1"]


def test_a_write_returning_rows_outside_a_transaction_is_committed_at_once(tmp_path) -> None:
    """sqlite-utils commits a lone write only when it returns no rows; ``update ... returning`` left the write
    lock held until something else committed, and the sweep's worker waited on it."""
    db = open_db(tmp_path / "lumbar.db")
    onboarded(db, 1)
    runner = runners.find_runner(db, "terminal", "r0")
    runners.update_runner(db, runner.id, now=START, screen_reason="seen from elsewhere")
    assert not db.conn.in_transaction
    other = open_db(tmp_path / "lumbar.db")
    assert runners.find_runner(other, "terminal", "r0").screen_reason == "seen from elsewhere"


async def test_the_worker_copies_the_wal_back_every_five_minutes_not_after_every_tick(tmp_path) -> None:
    """The database file itself changes only when the WAL is copied back into it: at the first sweep, not at
    the next minute's (whose heartbeat stays in the WAL), and again once ``CHECKPOINT_EVERY`` has passed."""
    path = tmp_path / "lumbar.db"
    db = open_db(path)
    onboarded(db, 3)
    sweeper = Sweeper(db, ("terminal",))
    await sweeper(ASKED)
    after_first = path.read_bytes()
    await sweeper(ASKED + dt.timedelta(minutes=1))
    after_a_minute = path.read_bytes()
    await sweeper(ASKED + CHECKPOINT_EVERY)
    after_five = path.read_bytes()
    await sweeper.close()
    assert last_beat(db, "sweep") == ASKED + CHECKPOINT_EVERY
    assert after_a_minute == after_first
    assert after_five != after_first


async def test_the_workers_slices_commit_without_an_fsync_and_the_drainer_makes_one_before_sending(
        tmp_path, monkeypatch) -> None:
    """The worker's slices commit with ``synchronous=NORMAL`` and it makes no fsync of its own (one after each
    slice was a second fsync of what the drainer syncs anyway); the drainer sees the other connection's
    commits and fsyncs once, in a worker thread, before the first question goes. Seen through SQLite's trace
    of the worker's connection (the only one opened after the trace is set) and the fsyncs the process makes."""
    db = open_db(tmp_path / "lumbar.db")
    onboarded(db, 12)
    clock = ManualClock(ASKED)
    drainer = Drainer(db, {"terminal": SendRecorder([])}, clock, pacers={}, idle=0.01)
    await drainer.drain(limit_seconds=5)  # the onboarding's messages
    said: list[str] = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(said.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    watch_wal_fsyncs(monkeypatch, said, lambda: "fsync wal on the loop" if threading.current_thread()
                     is threading.main_thread() else "fsync wal in a worker")
    sweeper = Sweeper(db, ("terminal",), slice_seconds=0.0)
    assert await sweeper(ASKED) == 12
    await sweeper.close()
    levels = [sql.removeprefix("PRAGMA synchronous=") for sql in said if sql.startswith("PRAGMA synchronous=")]
    assert said.count("COMMIT") >= 12 and "NORMAL" in levels, said
    assert not [sql for sql in said if sql.startswith("fsync wal")], "the worker made an fsync"
    said.clear()
    drainer.transports["terminal"] = SendRecorder(said)
    await drainer.drain(limit_seconds=5)
    assert said[0] == "fsync wal in a worker" and said.count("fsync wal in a worker") == 1, said
    assert sorted(said[1:]) == sorted(f"send r{n}" for n in range(12))
    assert last_beat(db, "sweep") == ASKED


def _free(turn) -> bool:
    """Another thread could take the writer's turn now."""
    taken: list[bool] = []

    def take() -> None:
        taken.append(turn.acquire(timeout=0))
        if taken[0]:
            turn.release()

    thread = threading.Thread(target=take)
    thread.start()
    thread.join()
    return taken[0]


def test_a_writer_waiting_for_its_turn_ends_the_slice_after_the_item_in_hand(tmp_path) -> None:
    """However long a slice may be, a write from another of the process's connections waits for one item of
    the sweep, not the rest of the slice: the slice commits as soon as someone wants the turn."""
    db = open_db(tmp_path / "lumbar.db")
    other = another_connection(tmp_path / "lumbar.db")
    written: list[str] = []

    def write_a_reply() -> None:
        beat(other, "reply", ASKED)
        written.append("reply")

    def items():
        for n in range(10):
            beat(db, f"item {n}", ASKED)
            if n == 3:
                threading.Thread(target=write_a_reply).start()
                while not db.turn.wanted:
                    time.sleep(0.001)
            yield f"item {n}"

    parts = []
    for part in in_slices(db, items(), slice_seconds=60.0):
        parts.append(part)
        deadline = time.monotonic() + 5
        while len(parts) == 1 and not written and time.monotonic() < deadline:
            time.sleep(0.001)
        if len(parts) == 1:
            assert written == ["reply"], "the reply wrote before the next slice began"
    assert parts == [[f"item {n}" for n in range(4)], [f"item {n}" for n in range(4, 10)]]
    assert list(in_slices(db, iter(["alone", "together"]), slice_seconds=60.0)) == [["alone", "together"]]
