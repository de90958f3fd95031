"""A reply goes out only once what it answers is on disk, and the event loop never waits for the disk: a
check-in commits without an fsync, and the outbox drainer fsyncs the WAL in a worker thread, once for
everything committed so far, before it sends (storage.db.fsync_later)."""

from __future__ import annotations

import datetime as dt
import threading

import httpx
from telegram import Update

from coach.clock import ManualClock
from handlers import outgoing
from handlers.channels.telegram import store_updates
from handlers.jobs.outbox import Drainer
from handlers.replies import Reply
from storage import open_db
from storage.db import another_connection, owes_sync, sync_wal, unsynced
from tests.fake_twilio import FakeTwilio
from tests.helpers import Chat, SendRecorder, watch_wal_fsyncs
from tests.sms_phone import Phone, server

START = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone.utc)


async def test_replies_go_after_one_fsync_of_the_wal_made_off_the_event_loop(tmp_path, monkeypatch) -> None:
    db = open_db(tmp_path / "lumbar.db")
    clock = ManualClock(START)
    chats = [Chat(db, clock, chat_id=f"r{n}") for n in range(3)]
    for chat in chats:
        chat.onboard()
    events: list[str] = []
    drainer = Drainer(db, {"terminal": SendRecorder([])}, clock, pacers={}, idle=0.01)
    await drainer.drain(limit_seconds=5)  # the onboarding's messages
    drainer.transports["terminal"] = SendRecorder(events)
    note_commits_and_fsyncs(db, monkeypatch, events)
    for chat in chats:
        chat.say("pain 3, ran 5 km")
    await drainer.drain(limit_seconds=5)
    assert events == ["commit NORMAL"] * 3 + ["fsync wal in a worker"] + [f"send r{n}" for n in range(3)]

    events.clear()
    chats[0].say("/summary")
    await drainer.drain(limit_seconds=5)
    assert events[:2] == ["commit NORMAL", "fsync wal in a worker"] and events[2:] and \
        all(event.startswith(("send r0", "file r0")) for event in events[2:]), events


def note_commits_and_fsyncs(db, monkeypatch, events: list[str]) -> None:
    """Each COMMIT with the synchronous level it ran at ("commit NORMAL"), and each fsync of the WAL with the
    thread that made it, in ``events``."""
    level = ["FULL"]

    def traced(sql: str) -> None:
        if sql.startswith("PRAGMA synchronous="):
            level[0] = sql.removeprefix("PRAGMA synchronous=")
        elif sql == "COMMIT":
            events.append(f"commit {level[0]}")

    db.conn.set_trace_callback(traced)
    watch_wal_fsyncs(monkeypatch, events, where)


def where() -> str:
    return "fsync wal on the loop" if threading.current_thread() is threading.main_thread() else "fsync wal in a worker"


async def test_a_message_another_process_queued_without_an_fsync_goes_after_one(tmp_path, monkeypatch) -> None:
    """Another process (``lumbar serve`` beside ``lumbar run``) counts its own commits, not this one's; what
    it wrote without an fsync is seen through ``data_version``, and synced before it is sent from here."""
    path = tmp_path / "lumbar.db"
    db = open_db(path)
    clock = ManualClock(START)
    events: list[str] = []
    drainer = Drainer(db, {"terminal": SendRecorder(events)}, clock, pacers={}, idle=0.01)
    await drainer.drain(limit_seconds=1)
    other = another_connection(path)
    with unsynced(other):  # committed with synchronous=NORMAL and counted nowhere in this process
        outgoing.enqueue(other, [Reply("Club run moved to 7pm")], channel="terminal", chat_id="r9", runner_id=None,
                         key="other-process", now=clock())
    watch_wal_fsyncs(monkeypatch, events, where)
    await drainer.drain(limit_seconds=5)
    assert events == ["fsync wal in a worker", "send r9"]


def test_an_fsync_does_not_count_a_commit_still_returning(tmp_path) -> None:
    """A transaction is counted as owed before its COMMIT; an fsync made before that COMMIT has returned may
    have missed its frames, so it stays owed and the next send syncs again."""
    db = open_db(tmp_path / "lumbar.db")
    db.wal.owe()  # as a transaction does just before its COMMIT
    sync_wal(db)
    assert owes_sync(db), "a commit still returning is not covered"
    db.wal.commit_returned()
    sync_wal(db)
    assert not owes_sync(db)


async def test_an_update_is_on_disk_before_it_is_confirmed_and_the_loop_does_not_wait_for_the_disk(
        tmp_path, monkeypatch) -> None:
    """Telegram (polled or by webhook) is told an update arrived only once it is stored on disk: the inbox's
    commit does not wait for the disk on the loop, and the WAL is fsynced in a worker before the call returns."""
    db = open_db(tmp_path / "lumbar.db")
    events: list[str] = []
    note_commits_and_fsyncs(db, monkeypatch, events)
    data = {"update_id": 7, "message": {"message_id": 1, "date": 0, "chat": {"id": 1001, "type": "private"},
                                        "from": {"id": 1001, "is_bot": False, "first_name": "R"}, "text": "3 5k"}}
    fresh = await store_updates(db, [(Update.de_json(data, None), data)], START)
    events.append("returned")
    assert fresh == {7}
    assert events == ["commit NORMAL", "fsync wal in a worker", "returned"]
    assert [row["update_key"] for row in db.query("select update_key from inbox")] == ["7"]


async def test_a_text_from_twilio_is_on_disk_before_twilio_is_answered(tmp_path, monkeypatch) -> None:
    """The SMS webhook stores the text the same way: its commit does not wait for the disk on the loop, and
    the WAL is fsynced in a worker before anything else happens for it (the 200 to Twilio, then the answer)."""
    async with FakeTwilio() as twilio:
        running = server(twilio, tmp_path / "lumbar.db", ManualClock(START))
        async with running.running():
            events: list[str] = []
            note_commits_and_fsyncs(running.db, monkeypatch, events)
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=running.app),
                                         base_url="http://lumbar.local") as http:
                response = await Phone(twilio, http, running, "+447700900123").post("Hi")
            assert response.status_code == 200
            assert events[:2] == ["commit NORMAL", "fsync wal in a worker"], events
