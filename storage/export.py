"""A runner's whole record as plain JSON-ready data, and back: the export that ``lumbar import`` restores.

Every table with a ``runner_id`` column is included without being listed, the same rule that
erasing follows, so a table added later is exported and restored too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from storage.db import schema_version, utc_text

FORMAT = "lumbar-export"
VERSION = 1
_LOCAL_ONLY = {"id", "runner_id", "next_prompt_utc", "next_summary_utc", "current_club_id"}
"""Row ids are renumbered on import, and schedules are recomputed from the settings."""
CLUB_TABLES = {"club_members", "broadcasts", "club_reminders", "club_groups", "club_invites", "club_removals"}
"""Club rows point at the club's ids, which another database does not have: they are exported under
"clubs" with the club named by its name and join code, and restored where that club exists."""
OPERATIONAL = {"outbox", "grants", "job_failures", "link_codes"}
"""Delivery and button machinery, not data about the runner: neither exported nor restored."""
_CLUB_LOCAL_ONLY = {"id", "runner_id", "club_id", "next_utc"}


class ExportFormatError(ValueError):
    pass


def dump_runner(db: Database, runner_id: int, *, now: dt.datetime) -> dict[str, Any]:
    runner = db.table("runners").get(runner_id)
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "schema_version": schema_version(db),
        "exported_at": utc_text(now),
        "time_zone": runner["tz"],
        "units": {"distance_km": "kilometres", "pain": "0 (none) to 10 (worst)", "dates": f"local dates in {runner['tz']}"},
        "runner": {k: v for k, v in runner.items() if k not in _LOCAL_ONLY},
        "tables": {},
    }
    for table in _runner_tables(db):
        order = ", ".join(table.pks) if table.pks != ["rowid"] else "rowid"
        rows = table.rows_where("runner_id = ?", [runner_id], order_by=order)
        data["tables"][table.name] = [{k: v for k, v in row.items() if k not in _LOCAL_ONLY} for row in rows]
    data["clubs"] = _club_rows(db, runner_id)
    return data


def _club_rows(db: Database, runner_id: int) -> dict[str, list[dict[str, Any]]]:
    """Memberships, sharing consents, messages and reminders written, groups linked and invites made,
    each naming its club by name and code."""
    clubs = {row["id"]: {"name": row["name"], "code": row["code"]} for row in db.table("clubs").rows}
    found: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(CLUB_TABLES):
        table = db.table(name)
        order = ", ".join(table.pks) if table.pks != ["rowid"] else "rowid"
        found[name] = [
            {"club": clubs.get(row["club_id"]), **{k: v for k, v in row.items() if k not in _CLUB_LOCAL_ONLY}}
            for row in table.rows_where("runner_id = ?", [runner_id], order_by=order)
        ]
    return found


def restore_runner(db: Database, data: dict[str, Any]) -> int:
    """Insert an exported runner as a new runner; refuses a chat that already has one."""
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise ExportFormatError("this is not a Lumbar export (or one from a newer version)")
    person = dict(data["runner"])
    taken = db.table("identities").count_where("channel = ? and chat_id = ?", [person["channel"], person["chat_id"]])
    if taken or db.table("runners").count_where("channel = ? and chat_id = ?", [person["channel"], person["chat_id"]]):
        raise ExportFormatError(f"a runner for {person['channel']} chat {person['chat_id']} already exists in this database")
    known = set(db.table("runners").columns_dict)
    with db.atomic():
        runner_id = db.table("runners").insert({k: v for k, v in person.items() if k in known}).last_pk
        tables = {t.name: t for t in _runner_tables(db)}
        for name, rows in data.get("tables", {}).items():
            if name not in tables:
                raise ExportFormatError(f"unknown table {name!r} in the export")
            columns = set(tables[name].columns_dict)
            tables[name].insert_all(
                ({k: v for k, v in row.items() if k in columns} | {"runner_id": runner_id} for row in rows)
            )
        if not db.table("identities").count_where("runner_id = ?", [runner_id]):
            db.table("identities").insert({"channel": person["channel"], "chat_id": person["chat_id"],
                                           "runner_id": runner_id, "linked_at": utc_text(dt.datetime.now(dt.timezone.utc))})
        skipped = _restore_club_rows(db, runner_id, data.get("clubs", {}))
    return RestoreResult(runner_id, skipped)


@dataclass(frozen=True)
class RestoreResult:
    runner_id: int
    clubs_not_here: tuple[str, ...]


def _restore_club_rows(db: Database, runner_id: int, clubs: dict[str, list[dict[str, Any]]]) -> tuple[str, ...]:
    """Club rows go back where a club with that join code exists; the names of the others are returned."""
    missing: list[str] = []
    for name, rows in clubs.items():
        if name not in CLUB_TABLES:
            raise ExportFormatError(f"unknown club table {name!r} in the export")
        table = db.table(name)
        columns = set(table.columns_dict)
        for row in rows:
            ref = row.get("club") or {}
            club = list(db.table("clubs").rows_where("code = ?", [ref.get("code")], limit=1))
            if not club:
                if ref.get("name") and ref["name"] not in missing:
                    missing.append(ref["name"])
                continue
            values = {k: v for k, v in row.items() if k in columns and k != "club"}
            table.insert({**values, "club_id": club[0]["id"], "runner_id": runner_id}, replace=True)
    return tuple(missing)


def _runner_tables(db: Database):
    return [t for t in db.tables if "runner_id" in t.columns_dict and t.name not in CLUB_TABLES | OPERATIONAL]
