"""`lumbar check` and the heartbeats behind it: what a self-hoster (or a health check) reads about a database."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from bot.cli import cli
from storage import open_db
from storage.health import beat, last_beat, report
from storage.jobs import record_failure
from storage.outbox import enqueue

UTC = dt.timezone.utc


def now() -> dt.datetime:
    return dt.datetime.now(UTC).replace(microsecond=0)


def filled(path) -> None:
    db = open_db(path)
    runner = db.table("runners").insert({"channel": "telegram", "chat_id": "1001"}).last_pk
    enqueue(db, [{"channel": "telegram", "chat_id": "1001", "text": "hi", "idem_key": f"k{n}"} for n in range(3)],
            now=now())
    db.execute("update outbox set status = 'sent' where idem_key = 'k0'")
    for _ in range(3):
        record_failure(db, "sweep", f"runner:{runner}", "ValueError: boom", now=now(), park_after=3)
    beat(db, "sweep", now() - dt.timedelta(seconds=40))
    db.close()


def test_a_heartbeat_is_one_row_per_job_with_its_last_time() -> None:
    db = open_db(None)
    assert last_beat(db, "sweep") is None
    moment = dt.datetime(2026, 11, 30, 8, 1, tzinfo=UTC)
    beat(db, "sweep", moment - dt.timedelta(minutes=1))
    beat(db, "sweep", moment)
    assert last_beat(db, "sweep") == moment
    assert db.table("heartbeat").count == 1


def test_check_reports_integrity_schema_counts_backlog_parked_items_and_the_last_sweep(tmp_path) -> None:
    filled(tmp_path / "lumbar.db")
    result = CliRunner().invoke(cli, ["check"], env={"LUMBAR_DB": str(tmp_path / "lumbar.db")})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"Database     {tmp_path / 'lumbar.db'} (")
    assert "Integrity    ok" in lines
    from storage import open_db
    from storage.db import schema_version

    latest = schema_version(open_db(None))
    assert any(line.startswith(f"Schema       {latest} migrations, up to date") for line in lines)
    assert "runners 1" in result.output and "outbox 3" in result.output
    assert "Outbox       pending 2 · sent 1" in lines
    assert any(line.startswith("Parked jobs  1 (retried no more") for line in lines)
    assert "sweep runner:1, 3 failures" in result.output and "ValueError: boom" in result.output
    assert any(line.startswith("Last sweep   ") and line.endswith("s ago)") for line in lines)
    assert "Last backup  never recorded" in result.output


def test_check_only_reads(tmp_path) -> None:
    filled(tmp_path / "lumbar.db")
    before = (tmp_path / "lumbar.db").read_bytes()
    CliRunner().invoke(cli, ["check"], env={"LUMBAR_DB": str(tmp_path / "lumbar.db")})
    assert (tmp_path / "lumbar.db").read_bytes() == before


def test_check_fails_on_a_database_from_a_newer_lumbar(tmp_path) -> None:
    filled(tmp_path / "lumbar.db")
    db = open_db(tmp_path / "lumbar.db")
    db.table("_sqlite_migrations").insert({"migration_set": "lumbar", "name": "m999_later", "applied_at": "x"})
    assert report(db).unknown == ["m999_later"]
    db.close()
    result = CliRunner().invoke(cli, ["check"], env={"LUMBAR_DB": str(tmp_path / "lumbar.db")})
    assert result.exit_code == 1
    assert "NEWER than this Lumbar (m999_later)" in result.output


def test_check_of_a_missing_database_is_one_line_and_creates_nothing(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["check"], env={"LUMBAR_DB": str(tmp_path / "nothing.db")})
    assert result.exit_code == 2
    assert result.output == f"lumbar: cannot check {tmp_path / 'nothing.db'}: no database at {tmp_path / 'nothing.db'}\n"
    assert not (tmp_path / "nothing.db").exists()


def test_sweep_within_is_a_quick_health_check_for_lumbar_run(tmp_path) -> None:
    filled(tmp_path / "lumbar.db")
    env = {"LUMBAR_DB": str(tmp_path / "lumbar.db")}
    fresh = CliRunner().invoke(cli, ["check", "--sweep-within", "180"], env=env)
    stale = CliRunner().invoke(cli, ["check", "--sweep-within", "10"], env=env)
    assert (fresh.exit_code, stale.exit_code) == (0, 1)
    assert fresh.output.startswith("Last sweep: ")
    assert "Integrity" not in fresh.output


async def test_the_sweep_job_leaves_its_heartbeat(tg, bot, clock) -> None:
    from tests.conftest import sweep_job

    await sweep_job(bot).run(bot)
    assert last_beat(bot.bot_data["conversation"].db, "sweep") == clock()
