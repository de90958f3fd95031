"""Runners: who they are on which channel, and how and when they want to be asked."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlite_utils import Database

from coach.models import Awaiting, Mode, Runner, SetupStep, Unit
from storage.db import first, parse_utc, rows, utc_text

_TIME_FIELDS = {"checkin_time", "quiet_start", "quiet_end", "run_time", "summary_time"}
_DATE_FIELDS = {"paused_until", "awaiting_date", "nudges_muted_until", "rescreen_on", "screen_asked_on"}
_INSTANT_FIELDS = {"consented_at", "next_prompt_utc", "safety_hold_since", "next_summary_utc", "next_warmup_utc"}
_WARMUP_TIMING = {"run_time", "tz"}
"""Changing these plans the warm-up tip anew at the next sweep."""


def _to_row(fields: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, value in fields.items():
        if value is None:
            row[name] = None
        elif name in _TIME_FIELDS:
            row[name] = value.strftime("%H:%M")
        elif name in _DATE_FIELDS:
            row[name] = value.isoformat()
        elif name in _INSTANT_FIELDS:
            row[name] = utc_text(value)
        elif name in {"units", "mode"}:
            row[name] = value.value
        elif name in ("active", "paused", "unreachable"):
            row[name] = int(bool(value))
        else:
            row[name] = value
    return row


def _time_or(default: str) -> Callable[[str | None], dt.time]:
    return lambda text: dt.time.fromisoformat(text or default)


def _optional(read: Callable[[str], Any]) -> Callable[[Any], Any]:
    return lambda value: read(value) if value else None


_READ: dict[str, Callable[[Any], Any]] = {
    "units": Unit,
    "checkin_time": dt.time.fromisoformat,
    "mode": Mode,
    "quiet_start": _time_or("21:30"),
    "quiet_end": _time_or("07:00"),
    "paused": bool,
    "paused_until": _optional(dt.date.fromisoformat),
    "active": bool,
    "unreachable": bool,
    "consented_at": _optional(dt.datetime.fromisoformat),
    "onboarding_step": _optional(SetupStep),
    "awaiting": _optional(Awaiting),
    "awaiting_date": _optional(dt.date.fromisoformat),
    "nudges_muted_until": _optional(dt.date.fromisoformat),
    "safety_hold_since": _optional(dt.datetime.fromisoformat),
    "screen_asked_on": _optional(dt.date.fromisoformat),
    "rescreen_on": _optional(dt.date.fromisoformat),
    "run_time": _optional(dt.time.fromisoformat),
    "summary_time": dt.time.fromisoformat,
}
"""How each stored column reads as a ``Runner`` field; the others read as stored."""
_RUNNER_FIELDS = tuple(field.name for field in dataclasses.fields(Runner))
"""In the order ``Runner`` takes them."""
_FIELD_NAMES = frozenset(_RUNNER_FIELDS)
_READERS = tuple((name, _READ.get(name)) for name in _RUNNER_FIELDS)
"""Each field with how it reads, looked up once: a runner is read on every check-in and every sweep item."""


_COLUMNS = ", ".join(f"runners.{name}" for name in _RUNNER_FIELDS)
"""A runner's columns in the order ``Runner`` takes them, for ``_from_values``."""


def _from_row(row: dict[str, Any]) -> Runner:
    return _from_values([row.get(name) for name in _RUNNER_FIELDS])


def _from_values(values: Sequence[Any]) -> Runner:
    """A runner from its columns as ``_COLUMNS`` lists them. Made without the frozen ``__init__``, which sets
    each of the 27 fields with ``object.__setattr__``; every value is given, so no default is needed."""
    runner = object.__new__(Runner)
    runner.__dict__.update(zip(_RUNNER_FIELDS, [value if read is None else read(value)
                                                for value, (_, read) in zip(values, _READERS)]))
    return runner


def _one(db: Database, sql: str, params: Sequence[Any]) -> Runner | None:
    found = db.execute(sql, params).fetchone()
    return _from_values(found) if found else None


def _read(name: str, stored: Any) -> Any:
    return _READ[name](stored) if name in _READ else stored


def find_runner(db: Database, channel: str, chat_id: str) -> Runner | None:
    """The runner behind a chat or phone number, on whichever of their channels it is."""
    return _one(db, f"select {_COLUMNS} from identities join runners on runners.id = identities.runner_id"
                    " where identities.channel = ? and identities.chat_id = ?", [channel, chat_id])


def get_runner(db: Database, runner_id: int) -> Runner:
    runner = maybe_runner(db, runner_id)
    if runner is None:
        raise LookupError(f"no runner {runner_id}")
    return runner


def maybe_runner(db: Database, runner_id: int) -> Runner | None:
    return _one(db, f"select {_COLUMNS} from runners where id = ?", [runner_id])


def create_runner(
    db: Database, channel: str, chat_id: str, *, now: dt.datetime, consent_wording: str, **fields: Any
) -> Runner:
    """Create a runner at the moment they consent, and record that consent with its time: the runner, their
    identity and their consent are stored together or not at all."""
    stamp = utc_text(now)
    row = {
        "channel": channel,
        "chat_id": chat_id,
        "consented_at": stamp,
        "created_at": stamp,
        "updated_at": stamp,
        **_to_row(fields),
    }
    with db.atomic():
        runner_id = db.table("runners").insert(row).last_pk
        db.table("identities").insert(
            {"channel": channel, "chat_id": chat_id, "runner_id": runner_id, "linked_at": stamp}
        )
        db.table("consents").insert(
            {"runner_id": runner_id, "purpose": "health-diary", "given_at": stamp, "wording": consent_wording}
        )
        return get_runner(db, runner_id)


def update_runner(db: Database, runner_id: int, *, now: dt.datetime, **fields: Any) -> Runner:
    """Change stored fields and return the runner as stored, in one statement."""
    row = _update_row(fields, now)
    changed = rows(db, f"update runners set {_assignments(row)} where id = ? returning *", [*row.values(), runner_id])
    if not changed:
        raise LookupError(f"no runner {runner_id}")
    return _from_row(changed[0])


def change(db: Database, runner: Runner, *, now: dt.datetime, **fields: Any) -> Runner:
    """``update_runner`` for a runner read in this transaction: the fields are not read back (``RETURNING *``
    and building the runner again cost more than the update on the sweep's and a check-in's path); the
    runner returned has them as a read would give them."""
    row = _update_row(fields, now)
    if not db.execute(f"update runners set {_assignments(row)} where id = ?", [*row.values(), runner.id]).rowcount:
        raise LookupError(f"no runner {runner.id}")
    read = {name: _read(name, value) for name, value in row.items() if name in _FIELD_NAMES}
    return _with(runner, read) if read else runner


def _with(runner: Runner, fields: dict[str, Any]) -> Runner:
    """``dataclasses.replace`` without its walk over every field and frozen ``__init__`` (a few times slower):
    ``fields`` are ``Runner`` fields already read as a read gives them."""
    changed = object.__new__(Runner)
    changed.__dict__.update(runner.__dict__)
    changed.__dict__.update(fields)
    return changed


def _update_row(fields: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    row = _to_row(fields)
    row["updated_at"] = utc_text(now)
    if _WARMUP_TIMING & fields.keys():
        row["next_warmup_utc"] = None if "run_time" in fields and fields["run_time"] is None else utc_text(now)
    return row


def _assignments(row: dict[str, Any]) -> str:
    return ", ".join(f"{_column(name)} = ?" for name in row)


def _column(name: str) -> str:
    if not name.isidentifier():
        raise ValueError(f"not a column name: {name!r}")
    return name


def set_next_prompt(db: Database, runner_id: int, due: dt.datetime | None) -> None:
    db.execute("update runners set next_prompt_utc = ? where id = ?", [utc_text(due) if due else None, runner_id])


def set_next_summary(db: Database, runner_id: int, due: dt.datetime | None) -> None:
    db.execute("update runners set next_summary_utc = ? where id = ?", [utc_text(due) if due else None, runner_id])


def next_summary(db: Database, runner_id: int) -> dt.datetime | None:
    row = first(db, "select next_summary_utc from runners where id = ?", [runner_id])
    return parse_utc(row["next_summary_utc"]) if row else None


def next_prompt(db: Database, runner_id: int) -> dt.datetime | None:
    row = first(db, "select next_prompt_utc from runners where id = ?", [runner_id])
    return parse_utc(row["next_prompt_utc"]) if row else None


SWEEPABLE = "active = 1 and unreachable = 0 and onboarding_step is null"
"""Who the sweep may write to: the condition of the due-time partial indexes (m016), word for word, so the
planner can use them."""


def runners_due(db: Database, now: dt.datetime, channels: tuple[str, ...]) -> list[int]:
    """Ids of runners whose next daily question is due, oldest first."""
    return _due(db, "next_prompt_utc", now, channels)


def runners_due_summary(db: Database, now: dt.datetime, channels: tuple[str, ...]) -> list[int]:
    return _due(db, "next_summary_utc", now, channels)


def runners_due_warmup(db: Database, now: dt.datetime, channels: tuple[str, ...]) -> list[int]:
    """Ids of runners with a usual run time whose warm-up moment (half an hour before it) has come."""
    return _due(db, "next_warmup_utc", now, channels, extra=" and run_time is not null")


def still_due(db: Database, runner_id: int, column: str, now: dt.datetime) -> Runner | None:
    """The runner, if the sweep's moment in ``column`` has come and they are still reachable and set up."""
    if column not in ("next_prompt_utc", "next_summary_utc", "next_warmup_utc"):
        raise ValueError(f"not a due time: {column!r}")
    return _one(db, f"select {_COLUMNS} from runners where id = ? and {column} <= ? and {SWEEPABLE}",
                [runner_id, utc_text(now)])


def set_next_warmup(db: Database, runner_id: int, due: dt.datetime | None) -> None:
    db.execute("update runners set next_warmup_utc = ? where id = ?", [utc_text(due) if due else None, runner_id])


def _due(db: Database, column: str, now: dt.datetime, channels: tuple[str, ...], extra: str = "") -> list[int]:
    """From the partial index of reachable, set-up runners by due time (m016). Only ids: the sweep reads
    each runner again in the transaction that decides for them, so a list read a moment earlier is never
    acted on stale. The unary ``+`` keeps the planner off the (channel, chat_id) index, which every
    runner of a channel shares."""
    marks = ", ".join("?" for _ in channels)
    found = db.execute(
        f"select id from runners where {column} <= ?{extra} and {SWEEPABLE} and +channel in ({marks})"
        f" order by {column}",
        [utc_text(now), *channels],
    )
    return [runner_id for (runner_id,) in found.fetchall()]


def mark_unreachable(db: Database, channel: str, chat_id: str, now: dt.datetime) -> int | None:
    """The channel says this chat can't be reached (blocked the bot, opted out): every kind of message stops
    until the runner writes again. Returns the runner's id, if there is one. A linked channel that is not
    where their questions go does not stop the others."""
    runner = find_runner(db, channel, chat_id)
    if runner is None or (runner.channel, runner.chat_id) != (channel, chat_id):
        return None
    db.execute("update runners set unreachable = 1, updated_at = ? where id = ?", [utc_text(now), runner.id])
    return runner.id


def find_by_id_or_chat(db: Database, key: str) -> Runner | None:
    """A runner by internal id, or by chat id on any channel: how a self-hoster names one on the command line."""
    if key.isdigit() and db.table("runners").count_where("id = ?", [int(key)]):
        return get_runner(db, int(key))
    rows = list(db.table("runners").rows_where("chat_id = ?", [key], limit=1))
    return _from_row(rows[0]) if rows else None


def consents(db: Database, runner_id: int) -> list[dict[str, Any]]:
    return list(db.table("consents").rows_where("runner_id = ?", [runner_id], order_by="id"))


def runner_list(db: Database) -> list[dict[str, Any]]:
    """Every runner with how many diary days they have, for the self-hoster's ``lumbar runners``."""
    return list(db.query(
        "select runners.id, channel, chat_id, count(entries.date) as days from runners"
        " left join entries on entries.runner_id = runners.id group by runners.id order by runners.id"
    ))
