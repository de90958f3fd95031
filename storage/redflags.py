"""Answers to the red-flag screen, kept with their time and what prompted the question."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from storage.db import utc_text


def record_answer(db: Database, runner_id: int, tier: str, answer: str, reason: str | None,
                  *, now: dt.datetime, local_date: dt.date) -> None:
    db.table("redflag_answers").insert({
        "runner_id": runner_id, "tier": tier, "answer": answer, "reason": reason,
        "answered_at": utc_text(now), "local_date": local_date.isoformat(),
    })


def asked_on(db: Database, runner_id: int, tier: str, day: dt.date) -> bool:
    return bool(db.table("redflag_answers").count_where(
        "runner_id = ? and tier = ? and local_date = ?", [runner_id, tier, day.isoformat()]
    ))


def last_screen(db: Database, runner_id: int) -> dt.date | None:
    rows = list(db.query(
        "select max(local_date) as day from redflag_answers where runner_id = ? and tier = 'S1'", [runner_id]
    ))
    return dt.date.fromisoformat(rows[0]["day"]) if rows and rows[0]["day"] else None


def answers_between(db: Database, runner_id: int, first: dt.date, last: dt.date) -> list[dict[str, Any]]:
    return list(db.table("redflag_answers").rows_where(
        "runner_id = ? and local_date between ? and ?", [runner_id, first.isoformat(), last.isoformat()],
        order_by="id",
    ))
