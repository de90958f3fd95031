"""Storage details a runner never sees but relies on: WAL, the schema version, the undo journal."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage import open_db, outbox
from storage.db import another_connection, rows, schema_version
from storage.diary import save_entry, undo_last_change
from coach.models import Awaiting, Mode, SetupStep, Unit
from storage.runners import change, create_runner, get_runner

NOW = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.timezone.utc)


def test_a_file_database_uses_wal_and_records_its_schema_version(tmp_path):
    db = open_db(tmp_path / "nested" / "lumbar.db")
    assert db.journal_mode == "wal"
    assert schema_version(db) >= 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version(db)


def test_every_connection_keeps_its_temporary_files_in_memory(tmp_path):
    """A sweep slice's savepoint journal would otherwise spill to a new file in /var/tmp each slice."""
    db = open_db(tmp_path / "lumbar.db")
    worker = another_connection(tmp_path / "lumbar.db")
    assert [c.execute("PRAGMA temp_store").fetchone()[0] for c in (db, worker)] == [2, 2]  # 2: MEMORY


def test_opening_twice_applies_migrations_once(tmp_path):
    open_db(tmp_path / "l.db")
    db = open_db(tmp_path / "l.db")
    assert db.table("_sqlite_migrations").count == schema_version(db)


def test_undo_reverts_one_message_across_two_dates(db):
    runner = create_runner(db, "terminal", "x", now=NOW, consent_wording="ok")
    save_entry(db, runner.id, dt.date(2026, 11, 23), now=NOW, pain=2, batch="a")
    save_entry(db, runner.id, dt.date(2026, 11, 24), now=NOW, pain=4, batch="b")
    save_entry(db, runner.id, dt.date(2026, 11, 23), now=NOW, distance_km=8.0, batch="b")
    undone = undo_last_change(db, runner.id, now=NOW)
    assert [(c.date, c.after) for c in undone][0][0] == dt.date(2026, 11, 23)
    rows = list(db.query("select date, pain, distance_km from entries order by date"))
    assert rows == [{"date": "2026-11-23", "pain": 2, "distance_km": None}]


def test_a_failing_nested_block_is_undone_alone_in_savepoints_of_one_name() -> None:
    """One name for every savepoint: a fresh name each time (sqlite-utils' way) is a new statement to compile
    and pushes the statements used on every check-in out of the connection's cache."""
    db = open_db()
    said: list[str] = []
    db.conn.set_trace_callback(said.append)

    def beat(name: str) -> None:
        db.execute("insert into heartbeat (name, at) values (?, '2026-11-30T09:00:00+00:00')", [name])

    with db.atomic():
        beat("kept before")
        with pytest.raises(ValueError), db.atomic():
            beat("undone")
            with db.atomic():
                beat("undone inside")
            raise ValueError("one item fails")
        with db.atomic():
            beat("kept after")
    assert [row[0] for row in db.execute("select name from heartbeat order by name")] == ["kept after", "kept before"]
    assert {s for s in said if "SAVEPOINT" in s.upper() or s.upper().startswith(("RELEASE", "ROLLBACK TO"))} == {
        "SAVEPOINT lumbar", "RELEASE lumbar", "ROLLBACK TO lumbar"}


def test_the_drainer_sees_waiting_messages_light_and_claims_one_whole_once() -> None:
    """The drainer's pass runs after every answer and reads every due row; text and buttons are read only for
    the one it claims, and a claim counts the try it is for."""
    db = open_db()
    rows = [{"channel": "telegram", "chat_id": "7", "text": f"message {n}", "idem_key": f"k{n}",
             "payload": {"buttons": [[["Yes", "y"]]]}, "priority": 2 - n} for n in range(2)]
    outbox.enqueue(db, rows, now=NOW)
    waiting = outbox.waiting(db, NOW, ("telegram",))
    assert [(w.chat_id, w.kind, w.expires) for w in waiting] == [("7", "reply", None)] * 2
    assert [w.id for w in waiting] == [m.id for m in outbox.due(db, NOW, ("telegram",))]
    message = outbox.claim(db, waiting[0].id)
    assert (message.text, message.payload, message.attempts) == ("message 1", {"buttons": [[["Yes", "y"]]]}, 1)
    assert outbox.claim(db, waiting[0].id) is None
    assert [w.id for w in outbox.waiting(db, NOW, ("telegram",))] == [waiting[1].id]


def test_a_message_whose_row_cannot_be_read_is_given_up_not_left_sending() -> None:
    db = open_db()
    outbox.enqueue(db, [{"channel": "telegram", "chat_id": "7", "text": "hi", "idem_key": "k"}], now=NOW)
    db.execute("update outbox set payload = '{not json'")
    [waiting] = outbox.waiting(db, NOW, ("telegram",))
    assert outbox.claim(db, waiting.id) is None
    assert [(r["status"], r["last_error"]) for r in db.query("select status, last_error from outbox")] == [
        ("failed", "its stored payload or times could not be read")]


def test_a_single_write_outside_a_transaction_is_one_statement() -> None:
    """Autocommit at the driver: no BEGIN from Python's sqlite3 before the write and no COMMIT from
    sqlite-utils after it, on every write the check-in path and the drainer make alone."""
    db = open_db()
    said: list[str] = []
    db.conn.set_trace_callback(said.append)
    db.execute("insert into heartbeat (name, at) values ('one', '2026-11-30T09:00:00+00:00')")
    db.conn.set_trace_callback(None)
    assert said == ["insert into heartbeat (name, at) values ('one', '2026-11-30T09:00:00+00:00')"]
    assert not db.conn.in_transaction


@pytest.mark.parametrize("write", ["transaction", "single statement", "returning"])
def test_a_write_waiting_for_another_thread_starts_when_that_transaction_ends(tmp_path, write) -> None:
    """The sweep's worker thread and the event loop write to one file on two connections. A write that
    waited on SQLite's busy handler slept 1, 2, 5, 10, 15, 20, 25 ms between tries, so after a 54 ms
    transaction it went at 78 ms; taking turns in the process, it goes when the other commits."""
    path = tmp_path / "l.db"
    loop_side, worker_side = open_db(path), another_connection(path)
    loop_side.execute("PRAGMA synchronous=OFF")  # the gap is the wait, not the reply's own fsync
    statement = "insert into heartbeat (name, at) values ('reply', '2026-11-30T09:00:00+00:00')" \
        " on conflict(name) do update set at = excluded.at"

    def reply() -> None:
        if write == "transaction":
            with loop_side.atomic():
                loop_side.execute(statement)
        elif write == "single statement":
            loop_side.execute(statement)
        else:
            rows(loop_side, statement + " returning name")

    gaps = []
    for _ in range(5):
        holding, committed = threading.Event(), []

        def sweep_slice() -> None:
            with worker_side.atomic():
                worker_side.execute("insert into heartbeat (name, at) values ('sweep', 'x') on conflict(name)"
                                    " do update set at = excluded.at")
                holding.set()
                time.sleep(0.054)
            committed.append(time.perf_counter())

        worker = threading.Thread(target=sweep_slice)
        worker.start()
        holding.wait()
        reply()
        wrote = time.perf_counter()
        worker.join()
        gaps.append(wrote - committed[0])
    assert statistics.median(gaps) < 0.010, gaps
    assert loop_side.execute("select count(*) from heartbeat").fetchone()[0] == 2


def test_a_write_that_waits_out_its_turn_fails_as_a_locked_database_does_and_writes_nothing(tmp_path) -> None:
    """A writer of this process that holds its turn past ``BUSY_TIMEOUT`` (5 s): the other gets SQLite's own
    "database is locked" then, not a second wait, and can write once the turn is free."""
    path = tmp_path / "l.db"
    loop_side, worker_side = open_db(path), another_connection(path)
    holding, done = threading.Event(), threading.Event()

    def long_transaction() -> None:
        with worker_side.atomic():
            holding.set()
            done.wait(10)

    worker = threading.Thread(target=long_transaction)
    worker.start()
    holding.wait()
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="database is locked"):
        loop_side.execute("insert into heartbeat (name, at) values ('reply', 'x')")
    waited = time.monotonic() - started
    done.set()
    worker.join()
    assert 4.5 < waited < 7.5
    loop_side.execute("insert into heartbeat (name, at) values ('reply', 'x')")
    assert [r["name"] for r in loop_side.query("select name from heartbeat")] == ["reply"]


_FIELDS = st.fixed_dictionaries({}, optional={
    "units": st.sampled_from(list(Unit)),
    "tz": st.sampled_from(["UTC", "Europe/London", "Pacific/Kiritimati", "America/St_Johns"]),
    "checkin_time": st.times(), "quiet_start": st.none() | st.times(), "quiet_end": st.none() | st.times(),
    "run_time": st.none() | st.times(), "summary_time": st.times(), "summary_day": st.integers(0, 6),
    "mode": st.sampled_from(list(Mode)), "paused": st.booleans(), "active": st.booleans(),
    "unreachable": st.booleans(), "paused_until": st.none() | st.dates(), "awaiting": st.none() | st.sampled_from(list(Awaiting)),
    "awaiting_date": st.none() | st.dates(), "nudges_muted_until": st.none() | st.dates(),
    "onboarding_step": st.none() | st.sampled_from(list(SetupStep)), "screen_step": st.none() | st.text(max_size=8),
    "safety_hold_since": st.none() | st.datetimes(timezones=st.just(dt.timezone.utc)),
    "next_prompt_utc": st.none() | st.datetimes(timezones=st.just(dt.timezone.utc)), "pending_club": st.none() | st.text(max_size=8),
})


@settings(max_examples=150, deadline=None)
@given(changes=st.lists(_FIELDS, min_size=1, max_size=4))
def test_a_change_without_reading_back_gives_the_runner_a_read_would(changes) -> None:
    """``runners.change`` skips ``RETURNING *``: what it returns must be what ``get_runner`` reads, field for field."""
    db = open_db()
    runner = create_runner(db, "terminal", "x", now=NOW, consent_wording="ok")
    for fields in changes:
        runner = change(db, runner, now=NOW, **fields)
        assert runner == get_runner(db, runner.id)
        for name, value in fields.items():
            if hasattr(runner, name):
                assert getattr(runner, name) == _as_read(name, value), name


def _as_read(name: str, value):
    """What a field reads as, written out apart from storage's own table: minutes of a time, whole seconds of an
    instant, the quiet hours' defaults for none."""
    if value is None and name in ("quiet_start", "quiet_end"):
        return dt.time(21, 30) if name == "quiet_start" else dt.time(7, 0)
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    return value
