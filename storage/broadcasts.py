"""Broadcast drafts, their confirmation, and fanning a confirmed one out into the outbox."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from storage import clubs, outbox
from storage.db import utc_text


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


def confirm(db: Database, broadcast: Broadcast, *, now: dt.datetime,
            deliver_at: Callable[[int], dt.datetime | None] | None = None, report: bool = True) -> int:
    """Queue one copy per reachable member except the sender, in the same transaction as the confirmation.

    ``deliver_at(runner_id)`` holds a copy back, for a member in quiet hours or on pause.
    """
    with db.atomic():
        recipients = [m for m in clubs.members(db, broadcast.club_id) if m.runner_id != broadcast.runner_id and not m.unreachable]
        outbox.enqueue(db, [
            {"channel": m.channel, "chat_id": m.chat_id, "runner_id": m.runner_id, "broadcast_id": broadcast.id,
             "text": broadcast.text, "idem_key": f"broadcast:{broadcast.id}:runner:{m.runner_id}",
             **(outbox.timing(deliver_at(m.runner_id)) if deliver_at else {})}
            for m in recipients
        ], now=now)
        outbox.enqueue(db, [
            {"channel": "telegram", "chat_id": group, "text": broadcast.text,
             "idem_key": f"broadcast:{broadcast.id}:group:{group}"}
            for group in clubs.groups_of(db, broadcast.club_id)
        ], now=now)
        status = "sending" if report else "scheduled"
        db.table("broadcasts").update(broadcast.id, {"status": status, "confirmed_at": utc_text(now)})
    return len(recipients)


def cancel(db: Database, broadcast: Broadcast) -> None:
    db.table("broadcasts").update(broadcast.id, {"status": "cancelled"})


def finished_unreported(db: Database) -> list[Broadcast]:
    """Broadcasts whose every copy is settled (sent, blocked or failed) and whose sender has no report yet."""
    rows = db.query(
        "select * from broadcasts where status = 'sending' and not exists ("
        " select 1 from outbox where outbox.broadcast_id = broadcasts.id and outbox.status in ('pending', 'sending'))"
    )
    return [_broadcast(r) for r in rows]


def mark_reported(db: Database, broadcast_id: int) -> None:
    db.table("broadcasts").update(broadcast_id, {"status": "reported"})
