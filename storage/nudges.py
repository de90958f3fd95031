"""The nudge log (every rule that fired, sent or suppressed, with its inputs) and rest/caution episodes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from coach.nudges import Decision, Episode, PastNudge, Trigger
from storage.db import utc_text


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
        existing = list(db.table("nudges").rows_where(
            "runner_id = ? and date = ? and rule_id = ?", [runner_id, day.isoformat(), trigger.rule_id]
        ))
        if existing and existing[0]["status"] == "sent":
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
            db.table("nudges").update(existing[0]["id"], row)
            nudge_id = existing[0]["id"]
        else:
            nudge_id = db.table("nudges").insert(row).last_pk
        if status == "sent":
            sent_id = nudge_id
    return sent_id


def runners_nudged(db: Database, rule_ids: tuple[str, ...], since: dt.date, channels: tuple[str, ...]) -> list[int]:
    """Runners on these channels who were sent one of ``rule_ids`` since ``since``."""
    rule_marks = ", ".join("?" for _ in rule_ids)
    channel_marks = ", ".join("?" for _ in channels)
    rows = db.query(
        "select distinct nudges.runner_id from nudges join runners on runners.id = nudges.runner_id"
        f" where nudges.status = 'sent' and nudges.rule_id in ({rule_marks}) and nudges.date >= ?"
        f" and runners.channel in ({channel_marks}) and runners.run_time is not null",
        [*rule_ids, since.isoformat(), *channels],
    )
    return [row["runner_id"] for row in rows]


def past_nudges(db: Database, runner_id: int, since: dt.date) -> list[PastNudge]:
    rows = db.table("nudges").rows_where("runner_id = ? and date >= ?", [runner_id, since.isoformat()], order_by="date, id")
    return [
        PastNudge(
            date=dt.date.fromisoformat(r["date"]), rule_id=r["rule_id"], family=r["family"],
            sent=r["status"] == "sent", metric=r["metric"],
        )
        for r in rows
    ]


def last_sent(db: Database, runner_id: int) -> LoggedNudge | None:
    rows = list(db.table("nudges").rows_where(
        "runner_id = ? and status = 'sent'", [runner_id], order_by="date desc, id desc", limit=1
    ))
    return _logged(rows[0]) if rows else None


def logged_between(db: Database, runner_id: int, first: dt.date, last: dt.date) -> list[LoggedNudge]:
    rows = db.table("nudges").rows_where(
        "runner_id = ? and date between ? and ?", [runner_id, first.isoformat(), last.isoformat()], order_by="date, id"
    )
    return [_logged(r) for r in rows]


def record_feedback(db: Database, runner_id: int, nudge_id: int, helpful: bool, now: dt.datetime) -> bool:
    """Store "helpful / not helpful"; False when the nudge is not this runner's."""
    if not db.table("nudges").count_where("id = ? and runner_id = ?", [nudge_id, runner_id]):
        return False
    db.table("nudges").update(nudge_id, {"feedback": "helpful" if helpful else "not helpful", "feedback_at": utc_text(now)})
    return True


def open_episode(db: Database, runner_id: int) -> Episode | None:
    rows = list(db.table("episodes").rows_where(
        "runner_id = ? and closed_on is null", [runner_id], order_by="opened_on desc", limit=1
    ))
    if not rows:
        return None
    r = rows[0]
    return Episode(
        opened_on=dt.date.fromisoformat(r["opened_on"]), family=r["family"], baseline=r["baseline"],
        worsening_fires=r["worsening_fires"], calm_days=r["calm_days"],
    )


def save_episode(db: Database, runner_id: int, day: dt.date, episode: Episode | None, closed: bool) -> None:
    """Store the episode state the engine returned for ``day``."""
    current = open_episode(db, runner_id)
    if current is not None and (closed or episode is None or episode.opened_on != current.opened_on):
        db.table("episodes").update((runner_id, current.opened_on.isoformat()), {"closed_on": day.isoformat()})
    if episode is not None and not closed:
        db.table("episodes").upsert(
            {
                "runner_id": runner_id,
                "opened_on": episode.opened_on.isoformat(),
                "family": episode.family,
                "baseline": episode.baseline,
                "worsening_fires": episode.worsening_fires,
                "calm_days": episode.calm_days,
                "closed_on": None,
            },
            pk=("runner_id", "opened_on"),
        )
