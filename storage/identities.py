"""Which runner a chat or phone number belongs to: a runner may keep one diary from Telegram and SMS.

The runner row's own channel and chat are where questions go; every identity, that one included,
is a row here. A phone number that texted STOP is ``stopped``: nothing is sent to it until START.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets

from sqlite_utils import Database

from storage.db import first, parse_utc, utc_text

LINK_CODE_LASTS = dt.timedelta(minutes=15)
WRONG_CODES_PER_CHAT = 5  # an hour
WRONG_CODES_OVERALL = 50  # in a code's lifetime: at most 1 in 20,000 chances of hitting one open code


def runner_id_for(db: Database, channel: str, chat_id: str) -> int | None:
    row = first(db, "select runner_id from identities where channel = ? and chat_id = ?", [channel, chat_id])
    return row["runner_id"] if row else None


def add(db: Database, channel: str, chat_id: str, runner_id: int, *, now: dt.datetime) -> None:
    db.execute(
        "insert into identities (channel, chat_id, runner_id, linked_at) values (?, ?, ?, ?)"
        " on conflict (channel, chat_id) do update set runner_id = excluded.runner_id",
        [channel, chat_id, runner_id, utc_text(now)],
    )


def of_runner(db: Database, runner_id: int) -> list[tuple[str, str]]:
    return [(r["channel"], r["chat_id"]) for r in db.query(
        "select channel, chat_id from identities where runner_id = ? order by channel", [runner_id]
    )]


def is_stopped(db: Database, channel: str, chat_id: str) -> bool:
    """Asked before every send: one prepared statement, no schema look-up."""
    return first(db, "select 1 from identities where channel = ? and chat_id = ? and stopped = 1",
                 [channel, chat_id]) is not None


def set_stopped(db: Database, channel: str, chat_id: str, stopped: bool) -> None:
    db.execute("update identities set stopped = ? where channel = ? and chat_id = ?",
               [int(stopped), channel, chat_id])


def new_link_code(db: Database, runner_id: int, *, now: dt.datetime) -> str:
    """Six digits to type on the other channel within 15 minutes; one open code per runner."""
    db.execute("delete from link_codes where runner_id = ? or expires_at < ?", [runner_id, utc_text(now)])
    code = f"{secrets.randbelow(10**6):06d}"
    while db.table("link_codes").count_where("code = ?", [code]):
        code = f"{secrets.randbelow(10**6):06d}"
    db.table("link_codes").insert({"code": code, "runner_id": runner_id, "expires_at": utc_text(now + LINK_CODE_LASTS)})
    return code


def link_guessing_capped(db: Database, channel: str, chat_id: str, *, now: dt.datetime) -> bool:
    """Too many wrong codes from this chat in the last hour, or from anyone in the last 15 minutes."""
    mine = db.execute(
        "select count(*) from link_attempts where channel = ? and chat_id = ? and at > ?",
        [channel, chat_id, utc_text(now - dt.timedelta(hours=1))],
    ).fetchone()[0]
    everyone = db.execute(
        "select count(*) from link_attempts where at > ?", [utc_text(now - LINK_CODE_LASTS)]
    ).fetchone()[0]
    return mine >= WRONG_CODES_PER_CHAT or everyone >= WRONG_CODES_OVERALL


def wrong_link_code(db: Database, channel: str, chat_id: str, *, now: dt.datetime) -> None:
    db.execute("delete from link_attempts where at < ?", [utc_text(now - dt.timedelta(days=1))])
    db.execute("insert into link_attempts (channel, chat_id, at) values (?, ?, ?)", [channel, chat_id, utc_text(now)])


def redeem_link_code(db: Database, code: str, *, now: dt.datetime) -> int | None:
    """The runner who asked for this code, if it is still open; the code is spent either way."""
    rows = list(db.query("select runner_id, expires_at from link_codes where code = ?", [code]))
    db.execute("delete from link_codes where code = ?", [code])
    if not rows or parse_utc(rows[0]["expires_at"]) <= now:
        return None
    return rows[0]["runner_id"]


def remember_choices(db: Database, chat_id: str, choices: dict[str, str] | None, *, now: dt.datetime) -> None:
    """The numbered choices of the last SMS sent to this number (None: that SMS offered none)."""
    if choices:
        db.execute(
            "insert into sms_choices (chat_id, choices, sent_at) values (?, ?, ?)"
            " on conflict (chat_id) do update set choices = excluded.choices, sent_at = excluded.sent_at",
            [chat_id, json.dumps(choices), utc_text(now)],
        )
    else:
        db.execute("delete from sms_choices where chat_id = ?", [chat_id])


def last_choices(db: Database, chat_id: str) -> dict[str, str]:
    rows = list(db.query("select choices from sms_choices where chat_id = ?", [chat_id]))
    return json.loads(rows[0]["choices"]) if rows else {}
