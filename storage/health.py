"""What `lumbar check` and /healthz report: heartbeats of the background jobs, and the state of the database.

``beat`` is one small upsert, cheap enough for the minute sweep to call every time; /healthz
should read ``last_beat`` only, as ``report`` runs a full integrity check. Apart from ``beat`` and
``forget_beats`` (for a restored database) everything here only reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from storage.db import parse_utc, utc_text
from storage.migrations import migrations


def beat(db: Database, name: str, now: dt.datetime) -> None:
    """Record that the job ``name`` (e.g. "sweep", "backup") just finished."""
    db.execute(
        "insert into heartbeat (name, at) values (?, ?) on conflict(name) do update set at = excluded.at",
        [name, utc_text(now)],
    )


def last_beat(db: Database, name: str) -> dt.datetime | None:
    """When ``name`` last finished; None if never, or if the database predates heartbeats."""
    if not db.table("heartbeat").exists():
        return None
    row = db.execute("select at from heartbeat where name = ?", [name]).fetchone()
    return parse_utc(row[0]) if row else None


def forget_beats(db: Database) -> None:
    """A restored database's heartbeats tell of the process that wrote the backup, not of this one."""
    db.execute("delete from heartbeat")


@dataclass(frozen=True)
class Report:
    integrity: list[str]
    applied: list[str]
    pending: list[str]
    unknown: list[str]
    counts: dict[str, int]
    outbox: dict[str, int]
    parked: list[dict]
    beats: dict[str, dt.datetime] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        """Integrity holds and this code knows every migration the database has."""
        return self.integrity == ["ok"] and not self.unknown


def integrity(db: Database) -> list[str]:
    """``PRAGMA integrity_check``: ``["ok"]``, or the problems SQLite found (at most 20)."""
    return [row[0] for row in db.execute("PRAGMA integrity_check(20)").fetchall()]


def migration_names(db: Database) -> tuple[list[str], list[str], list[str]]:
    """Applied, pending (known here, not yet applied) and unknown (applied by a newer Lumbar)."""
    applied = [m.name for m in migrations.applied(db)]
    known = known_migrations()
    return applied, [name for name in known if name not in applied], [name for name in applied if name not in known]


def known_migrations() -> list[str]:
    """Every migration this code has: all of them are pending on an empty database (public API only)."""
    return [m.name for m in migrations.pending(Database(memory=True))]


def report(db: Database) -> Report:
    tables = sorted(name for name in db.table_names() if not name.startswith(("_", "sqlite_")))
    counts = {name: db.table(name).count for name in tables}
    outbox = ({row["status"]: row["n"] for row in db.query("select status, count(*) as n from outbox group by status")}
              if "outbox" in tables else {})
    parked = (list(db.query("select kind, item, failures, last_error, parked_at from job_failures"
                            " where parked_at is not null order by parked_at"))
              if "job_failures" in tables else [])
    beats = ({row["name"]: parse_utc(row["at"]) for row in db.query("select name, at from heartbeat")}
             if "heartbeat" in tables else {})
    applied, pending, unknown = migration_names(db)
    return Report(integrity(db), applied, pending, unknown, counts, outbox, parked, beats)
