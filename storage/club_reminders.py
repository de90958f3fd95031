"""Scheduled club reminders: weekly or on one date, at a local time in the club's zone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from storage.db import parse_utc, rows, utc_text


@dataclass(frozen=True)
class ClubReminder:
    id: int
    club_id: int
    runner_id: int
    text: str
    weekday: int | None
    on_date: dt.date | None
    time: dt.time
    next_at: dt.datetime | None


def _reminder(row: dict) -> ClubReminder:
    return ClubReminder(
        row["id"], row["club_id"], row["runner_id"], row["text"], row["weekday"],
        dt.date.fromisoformat(row["on_date"]) if row["on_date"] else None,
        dt.time.fromisoformat(row["time"]), parse_utc(row["next_utc"]),
    )


def add(db: Database, club_id: int, runner_id: int, text: str, *, weekday: int | None, on_date: dt.date | None,
        time: dt.time, next_at: dt.datetime, now: dt.datetime) -> ClubReminder:
    reminder_id = db.table("club_reminders").insert({
        "club_id": club_id, "runner_id": runner_id, "text": text, "weekday": weekday,
        "on_date": on_date.isoformat() if on_date else None, "time": time.strftime("%H:%M"),
        "next_utc": utc_text(next_at), "active": 1, "created_at": utc_text(now),
    }).last_pk
    return _reminder(db.table("club_reminders").get(reminder_id))


def active_for(db: Database, club_id: int) -> list[ClubReminder]:
    rows = db.table("club_reminders").rows_where("club_id = ? and active = 1", [club_id], order_by="id")
    return [_reminder(r) for r in rows]


def deactivate(db: Database, reminder_id: int) -> None:
    db.table("club_reminders").update(reminder_id, {"active": 0})


def due(db: Database, now: dt.datetime) -> list[ClubReminder]:
    found = rows(db, "select * from club_reminders where active = 1 and next_utc <= ? order by next_utc",
                 [utc_text(now)])
    return [_reminder(r) for r in found]


def set_next(db: Database, reminder_id: int, next_at: dt.datetime | None) -> None:
    fields = {"next_utc": utc_text(next_at)} if next_at else {"active": 0}
    db.table("club_reminders").update(reminder_id, fields)
