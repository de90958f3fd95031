"""The outbox: every message Lumbar sends is a row here before it is sent, and is sent from here.

Status moves pending → sending → sent. A transient failure puts it back to pending with a later
``next_attempt_utc``; it ends as ``failed`` when its retry budget or its ``expires_utc`` runs out,
``blocked`` when the recipient cannot be reached, ``held`` while its recipient is on an open-ended
pause, ``expired`` when it is no longer worth sending (yesterday's question). A row left in
``sending`` by a crash goes back to pending at the next start: that one message may arrive twice.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlite_utils import Database

from storage.db import first, parse_utc, rows, unsynced, utc_text

MAX_INTERRUPTIONS = 3
"""A message with files, in flight at this many crashes, is given up: drawing its chart or PDF in this process
may be what brings it down. A text-only message is only an HTTP request, so a crash is never blamed on it."""


@dataclass(frozen=True)
class Message:
    id: int
    channel: str
    chat_id: str
    runner_id: int | None
    broadcast_id: int | None
    kind: str
    text: str
    payload: dict[str, Any]
    attempts: int
    """Tries so far; a message returned by ``claim`` counts the try it is being claimed for."""
    parts_done: int
    created: dt.datetime
    gentle_after: dt.datetime | None
    expires: dt.datetime | None
    first_failed: dt.datetime | None


class Waiting(NamedTuple):
    """A pending message as the drainer's pass sees it: enough to decide whether it may go now. The pass reads
    every due row after each answer, so the text and payload are read only for the one it claims."""
    id: int
    channel: str
    chat_id: str
    runner_id: int | None
    kind: str
    gentle_after_utc: str | None
    expires_utc: str | None

    @property
    def gentle_after(self) -> dt.datetime | None:
        return parse_utc(self.gentle_after_utc)

    @property
    def expires(self) -> dt.datetime | None:
        return parse_utc(self.expires_utc)


def _message(row: dict) -> Message:
    return Message(
        row["id"], row["channel"], row["chat_id"], row["runner_id"], row["broadcast_id"], row["kind"], row["text"],
        json.loads(row["payload"]) if row["payload"] else {}, row["attempts"], row["parts_done"],
        parse_utc(row["created_at"]), parse_utc(row["gentle_after_utc"]), parse_utc(row["expires_utc"]),
        parse_utc(row["first_failed_utc"]),
    )


def enqueue(db: Database, rows: list[dict], *, now: dt.datetime) -> int:
    """Queue messages; a row whose ``idem_key`` is already queued is skipped. Returns how many were new.

    Each row names ``channel``, ``chat_id``, ``text`` and ``idem_key``, and may give ``runner_id``,
    ``broadcast_id``, ``kind``, ``payload`` (a dict), ``priority`` (0 first), ``next_attempt_utc``,
    ``gentle_after_utc`` (from then on it waits for quiet hours and pauses), ``expires_utc`` and ``status``.
    """
    stamp = utc_text(now)
    added = 0
    for row in rows:
        values = {"next_attempt_utc": stamp, "status": "pending", **row, "attempts": 0, "created_at": stamp}
        if isinstance(values.get("payload"), dict):
            values["payload"] = json.dumps(values["payload"], sort_keys=True)
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        added += db.execute(f"insert or ignore into outbox ({columns}) values ({marks})", list(values.values())).rowcount
    return added


def timing(deliver_at: dt.datetime | None) -> dict:
    """Outbox fields for a message that may go at ``deliver_at``, or is held (None) until the member resumes."""
    if deliver_at is None:
        return {"status": "held", "next_attempt_utc": None}
    return {"next_attempt_utc": utc_text(deliver_at)}


def _pending(channels: tuple[str, ...], chat_id: str | None) -> tuple[str, list[Any]]:
    """The condition and its parameters for pending messages on ``channels`` (to one chat, if given)."""
    marks = ", ".join("?" for _ in channels)
    if chat_id is None:
        return f"status = 'pending' and channel in ({marks})", [*channels]
    return f"status = 'pending' and channel in ({marks}) and chat_id = ?", [*channels, chat_id]


def _due_query(columns: str, now: dt.datetime, channels: tuple[str, ...], chat_id: str | None,
               limit: int) -> tuple[str, list[Any]]:
    condition, params = _pending(channels, chat_id)
    return (f"select {columns} from outbox where {condition} and next_attempt_utc <= ?"
            " order by priority, next_attempt_utc, id limit ?", [*params, utc_text(now), limit])


def due(db: Database, now: dt.datetime, channels: tuple[str, ...], *, chat_id: str | None = None,
        limit: int = 200) -> list[Message]:
    """Pending messages whose time has come, replies first, oldest first."""
    return [_message(r) for r in rows(db, *_due_query("*", now, channels, chat_id, limit))]


def waiting(db: Database, now: dt.datetime, channels: tuple[str, ...], *, chat_id: str | None = None,
            limit: int = 200) -> list[Waiting]:
    """What ``due`` finds, in the same order, without the text and payload (see ``Waiting``)."""
    columns = "id, channel, chat_id, runner_id, kind, gentle_after_utc, expires_utc"
    return list(map(Waiting._make, db.execute(*_due_query(columns, now, channels, chat_id, limit)).fetchall()))


def next_due(db: Database, channels: tuple[str, ...], *, chat_id: str | None = None) -> dt.datetime | None:
    condition, params = _pending(channels, chat_id)
    row = first(db, f"select min(next_attempt_utc) as at from outbox where {condition}", params)
    return parse_utc(row["at"]) if row else None


def claim(db: Database, message_id: int) -> Message | None:
    """Take a pending message for sending, whole; None when another drainer took it first. Not fsynced (see
    ``storage.db.unsynced``): lost to a power cut, the message is simply pending again."""
    with unsynced(db):
        row = first(db, "update outbox set status = 'sending', attempts = attempts + 1"
                        " where id = ? and status = 'pending' returning *", [message_id])
    if row is None:
        return None
    try:
        return _message(row)
    except ValueError:  # a row no enqueue wrote (edited by hand?): given up, rather than left "sending"
        finish(db, message_id, "failed", "its stored payload or times could not be read")
        return None


def part_sent(db: Database, message_id: int, *, provider_id: str | None = None) -> None:
    """One part (the text, or a file) reached the recipient: a retry starts after it, not again from the text.
    ``provider_id`` (Twilio's Message SID) is where the delivery status callbacks find the row."""
    with unsynced(db):
        db.execute("update outbox set parts_done = parts_done + 1, provider_id = coalesce(?, provider_id)"
                   " where id = ?", [provider_id, message_id])


DELIVERY_ORDER = {"queued": 0, "accepted": 0, "scheduled": 0, "sending": 1, "sent": 2, "delivered": 3,
                  "undelivered": 3, "failed": 3, "read": 4}
"""Twilio's statuses in the order they can happen; callbacks may come late or twice, so only forward moves count."""


def record_delivery(db: Database, provider_id: str, status: str) -> bool:
    """A delivery status callback; False when no row has that id or the status would go backwards."""
    rank = DELIVERY_ORDER.get(status)
    if rank is None:
        return False
    rows = list(db.query("select id, delivery_status from outbox where provider_id = ?", [provider_id]))
    if not rows or DELIVERY_ORDER.get(rows[0]["delivery_status"] or "", -1) > rank:
        return False
    db.execute("update outbox set delivery_status = ? where id = ?", [status, rows[0]["id"]])
    return True


def sent(db: Database, message_id: int, now: dt.datetime, *, parts: int = 0) -> None:
    """Delivered whole; ``parts`` counts a last part sent just now, in the same write (one commit, not two).
    Not fsynced: lost to a power cut, the message is sent again after the restart (a duplicate)."""
    with unsynced(db):
        db.execute("update outbox set status = 'sent', sent_at = ?, last_error = null, parts_done = parts_done + ?"
                   " where id = ?", [utc_text(now), parts, message_id])


def forget(db: Database, message_id: int) -> None:
    """A message sent to someone who has not agreed to anything is not kept once it is delivered."""
    db.execute("delete from outbox where id = ?", [message_id])


def retry(db: Database, message_id: int, *, at: dt.datetime, error: str, now: dt.datetime) -> None:
    db.execute(
        "update outbox set status = 'pending', next_attempt_utc = ?, last_error = ?,"
        " first_failed_utc = coalesce(first_failed_utc, ?) where id = ?",
        [utc_text(at), error[:200], utc_text(now), message_id],
    )


def defer(db: Database, message_id: int, at: dt.datetime | None) -> None:
    """Not a failure: the recipient is in quiet hours or paused. None holds it until they resume."""
    if at is None:
        db.execute("update outbox set status = 'held', next_attempt_utc = null where id = ?", [message_id])
    else:
        db.execute("update outbox set status = 'pending', next_attempt_utc = ? where id = ? and status in"
                   " ('pending', 'sending')", [utc_text(at), message_id])


def finish(db: Database, message_id: int, status: str, error: str) -> None:
    """``failed``, ``blocked`` or ``expired``: the message will not be sent."""
    db.execute("update outbox set status = ?, last_error = ? where id = ?", [status, error[:200], message_id])


def release_held(db: Database, runner_id: int, now: dt.datetime) -> int:
    """A runner back from an open-ended pause gets what waited for them."""
    return db.execute(
        "update outbox set status = 'pending', next_attempt_utc = ? where runner_id = ? and status = 'held'",
        [utc_text(now), runner_id],
    ).rowcount


def block_pending(db: Database, channel: str, chat_id: str, error: str) -> int:
    """The recipient cannot be reached: what is still queued for them will not be sent either."""
    return db.execute(
        "update outbox set status = 'blocked', last_error = ? where channel = ? and chat_id = ?"
        " and status in ('pending', 'held')",
        [error[:200], channel, chat_id],
    ).rowcount


def recover_in_flight(db: Database) -> int:
    """After a crash: what was being sent goes back in the queue, and the crash is counted, so a message
    whose files bring the process down is given up after ``MAX_INTERRUPTIONS`` instead of resent forever."""
    with db.atomic():
        db.execute(
            "update outbox set status = 'failed', last_error = 'interrupted by restarts'"
            " where status = 'sending' and interrupted + 1 >= ? and json_extract(payload, '$.files') is not null",
            [MAX_INTERRUPTIONS],
        )
        return db.execute(
            "update outbox set status = 'pending', interrupted = interrupted + 1,"
            " last_error = 'interrupted by a restart' where status = 'sending'"
        ).rowcount


def get(db: Database, message_id: int) -> Message:
    return _message(db.table("outbox").get(message_id))


def backlog(db: Database) -> dict[str, int]:
    """Messages by status, for ``lumbar check`` and the health check."""
    return {row["status"]: row["n"] for row in db.query("select status, count(*) as n from outbox group by status")}


def broadcast_counts(db: Database, broadcast_id: int) -> dict[str, int]:
    rows = db.query("select status, count(*) as n from outbox where broadcast_id = ? and runner_id is not null"
                    " group by status", [broadcast_id])
    return {row["status"]: row["n"] for row in rows}


def broadcast_failures(db: Database, broadcast_id: int) -> list[dict]:
    return list(db.query(
        "select runner_id, chat_id, status, last_error from outbox where broadcast_id = ?"
        " and status in ('blocked', 'failed')",
        [broadcast_id],
    ))
