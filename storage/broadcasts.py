"""Broadcast drafts, their confirmation, and fanning a confirmed one out into the outbox."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from storage.db import rows, utc_text


@dataclass(frozen=True)
class Broadcast:
    id: int
    club_id: int
    runner_id: int
    text: str
    status: str


def _broadcast(row: dict) -> Broadcast:
    return Broadcast(row["id"], row["club_id"], row["runner_id"], row["text"], row["status"])


def draft(db: Database, club_id: int, runner_id: int, text: str, *, now: dt.datetime) -> Broadcast:
    broadcast_id = db.table("broadcasts").insert(
        {"club_id": club_id, "runner_id": runner_id, "text": text, "status": "draft", "created_at": utc_text(now)}
    ).last_pk
    return get(db, broadcast_id)


def get(db: Database, broadcast_id: int) -> Broadcast | None:
    rows = list(db.table("broadcasts").rows_where("id = ?", [broadcast_id]))
    return _broadcast(rows[0]) if rows else None


def mark_confirmed(db: Database, broadcast_id: int, *, now: dt.datetime, report: bool) -> None:
    """Confirmed and fanned out; ``report`` asks for a delivery report to the sender once every copy settles."""
    db.table("broadcasts").update(broadcast_id, {"status": "sending" if report else "scheduled",
                                                 "confirmed_at": utc_text(now)})


def cancel(db: Database, broadcast: Broadcast) -> None:
    db.table("broadcasts").update(broadcast.id, {"status": "cancelled"})


def finished_unreported(db: Database) -> list[Broadcast]:
    """Broadcasts whose every copy is settled (sent, blocked or failed) and whose sender has no report yet."""
    found = rows(
        db, "select * from broadcasts where status = 'sending' and not exists ("
        " select 1 from outbox where outbox.broadcast_id = broadcasts.id and outbox.status in ('pending', 'sending'))"
    )
    return [_broadcast(r) for r in found]


def mark_reported(db: Database, broadcast_id: int) -> None:
    db.table("broadcasts").update(broadcast_id, {"status": "reported"})
