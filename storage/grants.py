"""One-time tokens behind the buttons that grant something: who was shown it, for what, until when.

A button's callback data carries only the token. Pressing it works once, for the runner it was
shown to, before it expires; the purpose and its object are read from here, never from the client.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from storage.db import parse_utc, utc_text


@dataclass(frozen=True)
class Granted:
    purpose: str
    payload: dict[str, Any]


def issue(db: Database, runner_id: int, purpose: str, payload: dict[str, Any], *, now: dt.datetime,
          lasts: dt.timedelta) -> str:
    token = secrets.token_urlsafe(12)
    db.table("grants").insert({
        "token": token, "runner_id": runner_id, "purpose": purpose, "payload": json.dumps(payload, sort_keys=True),
        "created_at": utc_text(now), "expires_at": utc_text(now + lasts),
    })
    return token


def redeem(db: Database, token: str, runner_id: int, *, now: dt.datetime) -> Granted | None:
    """The grant behind ``token`` if this runner was shown it, it has not expired and was not used; spent here."""
    rows = list(db.table("grants").rows_where("token = ?", [token]))
    if not rows:
        return None
    row = rows[0]
    if row["runner_id"] != runner_id or row["used_at"] is not None or parse_utc(row["expires_at"]) <= now:
        return None
    db.execute("update grants set used_at = ? where token = ? and used_at is null", [utc_text(now), token])
    return Granted(row["purpose"], json.loads(row["payload"]))


def spend_all(db: Database, runner_id: int, purpose: str, *, now: dt.datetime, **match: Any) -> None:
    """Spend the runner's open grants of one purpose (whose payload matches): a choice made once stops the others."""
    for row in db.table("grants").rows_where("runner_id = ? and purpose = ? and used_at is null", [runner_id, purpose]):
        payload = json.loads(row["payload"])
        if all(payload.get(k) == v for k, v in match.items()):
            db.execute("update grants set used_at = ? where token = ?", [utc_text(now), row["token"]])


def forget_before(db: Database, moment: dt.datetime) -> int:
    return db.execute("delete from grants where expires_at < ?", [utc_text(moment)]).rowcount
