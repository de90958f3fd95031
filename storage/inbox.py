"""Updates already handled, so one redelivered after a crash is not stored twice.

Telegram (and later Twilio) deliver at least once. The record is written in the same
transaction as the check-in the update produced, so the pair commits or fails together.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from storage.db import utc_text


def already_handled(db: Database, channel: str, update_key: str) -> bool:
    return bool(db.table("handled_updates").count_where("channel = ? and update_key = ?", [channel, update_key]))


def record_handled(db: Database, channel: str, update_key: str, chat_id: str, now: dt.datetime) -> None:
    db.table("handled_updates").insert(
        {"channel": channel, "update_key": update_key, "chat_id": chat_id, "handled_at": utc_text(now)},
        ignore=True,
    )


def forget_updates_before(db: Database, moment: dt.datetime) -> int:
    """Telegram keeps unconfirmed updates 24 hours, so keys older than a couple of days can go."""
    return db.execute("delete from handled_updates where handled_at < ?", [utc_text(moment)]).rowcount
