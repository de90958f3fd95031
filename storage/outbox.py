"""The outbox: every club message is written here first, then sent by a worker at the rate Telegram allows.

Status moves pending → sending → sent, or to blocked (the member blocked the bot: never retried)
or failed (gave up after retries). A row left in ``sending`` by a crash is sent again on restart:
that one message may arrive twice, nothing is lost.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from storage.db import utc_text


@dataclass(frozen=True)
class Message:
    id: int
    channel: str
    chat_id: str
    runner_id: int | None
    broadcast_id: int | None
    text: str
    attempts: int


def enqueue(db: Database, rows: list[dict], *, now: dt.datetime) -> int:
    """Queue messages; a row whose ``idem_key`` is already queued is skipped. Returns how many were new."""
    stamp = utc_text(now)
    before = db.table("outbox").count
    db.table("outbox").insert_all(
        ({"next_attempt_utc": stamp, "status": "pending", **row, "attempts": 0, "created_at": stamp} for row in rows),
        ignore=True,
    )
    return db.table("outbox").count - before


def timing(deliver_at: dt.datetime | None) -> dict:
    """Outbox fields for a message that may go at ``deliver_at``, or is held (None) until the member resumes."""
    if deliver_at is None:
        return {"status": "held", "next_attempt_utc": None}
    return {"next_attempt_utc": utc_text(deliver_at)}


def release_held(db: Database, runner_id: int, now: dt.datetime) -> int:
    """A runner back from an open-ended pause gets what waited for them."""
    return db.execute(
        "update outbox set status = 'pending', next_attempt_utc = ? where runner_id = ? and status = 'held'",
        [utc_text(now), runner_id],
    ).rowcount


def recover_in_flight(db: Database) -> int:
    """After a crash: what was being sent goes back in the queue, and the crash counts as an attempt,
    so a message that itself brings the process down is given up on instead of resent forever."""
    return db.execute(
        "update outbox set status = 'pending', attempts = attempts + 1, last_error = 'interrupted by a restart'"
        " where status = 'sending'"
    ).rowcount


def due(db: Database, now: dt.datetime, limit: int = 100) -> list[Message]:
    rows = db.table("outbox").rows_where(
        "status = 'pending' and next_attempt_utc <= ?", [utc_text(now)], order_by="id", limit=limit
    )
    return [Message(r["id"], r["channel"], r["chat_id"], r["runner_id"], r["broadcast_id"], r["text"], r["attempts"])
            for r in rows]


def mark(db: Database, message_id: int, status: str, *, now: dt.datetime, error: str | None = None,
         retry_at: dt.datetime | None = None, count_attempt: bool = True) -> None:
    fields: dict = {"status": status, "last_error": error}
    if status == "sent":
        fields["sent_at"] = utc_text(now)
    if retry_at is not None:
        fields["next_attempt_utc"] = utc_text(retry_at)
    db.table("outbox").update(message_id, fields)
    if count_attempt and status != "sending":
        db.execute("update outbox set attempts = attempts + 1 where id = ?", [message_id])


def broadcast_counts(db: Database, broadcast_id: int) -> dict[str, int]:
    rows = db.query("select status, count(*) as n from outbox where broadcast_id = ? group by status", [broadcast_id])
    return {row["status"]: row["n"] for row in rows}


def broadcast_failures(db: Database, broadcast_id: int) -> list[dict]:
    return list(db.query(
        "select runner_id, chat_id, status, last_error from outbox where broadcast_id = ? and status in ('blocked', 'failed')",
        [broadcast_id],
    ))
