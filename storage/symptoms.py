"""Symptoms a runner mentioned in their own words, kept with the local date they wrote them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from storage.db import rows, utc_text

MAX_EXCERPT = 120


@dataclass(frozen=True)
class SymptomReport:
    local_date: dt.date
    category: str
    urgency: str
    excerpt: str


def record(db: Database, runner_id: int, *, category: str, urgency: str, excerpt: str,
           now: dt.datetime, local_date: dt.date) -> None:
    db.table("symptom_reports").insert({
        "runner_id": runner_id, "local_date": local_date.isoformat(), "category": category,
        "urgency": urgency, "excerpt": excerpt[:MAX_EXCERPT], "reported_at": utc_text(now),
    })


def reports_between(db: Database, runner_id: int, first: dt.date, last: dt.date) -> list[SymptomReport]:
    found = rows(db, "select * from symptom_reports where runner_id = ? and local_date between ? and ?"
                 " order by local_date, id", [runner_id, first.isoformat(), last.isoformat()])
    return [SymptomReport(dt.date.fromisoformat(r["local_date"]), r["category"], r["urgency"], r["excerpt"])
            for r in found]
