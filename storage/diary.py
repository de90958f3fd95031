"""Diary entries, one per runner and date, with a journal of changes so ``/undo`` can step back."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from coach.models import Entry, Unit
from storage.db import first, utc_text


@dataclass(frozen=True)
class Change:
    """What one save or undo did to one date; ``before`` is None when the date was empty."""

    date: dt.date
    before: Entry | None
    after: Entry | None


def _fields(entry: Entry | None) -> dict[str, Any] | None:
    if entry is None:
        return None
    return {"pain": entry.pain, "distance_km": entry.distance_km, "text": entry.text,
            "distance_value": entry.distance_value,
            "distance_unit": entry.distance_unit.value if entry.distance_unit else None}


_COLUMNS = "date, pain, distance_km, text, distance_value, distance_unit"
_UNITS = {unit.value: unit for unit in Unit}
_day = functools.lru_cache(maxsize=4096)(dt.date.fromisoformat)


def _entry_of(values: tuple) -> Entry:
    """An entry from a row of ``_COLUMNS``: read on every check-in, so plain tuples, not dicts."""
    day, pain, km, text, value, unit = values
    return Entry(_day(day), pain, km, text, value, _UNITS[unit] if unit else None)


def _entry(fields: dict[str, Any]) -> Entry:
    """An entry from a journal's fields (``_fields`` plus its date)."""
    return _entry_of(tuple(fields.get(column) for column in _COLUMNS.split(", ")))


def get_entry(db: Database, runner_id: int, date: dt.date) -> Entry | None:
    found = db.execute(f"select {_COLUMNS} from entries where runner_id = ? and date = ?",
                       [runner_id, date.isoformat()]).fetchone()
    return _entry_of(found) if found else None


def entries_between(db: Database, runner_id: int, start: dt.date, last: dt.date) -> list[Entry]:
    found = db.execute(f"select {_COLUMNS} from entries where runner_id = ? and date between ? and ? order by date",
                       [runner_id, start.isoformat(), last.isoformat()]).fetchall()
    return [_entry_of(values) for values in found]


def first_date(db: Database, runner_id: int) -> dt.date | None:
    """The runner's first logged day, if any."""
    row = first(db, "select min(date) as first from entries where runner_id = ?", [runner_id])
    return dt.date.fromisoformat(row["first"]) if row["first"] else None


def save_entry(
    db: Database, runner_id: int, date: dt.date, *, now: dt.datetime,
    pain: int | None = None, distance_km: float | None = None, text: str | None = None, batch: str = "",
    distance_value: float | None = None, distance_unit: Unit | None = None,
) -> Change:
    """Store pain and/or distance for ``date``. A field left None keeps what was there.

    Changes saved with the same ``batch`` (one message from the runner) are undone together.
    """
    before = get_entry(db, runner_id, date)
    if distance_km is not None:
        typed_value, typed_unit = distance_value, distance_unit
    else:
        typed_value = before.distance_value if before else None
        typed_unit = before.distance_unit if before else None
    after = Entry(
        date=date,
        pain=pain if pain is not None else (before.pain if before else None),
        distance_km=distance_km if distance_km is not None else (before.distance_km if before else None),
        text=text if text is not None else (before.text if before else None),
        distance_value=typed_value,
        distance_unit=typed_unit,
    )
    stamp = utc_text(now)
    fields = _fields(after)
    with db.atomic():
        db.execute(
            "insert into entries (runner_id, date, pain, distance_km, text, distance_value, distance_unit,"
            " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (runner_id, date) do update set"
            " pain = excluded.pain, distance_km = excluded.distance_km, text = excluded.text,"
            " distance_value = excluded.distance_value, distance_unit = excluded.distance_unit,"
            " updated_at = excluded.updated_at",
            [runner_id, date.isoformat(), fields["pain"], fields["distance_km"], fields["text"],
             fields["distance_value"], fields["distance_unit"], stamp, stamp],
        )
        db.execute(
            "insert into entry_changes (runner_id, date, before_json, after_json, batch, created_at)"
            " values (?, ?, ?, ?, ?, ?)",
            [runner_id, date.isoformat(), json.dumps(_fields(before)) if before else None, json.dumps(fields),
             batch, stamp],
        )
    return Change(date, before, after)


def undo_last_change(db: Database, runner_id: int, *, now: dt.datetime) -> list[Change]:
    """Put back what the most recent message's changes replaced. Returns [] when there is nothing to undo."""
    latest = list(db.table("entry_changes").rows_where(
        "runner_id = ? and undone_at is null", [runner_id], order_by="id desc", limit=1
    ))
    if not latest:
        return []
    batch = list(db.table("entry_changes").rows_where(
        "runner_id = ? and undone_at is null and batch = ?", [runner_id, latest[0]["batch"]], order_by="id desc"
    )) if latest[0]["batch"] else latest
    undone: list[Change] = []
    with db.atomic():
        for change in batch:
            date = dt.date.fromisoformat(change["date"])
            current = get_entry(db, runner_id, date)
            if change["before_json"] is None:
                db.table("entries").delete_where("runner_id = ? and date = ?", [runner_id, change["date"]])
                restored = None
            else:
                before = {"distance_value": None, "distance_unit": None, **json.loads(change["before_json"])}
                db.table("entries").update((runner_id, change["date"]), {**before, "updated_at": utc_text(now)})
                restored = _entry({"date": change["date"], **before})
            db.table("entry_changes").update(change["id"], {"undone_at": utc_text(now)})
            undone.append(Change(date, current, restored))
    return sorted(undone, key=lambda c: c.date)
