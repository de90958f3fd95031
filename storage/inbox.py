"""Everything received, stored before it is confirmed to the sender, and marked when it has been handled.

Telegram and Twilio deliver at least once, and python-telegram-bot would confirm a polled update
before handling it. So an update is written here first (its sender may then forget it), handled
from here, and marked handled in the same transaction as its effects and replies: a crash at any
point leaves either nothing or an unhandled row that the next start handles. The payload holds
the runner's words only until then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from storage.db import first, utc_text

MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class Received:
    channel: str
    update_key: str
    chat_id: str | None
    payload: str


def store(db: Database, channel: str, update_key: str, chat_id: str | None, payload: str, *, now: dt.datetime) -> bool:
    """Keep one update; False when it was stored before (a redelivery)."""
    return db.execute(
        "insert or ignore into inbox (channel, update_key, chat_id, payload, received_at) values (?, ?, ?, ?, ?)",
        [channel, update_key, chat_id, payload, utc_text(now)],
    ).rowcount > 0


def unhandled(db: Database, channel: str, limit: int = 1000) -> list[Received]:
    """What was received but not handled when the process stopped, oldest first."""
    rows = db.query(
        "select channel, update_key, chat_id, payload from inbox where handled_at is null and +channel = ?"
        " and attempts < ? order by received_at, rowid limit ?",
        [channel, MAX_ATTEMPTS, limit],
    )
    return [Received(r["channel"], r["update_key"], r["chat_id"], r["payload"] or "") for r in rows]


def already_handled(db: Database, channel: str, update_key: str) -> bool:
    return first(db, "select 1 as yes from inbox where channel = ? and update_key = ? and handled_at is not null",
                 [channel, update_key]) is not None


def mark_handled(db: Database, channel: str, update_key: str, chat_id: str | None, now: dt.datetime) -> None:
    """Handled: the words are dropped, the key is kept a while so a redelivery is recognised."""
    db.execute(
        "insert into inbox (channel, update_key, chat_id, received_at, handled_at) values (?, ?, ?, ?, ?)"
        " on conflict (channel, update_key) do update set handled_at = excluded.handled_at, payload = null",
        [channel, update_key, chat_id, utc_text(now), utc_text(now)],
    )


def settle(db: Database, channel: str, update_key: str, now: dt.datetime) -> None:
    """Mark an update handled that no handler marked (nothing in it called for an answer), if it was stored.

    Asked first: almost every update was marked by its handler, and a read takes no write lock."""
    if first(db, "select 1 as open from inbox where channel = ? and update_key = ? and handled_at is null",
             [channel, update_key]) is None:
        return
    db.execute(
        "update inbox set handled_at = ?, payload = null where channel = ? and update_key = ? and handled_at is null",
        [utc_text(now), channel, update_key],
    )


def forget(db: Database, channel: str, update_key: str) -> None:
    """Someone who has not agreed to anything: nothing about them is kept once they have their answer."""
    db.execute("delete from inbox where channel = ? and update_key = ?", [channel, update_key])


def record_failure(db: Database, channel: str, update_key: str, error: str) -> int:
    """A handler failed on this update; after ``MAX_ATTEMPTS`` restarts it is no longer retried."""
    db.execute(
        "update inbox set attempts = attempts + 1, last_error = ? where channel = ? and update_key = ?",
        [error[:200], channel, update_key],
    )
    rows = list(db.query("select attempts from inbox where channel = ? and update_key = ?", [channel, update_key]))
    return rows[0]["attempts"] if rows else 0


def forget_before(db: Database, moment: dt.datetime) -> int:
    """Telegram keeps unconfirmed updates 24 hours and Twilio retries for minutes: older keys can go."""
    return db.execute(
        "delete from inbox where handled_at is not null and handled_at < ?", [utc_text(moment)]
    ).rowcount
