"""Backups, restores and the daily backup: copies are whole and checked, and a running bot's database is never replaced."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot import lock
from bot.backup import BackupError, backup, copy_database, restore
from bot.cli import cli
from bot.daily_backup import daily_backup, daily_backups, daily_name
from storage import open_db
from storage.health import beat, last_beat
from tests.fake_telegram import TOKEN
from tests.processes import Process, lumbar_env, polling

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def make_db(path: Path, runners: int = 3) -> None:
    db = open_db(path)
    for n in range(runners):
        db.table("runners").insert({"channel": "telegram", "chat_id": str(1000 + n), "created_at": "2026-11-01"})
    db.close()


def count(path: Path, table: str = "runners") -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        conn.close()


def test_a_backup_of_a_live_database_has_what_was_committed_and_nothing_in_flight(tmp_path) -> None:
    make_db(tmp_path / "lumbar.db")
    writer = sqlite3.connect(tmp_path / "lumbar.db")
    writer.execute("begin immediate")
    writer.execute("insert into runners (channel, chat_id) values ('telegram', 'in-flight')")
    backup(tmp_path / "lumbar.db", tmp_path / "copy.db")
    writer.commit()
    writer.close()
    assert count(tmp_path / "copy.db") == 3
    assert count(tmp_path / "lumbar.db") == 4
    assert not Path(f"{tmp_path / 'copy.db'}-wal").exists(), "a backup is one self-contained file"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_backup_never_overwrites_by_accident_nor_creates_a_database(tmp_path) -> None:
    make_db(tmp_path / "lumbar.db")
    (tmp_path / "copy.db").write_text("precious")
    with pytest.raises(BackupError, match="already exists"):
        backup(tmp_path / "lumbar.db", tmp_path / "copy.db")
    assert (tmp_path / "copy.db").read_text() == "precious"
    with pytest.raises(BackupError, match="no database at"):
        backup(tmp_path / "missing.db", tmp_path / "other.db")
    assert not (tmp_path / "missing.db").exists()


def test_a_corrupt_database_is_not_passed_off_as_a_backup(tmp_path) -> None:
    make_db(tmp_path / "lumbar.db", runners=200)
    conn = sqlite3.connect(tmp_path / "lumbar.db")
    [root] = conn.execute("select rootpage from sqlite_master where name = 'runners'").fetchone()
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    data = bytearray((tmp_path / "lumbar.db").read_bytes())
    data[4096 * (root - 1): 4096 * (root - 1) + 8] = b"\xff" * 8  # the runners table's page header
    (tmp_path / "lumbar.db").write_bytes(bytes(data))
    with pytest.raises(BackupError):
        copy_database(tmp_path / "lumbar.db", tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()


def test_restore_replaces_the_database_and_keeps_the_one_it_replaced(tmp_path) -> None:
    make_db(tmp_path / "old.db", runners=2)
    backup(tmp_path / "old.db", tmp_path / "backup.db")
    make_db(tmp_path / "lumbar.db", runners=5)
    restored = restore(tmp_path / "backup.db", tmp_path / "lumbar.db", now=NOW)
    assert (restored.runners, restored.previous) == (2, tmp_path / "lumbar.db.before-restore-20261130T080000Z")
    assert count(tmp_path / "lumbar.db") == 2
    assert count(restored.previous) == 5
    assert open_db(tmp_path / "lumbar.db").execute("pragma integrity_check").fetchone()[0] == "ok"


def test_restore_refuses_what_is_not_a_lumbar_backup(tmp_path) -> None:
    make_db(tmp_path / "lumbar.db")
    (tmp_path / "text.db").write_text("not sqlite at all, just some words")
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("create table t (x)")
    other.close()
    for source, says in [("text.db", "not a readable SQLite database"), ("other.db", "not a Lumbar database"),
                         ("missing.db", "no database at")]:
        with pytest.raises(BackupError, match=says):
            restore(tmp_path / source, tmp_path / "lumbar.db", now=NOW)
    assert count(tmp_path / "lumbar.db") == 3


def test_restore_refuses_a_backup_from_a_newer_lumbar(tmp_path) -> None:
    make_db(tmp_path / "newer.db")
    db = open_db(tmp_path / "newer.db")
    db.table("_sqlite_migrations").insert({"migration_set": "lumbar", "name": "m999_from_the_future",
                                           "applied_at": "2027-01-01"})
    db.close()
    with pytest.raises(BackupError, match="made by a newer Lumbar"):
        restore(tmp_path / "newer.db", tmp_path / "lumbar.db", now=NOW)


def test_restore_refuses_while_the_database_is_held_and_a_holder_waits_for_a_restore(tmp_path) -> None:
    make_db(tmp_path / "lumbar.db")
    backup(tmp_path / "lumbar.db", tmp_path / "backup.db")
    with lock.shared(tmp_path / "lumbar.db", "lumbar run"):
        with pytest.raises(BackupError, match=r"Lumbar is running on .*lumbar.db \(pid \d+, `lumbar run`\)"):
            restore(tmp_path / "backup.db", tmp_path / "lumbar.db", now=NOW)
    with lock.exclusive(tmp_path / "lumbar.db", "lumbar restore"):
        with pytest.raises(lock.InUse, match="lumbar restore"):
            with lock.shared(tmp_path / "lumbar.db", "lumbar run"):
                pass


def test_restore_refuses_when_the_sweep_ran_a_moment_ago_unless_forced(tmp_path) -> None:
    """A bot that does not hold the lock file still leaves its heartbeat."""
    make_db(tmp_path / "lumbar.db")
    backup(tmp_path / "lumbar.db", tmp_path / "backup.db")
    db = open_db(tmp_path / "lumbar.db")
    beat(db, "sweep", NOW - dt.timedelta(seconds=30))
    db.close()
    with pytest.raises(BackupError, match="the sweep ran 30 s ago"):
        restore(tmp_path / "backup.db", tmp_path / "lumbar.db", now=NOW)
    assert restore(tmp_path / "backup.db", tmp_path / "lumbar.db", now=NOW, force=True).runners == 3
    assert last_beat(open_db(tmp_path / "lumbar.db"), "sweep") is None, "a restored database has no heartbeats"


async def test_restore_refuses_while_lumbar_run_is_running_and_works_once_it_stopped(tg, tmp_path) -> None:
    db_path = tmp_path / "lumbar.db"
    make_db(db_path)
    backup(db_path, tmp_path / "backup.db")
    env = lumbar_env(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=tg.base_url, LUMBAR_DB=str(db_path))
    bot = await Process.start("run", env=env, cwd=tmp_path)
    try:
        await polling(tg)
        refused = CliRunner().invoke(cli, ["restore", str(tmp_path / "backup.db")], env={"LUMBAR_DB": str(db_path)})
        made = CliRunner().invoke(cli, ["backup", str(tmp_path / "live.db")], env={"LUMBAR_DB": str(db_path)})
    finally:
        assert await bot.stop() == 0
    assert refused.exit_code == 2
    assert refused.output.startswith(f"lumbar: Lumbar is running on {db_path} (pid {bot.proc.pid}, `lumbar run`)")
    assert made.exit_code == 0, made.output
    assert count(tmp_path / "live.db") == 3
    restored = CliRunner().invoke(cli, ["restore", str(tmp_path / "backup.db")], env={"LUMBAR_DB": str(db_path)})
    assert restored.exit_code == 0, restored.output
    assert "Restored" in restored.output and "3 runners" in restored.output


def test_the_daily_backup_writes_one_a_day_and_keeps_the_newest(tmp_path) -> None:
    make_db(tmp_path / "lumbar.db")
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a backup: never deleted")
    made = [daily_backup(tmp_path / "lumbar.db", folder, 3, NOW + dt.timedelta(days=d)) for d in range(5)]
    assert daily_backup(tmp_path / "lumbar.db", folder, 3, NOW + dt.timedelta(days=4, hours=3)) is None
    assert [p.name for p in daily_backups(folder)] == [daily_name(NOW + dt.timedelta(days=d)) for d in (2, 3, 4)]
    assert made[-1] == folder / "lumbar-20261204T080000Z.db"
    assert (folder / "notes.txt").exists()
    assert count(made[-1]) == 3
    db = open_db(tmp_path / "lumbar.db")
    assert last_beat(db, "backup") == NOW + dt.timedelta(days=4)


async def test_the_daily_backup_is_a_job_of_the_bot_only_when_a_folder_is_set(tg, tmp_path) -> None:
    from bot.app import build_application
    from bot.config import Settings

    plain = build_application(Settings(telegram_token=TOKEN, db_path=tmp_path / "l.db"), open_db(tmp_path / "l.db"))
    assert not plain.job_queue.get_jobs_by_name("backup")
    settings = Settings(telegram_token=TOKEN, telegram_api_base_url=tg.base_url, db_path=tmp_path / "l.db",
                        backup_dir=tmp_path / "backups", backup_keep=2)
    application = build_application(settings, open_db(tmp_path / "l.db"), lambda: NOW)
    [job] = application.job_queue.get_jobs_by_name("backup")
    await job.callback(type("Context", (), {"job": job})())
    assert [p.name for p in daily_backups(tmp_path / "backups")] == ["lumbar-20261130T080000Z.db"]


async def test_lumbar_serve_for_sms_only_makes_the_daily_backup_too(tmp_path, monkeypatch) -> None:
    """No Telegram, so no job queue: the server keeps the same hourly look itself."""
    import asyncio

    import bot.daily_backup
    from bot.config import Settings
    from bot.serve import Server
    from tests.fake_twilio import FakeTwilio
    from tests.sms_phone import serve_settings

    monkeypatch.setattr(bot.daily_backup, "FIRST_CHECK", dt.timedelta(0))
    settings = Settings(db_path=tmp_path / "l.db", backup_dir=tmp_path / "backups", backup_keep=2)
    async with FakeTwilio() as twilio:
        server = Server(settings, serve_settings(twilio), open_db(tmp_path / "l.db"), lambda: NOW, sweep_every=60.0)
        async with server.running():
            for _ in range(100):
                if daily_backups(tmp_path / "backups"):
                    break
                await asyncio.sleep(0.05)
    assert [p.name for p in daily_backups(tmp_path / "backups")] == ["lumbar-20261130T080000Z.db"]


def test_backup_settings_are_checked() -> None:
    from bot.config import ConfigError, load_settings

    settings = load_settings({"LUMBAR_BACKUP_DIR": "/var/backups/lumbar", "LUMBAR_BACKUP_KEEP": "14"})
    assert (settings.backup_dir, settings.backup_keep) == (Path("/var/backups/lumbar"), 14)
    assert load_settings({}).backup_dir is None and load_settings({}).backup_keep == 7
    with pytest.raises(ConfigError, match="LUMBAR_BACKUP_KEEP must be a whole number of backups from 1 to 1000"):
        load_settings({"LUMBAR_BACKUP_KEEP": "0"})
