"""Storage details a runner never sees but relies on: WAL, the schema version, the undo journal."""

from __future__ import annotations

import datetime as dt

from storage import open_db
from storage.db import schema_version
from storage.diary import save_entry, undo_last_change
from storage.runners import create_runner

NOW = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.timezone.utc)


def test_a_file_database_uses_wal_and_records_its_schema_version(tmp_path):
    db = open_db(tmp_path / "nested" / "lumbar.db")
    assert db.journal_mode == "wal"
    assert schema_version(db) >= 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version(db)


def test_opening_twice_applies_migrations_once(tmp_path):
    open_db(tmp_path / "l.db")
    db = open_db(tmp_path / "l.db")
    assert db.table("_sqlite_migrations").count == schema_version(db)


def test_undo_reverts_one_message_across_two_dates(db):
    runner = create_runner(db, "terminal", "x", now=NOW, consent_wording="ok")
    save_entry(db, runner.id, dt.date(2026, 11, 23), now=NOW, pain=2, batch="a")
    save_entry(db, runner.id, dt.date(2026, 11, 24), now=NOW, pain=4, batch="b")
    save_entry(db, runner.id, dt.date(2026, 11, 23), now=NOW, distance_km=8.0, batch="b")
    undone = undo_last_change(db, runner.id, now=NOW)
    assert [(c.date, c.after) for c in undone][0][0] == dt.date(2026, 11, 23)
    rows = list(db.query("select date, pain, distance_km from entries order by date"))
    assert rows == [{"date": "2026-11-23", "pain": 2, "distance_km": None}]
