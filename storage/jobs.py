"""Scheduled work that failed: counted per item, so one bad item is retried a few times, then parked."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from storage.db import rows, utc_text


def parked(db: Database, kind: str) -> set[str]:
    return {row["item"] for row in rows(db, "select item from job_failures where kind = ? and parked_at is not null",
                                          [kind])}


def record_failure(db: Database, kind: str, item: str, error: str, *, now: dt.datetime, park_after: int) -> int:
    """Count one more failure of ``item``; returns the count. At ``park_after`` the item is parked."""
    rows = list(db.table("job_failures").rows_where("kind = ? and item = ?", [kind, item]))
    failures = (rows[0]["failures"] if rows else 0) + 1
    db.table("job_failures").upsert({
        "kind": kind, "item": item, "failures": failures, "last_error": error[:300], "failed_at": utc_text(now),
        "parked_at": utc_text(now) if failures >= park_after else None,
    }, pk=("kind", "item"))
    return failures


def cleared(db: Database, kind: str, item: str) -> None:
    db.execute("delete from job_failures where kind = ? and item = ?", [kind, item])


def unpark_runner(db: Database, runner_id: int) -> None:
    """A runner who writes again gets another chance at whatever of theirs was parked."""
    db.execute("delete from job_failures where item = ?", [f"runner:{runner_id}"])


def parked_items(db: Database) -> list[dict]:
    return list(db.table("job_failures").rows_where("parked_at is not null", order_by="parked_at"))
