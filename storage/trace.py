"""Which SQL statements a piece of work runs, and how SQLite plans them: for tests and benchmarks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

TRANSACTION_WORDS = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA")


@contextmanager
def recorded(db: Database) -> Iterator[list[str]]:
    """Every statement run on ``db`` inside the block, with its values filled in, in order."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        db.conn.set_trace_callback(None)


def is_query(statement: str) -> bool:
    """A statement SQLite plans against tables (not a transaction boundary or a pragma)."""
    return not statement.lstrip().upper().startswith(TRANSACTION_WORDS)


def plan(db: Database, statement: str) -> list[str]:
    """``EXPLAIN QUERY PLAN`` of one statement, one line per step (e.g. "SEARCH runners USING ...")."""
    return [row[3] for row in db.execute(f"explain query plan {statement}").fetchall()]
