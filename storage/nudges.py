"""The nudge log (every rule that fired, sent or suppressed, with its inputs) and rest/caution episodes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from coach.nudges import Decision, Episode, PastNudge, Trigger
from storage.db import first, insert, rows, utc_text


@dataclass(frozen=True)
class LoggedNudge:
    id: int
    date: dt.date
    rule_id: str
    family: str
    status: str
    reason: str | None
    why: str
    message: str | None
    explanation: str | None
    inputs: dict[str, Any]
    feedback: str | None


def _logged(row: dict[str, Any]) -> LoggedNudge:
    return LoggedNudge(
        id=row["id"],
        date=dt.date.fromisoformat(row["date"]),
        rule_id=row["rule_id"],
        family=row["family"],
        status=row["status"],
        reason=row["reason"],
        why=row["why"],
        message=row["message"],
        explanation=row["explanation"],
        inputs=json.loads(row["inputs_json"] or "{}"),
        feedback=row["feedback"],
    )


def record_decision(
    db: Database, runner_id: int, day: dt.date, decision: Decision, *,
    message: str | None, explanation: str | None, now: dt.datetime,
) -> int | None:
    """Log what fired today. A rule logged earlier the same day is updated, and "sent" is never downgraded.

    Returns the id of the sent nudge, if one was sent.
    """
    sent_id = None
    entries: list[tuple[Trigger, str, str | None]] = [(t, "suppressed", reason) for t, reason in decision.suppressed]
    if decision.send is not None:
        entries.append((decision.send, "sent", None))
    for trigger, status, reason in entries:
        existing = first(db, "select id, status from nudges where runner_id = ? and date = ? and rule_id = ?",
                         [runner_id, day.isoformat(), trigger.rule_id])
        if existing and existing["status"] == "sent":
            continue
        row = {
            "runner_id": runner_id,
            "date": day.isoformat(),
            "rule_id": trigger.rule_id,
            "family": trigger.family,
            "status": status,
            "reason": reason,
            "why": trigger.why,
            "message": message if status == "sent" else None,
            "explanation": explanation if status == "sent" else None,
            "inputs_json": json.dumps(trigger.inputs, sort_keys=True, default=str),
            "metric": trigger.metric,
            "created_at": utc_text(now),
        }
        if existing:
            assignments = ", ".join(f"{name} = ?" for name in row)
            db.execute(f"update nudges set {assignments} where id = ?", [*row.values(), existing["id"]])
            nudge_id = existing["id"]
        else:
            nudge_id = insert(db, "nudges", row)
        if status == "sent":
            sent_id = nudge_id
    return sent_id


def warned_since(db: Database, runner_id: int, rule_ids: tuple[str, ...], since: dt.date) -> bool:
    """Whether this runner was sent one of ``rule_ids`` on or after ``since``."""
    marks = ", ".join("?" for _ in rule_ids)
    return first(db, f"select 1 as yes from nudges where runner_id = ? and date >= ? and status = 'sent'"
                     f" and rule_id in ({marks}) limit 1", [runner_id, since.isoformat(), *rule_ids]) is not None


def past_nudges(db: Database, runner_id: int, since: dt.date) -> list[PastNudge]:
    found = rows(db, "select date, rule_id, family, status, metric from nudges where runner_id = ? and date >= ?"
                     " order by date, id", [runner_id, since.isoformat()])
    return [
        PastNudge(
            date=dt.date.fromisoformat(r["date"]), rule_id=r["rule_id"], family=r["family"],
            sent=r["status"] == "sent", metric=r["metric"],
        )
        for r in found
    ]


def last_sent(db: Database, runner_id: int) -> LoggedNudge | None:
    rows = list(db.table("nudges").rows_where(
        "runner_id = ? and status = 'sent'", [runner_id], order_by="date desc, id desc", limit=1
    ))
    return _logged(rows[0]) if rows else None


def logged_between(db: Database, runner_id: int, first: dt.date, last: dt.date) -> list[LoggedNudge]:
    found = rows(db, "select * from nudges where runner_id = ? and date between ? and ? order by date, id",
                 [runner_id, first.isoformat(), last.isoformat()])
    return [_logged(r) for r in found]


def record_feedback(db: Database, runner_id: int, nudge_id: int, helpful: bool, now: dt.datetime) -> bool:
    """Store "helpful / not helpful"; False when the nudge is not this runner's."""
    if not db.table("nudges").count_where("id = ? and runner_id = ?", [nudge_id, runner_id]):
        return False
    db.table("nudges").update(nudge_id, {"feedback": "helpful" if helpful else "not helpful", "feedback_at": utc_text(now)})
    return True


def open_episode(db: Database, runner_id: int) -> Episode | None:
    r = first(db, "select * from episodes where runner_id = ? and closed_on is null order by opened_on desc limit 1",
              [runner_id])
    if r is None:
        return None
    return Episode(
        opened_on=dt.date.fromisoformat(r["opened_on"]), family=r["family"], baseline=r["baseline"],
        worsening_fires=r["worsening_fires"], calm_days=r["calm_days"],
    )


_UNREAD = object()


def save_episode(db: Database, runner_id: int, day: dt.date, episode: Episode | None, closed: bool,
                 *, current: Episode | None | object = _UNREAD) -> None:
    """Store the episode state the engine returned for ``day``; ``current`` is the open one, if already read."""
    if current is _UNREAD:
        current = open_episode(db, runner_id)
    if current is not None and (closed or episode is None or episode.opened_on != current.opened_on):
        db.execute("update episodes set closed_on = ? where runner_id = ? and opened_on = ?",
                   [day.isoformat(), runner_id, current.opened_on.isoformat()])
    if episode is not None and not closed and episode != current:
        db.execute(
            "insert into episodes (runner_id, opened_on, family, baseline, worsening_fires, calm_days, closed_on)"
            " values (?, ?, ?, ?, ?, ?, null) on conflict (runner_id, opened_on) do update set family = excluded.family,"
            " baseline = excluded.baseline, worsening_fires = excluded.worsening_fires,"
            " calm_days = excluded.calm_days, closed_on = null",
            [runner_id, episode.opened_on.isoformat(), episode.family, episode.baseline, episode.worsening_fires,
             episode.calm_days],
        )
