"""Every daily question and reminder sent, so a restart never asks twice and a missed one is still sent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from storage.db import first, parse_utc, rows, utc_text


@dataclass(frozen=True)
class Prompt:
    runner_id: int
    local_date: dt.date
    sent: dt.datetime
    reminder_due: dt.datetime | None
    reminded: dt.datetime | None
    answered: dt.datetime | None


def _prompt(row: dict) -> Prompt:
    return Prompt(
        runner_id=row["runner_id"],
        local_date=dt.date.fromisoformat(row["local_date"]),
        sent=parse_utc(row["sent_utc"]),
        reminder_due=parse_utc(row["reminder_due_utc"]),
        reminded=parse_utc(row["reminded_utc"]),
        answered=parse_utc(row["answered_utc"]),
    )


def record_prompt(
    db: Database, runner_id: int, local_date: dt.date, *, sent: dt.datetime,
    reminder_due: dt.datetime | None = None, kind: str = "checkin",
) -> bool:
    """Record the day's question (or other scheduled message). Returns False if it was already sent that day."""
    return db.execute(
        "insert or ignore into prompts (runner_id, local_date, kind, sent_utc, reminder_due_utc) values (?, ?, ?, ?, ?)",
        [runner_id, local_date.isoformat(), kind, utc_text(sent), utc_text(reminder_due) if reminder_due else None],
    ).rowcount > 0


def get_prompt(db: Database, runner_id: int, local_date: dt.date) -> Prompt | None:
    row = first(db, "select * from prompts where runner_id = ? and local_date = ? and kind = 'checkin'",
                [runner_id, local_date.isoformat()])
    return _prompt(row) if row else None


def prompts_for(db: Database, runner_id: int) -> list[Prompt]:
    return [_prompt(r) for r in rows(db, "select * from prompts where runner_id = ? order by local_date", [runner_id])]


def mark_answered(db: Database, runner_id: int, local_date: dt.date, now: dt.datetime) -> None:
    """Answered: no reminder is due any more, so it leaves the index of open reminders."""
    db.execute(
        "update prompts set answered_utc = ?, reminder_due_utc = null"
        " where runner_id = ? and local_date = ? and answered_utc is null",
        [utc_text(now), runner_id, local_date.isoformat()],
    )


def reminders_due(db: Database, now: dt.datetime, channels: tuple[str, ...]) -> list[tuple[int, dt.date]]:
    """(runner id, local date) of open reminders whose time has come, read from the partial index of open
    reminders alone (m017 made it cover both), oldest first."""
    marks = ", ".join("?" for _ in channels)
    found = db.execute(
        "select prompts.runner_id, prompts.local_date from prompts join runners on runners.id = prompts.runner_id"
        " where reminder_due_utc <= ? and reminded_utc is null and answered_utc is null"
        f" and +runners.channel in ({marks}) order by reminder_due_utc",
        [utc_text(now), *channels],
    )
    return [(runner_id, dt.date.fromisoformat(day)) for runner_id, day in found.fetchall()]


def mark_reminded(db: Database, runner_id: int, local_date: dt.date, now: dt.datetime) -> bool:
    """Take an open reminder; False if it was answered or reminded since the sweep listed it."""
    return db.execute(
        "update prompts set reminded_utc = ?, reminder_due_utc = null where runner_id = ? and local_date = ?"
        " and kind = 'checkin' and reminded_utc is null and answered_utc is null",
        [utc_text(now), runner_id, local_date.isoformat()],
    ).rowcount > 0


def cancel_reminder(db: Database, runner_id: int, local_date: dt.date) -> None:
    db.execute(
        "update prompts set reminder_due_utc = null where runner_id = ? and local_date = ? and reminded_utc is null",
        [runner_id, local_date.isoformat()],
    )
