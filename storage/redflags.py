"""Answers to the red-flag screen, kept with their time and what prompted the question."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from storage.db import first, insert, rows, utc_text


def record_answer(db: Database, runner_id: int, tier: str, answer: str, reason: str | None,
                  *, now: dt.datetime, local_date: dt.date) -> None:
    insert(db, "redflag_answers", {
        "runner_id": runner_id, "tier": tier, "answer": answer, "reason": reason,
        "answered_at": utc_text(now), "local_date": local_date.isoformat(),
    })


def asked_on(db: Database, runner_id: int, tier: str, day: dt.date) -> bool:
    return first(db, "select 1 as yes from redflag_answers where runner_id = ? and tier = ? and local_date = ? limit 1",
                 [runner_id, tier, day.isoformat()]) is not None


def last_screen(db: Database, runner_id: int) -> dt.date | None:
    row = first(db, "select max(local_date) as day from redflag_answers where runner_id = ? and tier = 'S1'",
                [runner_id])
    return dt.date.fromisoformat(row["day"]) if row and row["day"] else None


def answers_between(db: Database, runner_id: int, start: dt.date, last: dt.date) -> list[dict[str, Any]]:
    return rows(db, "select * from redflag_answers where runner_id = ? and local_date between ? and ? order by id",
                [runner_id, start.isoformat(), last.isoformat()])
