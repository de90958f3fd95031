"""Opening the database: WAL, durable commits and the schema migrations."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from storage.migrations import migrations

log = logging.getLogger(__name__)


BUSY_TIMEOUT = 5.0
"""Seconds a write waits for a writer of this process, and then for one of another process, before it
fails with "database is locked"."""
_WRITES = ("insert", "update", "delete", "replace")
_turns: dict[str, WriterTurn] = {}
_turns_guard = threading.Lock()


def is_write(sql: str) -> bool:
    """A statement that takes the write lock (the ones this project writes with; schema changes run
    before anything else starts)."""
    return sql.lstrip()[:7].lower().startswith(_WRITES)


class WriterTurn:
    """One writer's turn for all of this process's connections to one file, and whether anyone waits for
    it: a long writer (the sweep's worker) ends its transaction early when another connection wants to
    write, so a reply waits for one item of the sweep rather than a whole slice.

    The turn belongs to a thread and may be taken again by it (nested writes). A thread may also wait for
    it on behalf of another (``acquire(for_thread=...)``): the event loop waits in a worker thread and
    writes once it holds the turn (``writers_turn``). When the holder lets go, the turn passes to the one
    that has waited longest, so a sweep that starts its next slice at once does not take it back.
    """

    def __init__(self) -> None:
        self._changed = threading.Condition(threading.Lock())
        self._owner: int | None = None
        self._depth = 0
        self._queue: collections.deque[_Ticket] = collections.deque()

    def acquire(self, timeout: float, *, for_thread: int | None = None) -> bool:
        """Take the turn for this thread (or ``for_thread``) within ``timeout`` seconds; False if it stayed taken."""
        owner = threading.get_ident() if for_thread is None else for_thread
        with self._changed:
            if self._owner == owner or (self._owner is None and not self._queue):
                self._owner = owner
                self._depth += 1
                return True
            if timeout <= 0:
                return False
            ticket = _Ticket(owner)
            self._queue.append(ticket)
            taken = self._changed.wait_for(lambda: ticket.granted or self._owner == owner, timeout)
            if not ticket.granted:
                self._queue.remove(ticket)
                if taken:  # passed to the same thread on another's behalf: a nested take
                    self._depth += 1
            return taken

    def release(self, *, for_thread: int | None = None) -> None:
        """Let go once for this thread (or ``for_thread``); the last let-go passes the turn to the longest waiter."""
        owner = threading.get_ident() if for_thread is None else for_thread
        with self._changed:
            if self._owner != owner or self._depth == 0:
                raise RuntimeError("the writer's turn released by a thread that does not hold it")
            self._depth -= 1
            if self._depth:
                return
            self._owner = None
            if self._queue:
                ticket = self._queue.popleft()
                ticket.granted = True
                self._owner, self._depth = ticket.owner, 1
                self._changed.notify_all()

    @property
    def wanted(self) -> bool:
        """Another thread is waiting for the turn."""
        return bool(self._queue)


@dataclass
class _Ticket:
    owner: int
    granted: bool = False


def _turn_for(path: Path) -> WriterTurn:
    """One writer's turn for all of this process's connections to the file at ``path``."""
    with _turns_guard:
        return _turns.setdefault(str(path.resolve()), WriterTurn())


class Wal:
    """What this process owes the disk for one database file. ``owed`` counts the transactions under
    ``fsync_later`` that wrote, each counted before its COMMIT (so nobody reads their rows uncounted);
    ``committed`` those whose COMMIT has returned (their frames are in the WAL file); ``synced`` how many
    of those an fsync has covered."""

    def __init__(self, path: Path) -> None:
        self.path = Path(f"{path}-wal")
        self.owed = 0
        self.committed = 0
        self.synced = 0
        self._lock = threading.Lock()

    def owe(self) -> None:
        with self._lock:
            self.owed += 1

    def commit_returned(self) -> None:
        with self._lock:
            self.committed += 1

    def covered(self, upto: int) -> None:
        with self._lock:
            self.synced = max(self.synced, upto)


_wals: dict[str, Wal] = {}


def _wal_for(path: Path) -> Wal:
    with _turns_guard:
        return _wals.setdefault(str(path.resolve()), Wal(path.resolve()))


class LumbarDatabase(Database):
    """sqlite-utils' Database whose outermost ``atomic()`` takes the write lock when it begins, and whose
    writes take turns with the process's other connections to the same file.

    sqlite-utils begins a deferred transaction: it reads first and asks for the write lock at its first
    write. In WAL mode, if another process committed in between, that upgrade fails at once with
    "database is locked" (busy_timeout does not apply to a stale snapshot), which crashed a second
    ``lumbar chat`` on the same database. ``BEGIN IMMEDIATE`` waits its turn instead (busy_timeout).

    Taking turns: a writer that finds the file locked by another connection sleeps on SQLite's schedule
    (1, 2, 5, 10, 15, 20, 25 ms... between tries), so a reply that arrived while the sweep's worker thread
    held the lock for 34 ms waited 53. Within the process, a writer waits on ``turn`` instead and starts
    the moment the other's transaction ends; other processes still wait on SQLite's schedule.
    """

    turn: WriterTurn | None = None
    wal: Wal | None = None
    owing: bool = False
    """Inside ``fsync_later``: each transaction that wrote is counted in ``wal.owed`` before its COMMIT."""

    def atomic(self) -> contextlib.AbstractContextManager[Database]:
        """A transaction, or a savepoint inside the one already open."""
        if self.conn.in_transaction:
            return _Savepoint(self)
        return self._transaction()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Database]:
        with self.writing():
            changes = self.conn.total_changes
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                owed = self.wal if self.owing and self.wal is not None and self.conn.total_changes != changes else None
                if owed is not None:
                    owed.owe()  # before COMMIT: nobody can read what it wrote before it is counted
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise
                finally:
                    if owed is not None:
                        owed.commit_returned()

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """A write outside ``atomic()`` is its own transaction (autocommit, see ``_set_up``): it takes its turn."""
        if self.turn is None or self.conn.in_transaction or not is_write(sql):
            return super().execute(sql, parameters)
        with self.writing():
            return super().execute(sql, parameters)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """This connection's turn to write among the process's connections to its file; after
        ``BUSY_TIMEOUT`` the write fails as SQLite's own wait would have."""
        if self.turn is None or self.conn.in_transaction:
            yield
            return
        if not self.turn.acquire(timeout=BUSY_TIMEOUT):
            raise sqlite3.OperationalError("database is locked")
        try:
            yield
        finally:
            self.turn.release()


class _Savepoint:
    """A nested block in a savepoint that always has the same name (SQLite releases the innermost of a
    name): sqlite-utils names each one afresh, and each new name is a statement the connection compiles
    again and keeps in its statement cache, pushing out the statements used every time. A class rather
    than a generator: every sweep item opens one."""

    __slots__ = ("db",)

    def __init__(self, db: LumbarDatabase) -> None:
        self.db = db

    def __enter__(self) -> LumbarDatabase:
        self.db.conn.execute("SAVEPOINT lumbar")
        return self.db

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        conn = self.db.conn
        if kind is None:
            conn.execute("RELEASE lumbar")
        elif conn.in_transaction:  # a RAISE(ROLLBACK) trigger may have ended the whole transaction
            conn.execute("ROLLBACK TO lumbar")
            conn.execute("RELEASE lumbar")


def open_db(path: str | Path | None = None) -> Database:
    """Open (or create) the database at ``path`` and bring its schema up to date.

    ``None`` opens a private in-memory database, which the tests use.
    synchronous=FULL by default because a runner who read "Saved" must find the entry after a power cut
    (shared/research/platform-limits.md 4.2); the check-in and the sweep commit under ``fsync_later``,
    which keeps that promise with an fsync made before anything they queued is sent.
    """
    if path is None:
        db = LumbarDatabase(memory=True)
        _set_up(db)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        db = another_connection(path)
    migrations.apply(db)
    db.execute(f"PRAGMA user_version={schema_version(db)}")
    return db


def another_connection(path: str | Path) -> Database:
    """A connection to a database file whose schema is already up to date (the sweep's worker thread
    has its own): WAL, durable commits, a wait for the write lock, foreign keys; no migrations."""
    db = LumbarDatabase(sqlite3.connect(str(path), check_same_thread=False))
    db.turn = _turn_for(Path(path))
    db.wal = _wal_for(Path(path))
    db.enable_wal()
    _set_up(db)
    return db


def _set_up(db: Database) -> None:
    """Autocommit at the driver: a single write is its own transaction inside SQLite, where Python's
    sqlite3 would send a BEGIN before it and sqlite-utils a COMMIT after it (two more statements per
    write); blocks of writes are ``atomic()``.

    Temporary files in memory: a sweep slice's savepoint journal outgrows SQLite's in-memory 64 KiB and
    spilled to a new file in /var/tmp each slice (seen with strace); with it in memory a due tick took 22.3
    and 17.9 ms against 24.9 and 22.4 ms (alternating runs of benchmarks/sweep_scale.py, the pragma patched in by
    hand; README.md, Performance)."""
    db.conn.isolation_level = None
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("PRAGMA synchronous=FULL")
    db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
    db.execute("PRAGMA foreign_keys=ON")


def turn_wanted(db: Database) -> bool:
    """Another of this process's connections to the file is waiting to write."""
    turn = getattr(db, "turn", None)
    return turn is not None and turn.wanted


@contextlib.asynccontextmanager
async def writers_turn(db: Database) -> AsyncIterator[None]:
    """The writer's turn for the event loop's thread, for a block of writes made on the loop. When another
    thread holds it (the sweep's worker, whose commit can take hundreds of ms on a slow disk), it is waited
    for in a worker thread, so the loop goes on serving everyone else; the block then writes without
    waiting, as the loop's nested takes of the turn succeed at once. Cancelled while waiting, the turn is
    let go as soon as it comes."""
    turn = getattr(db, "turn", None)
    if turn is None or db.conn.in_transaction:
        yield
        return
    if not turn.acquire(0):
        waiter = _LoopWaiter(turn, threading.get_ident())
        try:
            taken = await asyncio.shield(asyncio.ensure_future(asyncio.to_thread(waiter.wait)))
        except asyncio.CancelledError:
            waiter.give_up()
            raise
        if not taken:
            raise sqlite3.OperationalError("database is locked")
    try:
        yield
    finally:
        turn.release()


class _LoopWaiter:
    """Waits in a worker thread for the writer's turn on the event loop's behalf. If the loop stops waiting
    (its task cancelled, the loop shutting down), whichever side comes second lets the turn go again."""

    def __init__(self, turn: WriterTurn, loop_thread: int) -> None:
        self.turn = turn
        self.loop_thread = loop_thread
        self._lock = threading.Lock()
        self._gone = False
        self._taken = False

    def wait(self) -> bool:
        taken = self.turn.acquire(BUSY_TIMEOUT, for_thread=self.loop_thread)
        with self._lock:
            if taken and self._gone:
                self.turn.release(for_thread=self.loop_thread)
                return False
            self._taken = taken
        return taken

    def give_up(self) -> None:
        with self._lock:
            self._gone = True
            taken, self._taken = self._taken, False
        if taken:
            self.turn.release(for_thread=self.loop_thread)


def database_file(db: Database) -> Path | None:
    """The file behind ``db``, or None for an in-memory database (which no other connection can open)."""
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None


def no_checkpoints_in_commits(db: Database) -> None:
    """This connection's commits never copy the WAL back into the database file. SQLite's automatic
    checkpoint would run inside whichever commit makes the WAL long, taking tens of ms, and so inside that
    writer's turn (``LumbarDatabase.writing``); the sweep's worker thread calls ``checkpoint`` instead,
    outside any transaction (handlers/jobs/sweeper.py)."""
    db.execute("PRAGMA wal_autocheckpoint=0")


def checkpoint(db: Database) -> None:
    """Copy what the WAL holds back into the database file, as far as no reader still needs it; writers
    are not held up (PASSIVE)."""
    db.execute("PRAGMA wal_checkpoint(PASSIVE)")


def schema_version(db: Database) -> int:
    """The number of migrations applied; also kept in ``PRAGMA user_version`` for outside tools."""
    return len(migrations.applied(db))


@functools.lru_cache(maxsize=4096)
def utc_text(moment: dt.datetime) -> str:
    """One sortable text form for every instant we store: UTC, seconds, ``+00:00``. Remembered, because
    a sweep writes the same moment a few times for each of the runners it queues for."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware UTC time")
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def parse_utc(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def rows(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Rows of one prepared statement as dicts: no schema look-ups and no savepoint around a read,
    which sqlite-utils' table helpers add to every call (the check-in path and the sweep use this).
    A write with RETURNING outside ``atomic()`` commits when its rows are read (autocommit, see ``_set_up``)."""
    if isinstance(db, LumbarDatabase) and is_write(sql):
        with db.writing():  # a write with RETURNING ends when its rows are read
            cursor = db.conn.execute(sql, list(params))
            fetched = cursor.fetchall()
    else:
        cursor = db.conn.execute(sql, list(params))
        fetched = cursor.fetchall()
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values)) for values in fetched]


def first(db: Database, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    found = rows(db, sql, params)
    return found[0] if found else None


def insert(db: Database, table: str, values: dict[str, Any], *, verb: str = "insert") -> int:
    """One row into ``table`` with the columns given; returns its rowid."""
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    return db.execute(f"{verb} into {table} ({columns}) values ({marks})", list(values.values())).lastrowid


@contextlib.contextmanager
def unsynced(db: Database) -> Iterator[None]:
    """Commits inside are written to the WAL but not fsynced (``synchronous=NORMAL``); the next normal
    commit's fsync carries them to disk with its own, as the WAL is written in order.

    For bookkeeping only: the outbox's (a message taken for sending, a message sent: a power cut can
    forget the last few such marks, and then those messages go again, a duplicate, never a loss) and the
    sweep's closing heartbeat and tidying (done again the next minute). A process crash forgets nothing.
    Not for what someone will be told of: the inbox's new updates are synced before they are confirmed
    (``durable_write``), and the diary and the sweep's queued messages are written under ``fsync_later``,
    synced before anything is sent.
    Inside an open transaction nothing changes: that transaction's commit decides.
    """
    if db.conn.in_transaction:
        yield
        return
    db.execute("PRAGMA synchronous=NORMAL")
    try:
        yield
    finally:
        db.execute("PRAGMA synchronous=FULL")


@contextlib.contextmanager
def fsync_later(db: Database) -> Iterator[None]:
    """Transactions begun inside commit without an fsync (``synchronous=NORMAL``); each that wrote is
    counted as owed (``Wal.owed``) before its COMMIT. Nothing they wrote may leave the process before an
    fsync of the WAL has covered it: the outbox drainer makes one before it sends (``owes_sync``,
    ``sync_wal``, in a worker thread), for its own process's commits and another connection's alike.
    So no commit waits for the disk on the event loop or while other writers wait for it, and one fsync
    covers every commit before it (group commit).

    A power cut forgets such a transaction whole, and only before anyone was told of it: a check-in's
    update is still in the inbox (synced before it was confirmed to Telegram or Twilio, ``durable_write``)
    and is handled again, the sweep finds its runners due again, and a line typed into ``lumbar chat`` was
    never answered. A process crash forgets nothing. Inside an open transaction nothing
    changes: that transaction's commit decides.
    """
    if not isinstance(db, LumbarDatabase) or db.wal is None or db.conn.in_transaction or db.owing:
        yield
        return
    with unsynced(db):
        db.owing = True
        try:
            yield
        finally:
            db.owing = False


def data_version(db: Database) -> int:
    """Changes whenever another connection, of this process or another, has committed since: what this
    connection reads may then be another's commit made without an fsync."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def owes_sync(db: Database) -> bool:
    """A transaction of this process under ``fsync_later`` may not be on disk yet."""
    wal = getattr(db, "wal", None)
    return wal is not None and wal.synced < wal.owed


def sync_wal(db: Database, *, always: bool = False) -> None:
    """fsync the database's WAL file: every commit that had returned when it was called is then on disk, as
    the WAL is written in order. Skipped when this process owes nothing, unless ``always`` (another
    connection's commits, which this process does not count). Blocks on the disk, so the event loop calls
    it through a worker thread; it touches no connection. The file is opened afresh, by name, each time:
    SQLite deletes the WAL when its last connection closes, and an fsync of an old descriptor would sync
    nothing."""
    wal = getattr(db, "wal", None)
    if wal is None or (not always and wal.synced >= wal.owed):
        return
    upto = wal.committed  # read before the fsync: a commit still returning is left owed for the next one
    try:
        fd = os.open(wal.path, os.O_RDONLY)
    except FileNotFoundError:  # the last connection to the file copied the WAL back, synced and deleted it
        log.warning("no WAL file at %s to sync", wal.path)
    else:
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    wal.covered(upto)


@contextlib.asynccontextmanager
async def durable_write(db: Database) -> AsyncIterator[None]:
    """A transaction on the event loop that must be on disk when the block is left: an update stored before
    it is confirmed to its sender. It commits without waiting for the disk (``fsync_later``), then the WAL
    is fsynced in a worker thread (``sync_wal``), so the loop goes on serving everyone else meanwhile.
    The disk wait is the same as a ``synchronous=FULL`` commit's; where it is spent is not. The fsync is
    made even when the block wrote nothing: a redelivered update may be one stored just before a crash,
    and it is confirmed now. (SQLite itself still syncs the WAL's header on the loop when a write
    restarts the WAL after a checkpoint, once per checkpoint.)"""
    async with writers_turn(db):
        with fsync_later(db), db.atomic():
            yield
    await asyncio.to_thread(sync_wal, db, always=True)
