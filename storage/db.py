"""Opening the database: WAL, durable commits and the schema migrations."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from storage.migrations import migrations


class LumbarDatabase(Database):
    """sqlite-utils' Database whose outermost ``atomic()`` takes the write lock when it begins.

    sqlite-utils begins a deferred transaction: it reads first and asks for the write lock at its first
    write. In WAL mode, if another process committed in between, that upgrade fails at once with
    "database is locked" (busy_timeout does not apply to a stale snapshot), which crashed a second
    ``lumbar chat`` on the same database. ``BEGIN IMMEDIATE`` waits its turn instead (busy_timeout).
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


def open_db(path: str | Path | None = None) -> Database:
    """Open (or create) the database at ``path`` and bring its schema up to date.

    ``None`` opens a private in-memory database, which the tests use.
    synchronous=FULL because a runner who read "Saved" must find the entry after a power cut;
    at a few writes a minute the fsync costs nothing (shared/research/platform-limits.md 4.2).
    """
    if path is None:
        db = LumbarDatabase(memory=True)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        db = LumbarDatabase(sqlite3.connect(str(path), check_same_thread=False))
        db.enable_wal()
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA busy_timeout=5000")
    db.execute("PRAGMA foreign_keys=ON")
    migrations.apply(db)
    db.execute(f"PRAGMA user_version={schema_version(db)}")
    return db


def schema_version(db: Database) -> int:
    """The number of migrations applied; also kept in ``PRAGMA user_version`` for outside tools."""
    return len(migrations.applied(db))


def utc_text(moment: dt.datetime) -> str:
    """One sortable text form for every instant we store: UTC, seconds, ``+00:00``."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware UTC time")
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def parse_utc(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None
