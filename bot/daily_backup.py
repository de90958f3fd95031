"""The optional daily backup: with LUMBAR_BACKUP_DIR set, the bot writes one backup a day (UTC) and keeps
the newest LUMBAR_BACKUP_KEEP.

The job checks every hour whether today's file exists instead of firing at a set time, so a bot
that was down at that time, or restarts often, still makes exactly one backup a day. The folder is
the only state: nothing to lose on a restart.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database
from telegram.ext import Application, ContextTypes

from bot.backup import BackupError, copy_database
from bot.config import Settings
from storage import health

log = logging.getLogger("lumbar.backup")

NAME = re.compile(r"^lumbar-(\d{8})T\d{6}Z\.db$")
CHECK_EVERY = dt.timedelta(hours=1)
FIRST_CHECK = dt.timedelta(minutes=1)


def daily_name(now: dt.datetime) -> str:
    return f"lumbar-{now.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}.db"


def daily_backups(folder: Path) -> list[Path]:
    """This folder's daily backups, oldest first (the names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if NAME.match(p.name))


def daily_backup(db_path: Path, folder: Path, keep: int, now: dt.datetime) -> Path | None:
    """Write today's backup (UTC) unless there is one; then keep the newest ``keep``. Returns the new file."""
    existing = daily_backups(folder)
    today = f"{now.astimezone(dt.timezone.utc):%Y%m%d}"
    if existing and NAME.match(existing[-1].name)[1] >= today:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / daily_name(now)
    copy_database(db_path, target)
    for old in daily_backups(folder)[:-keep]:
        old.unlink()
    _beat(db_path, now)
    return target


def _beat(db_path: Path, now: dt.datetime) -> None:
    """For `lumbar check`; the backup is made whether or not this works."""
    try:
        conn = sqlite3.connect(db_path)
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            health.beat(Database(conn), "backup", now)
        finally:
            conn.close()
    except sqlite3.Error as error:
        log.warning("daily backup written, but not recorded for `lumbar check`: %s", error)


def schedule(application: Application, settings: Settings, clock: Callable[[], dt.datetime] | None = None) -> None:
    """If LUMBAR_BACKUP_DIR is set: check every hour, and a minute after start, whether today's backup is due."""
    if settings.backup_dir is None:
        return
    application.job_queue.run_repeating(
        backup_job, interval=CHECK_EVERY, first=FIRST_CHECK, name="backup",
        data=(settings.db_path, settings.backup_dir, settings.backup_keep, clock or _utc_now),
    )


async def backup_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    db_path, folder, keep, clock = context.job.data
    await backup_if_due(Path(db_path), Path(folder), keep, clock())


async def backup_if_due(db_path: Path, folder: Path, keep: int, now: dt.datetime) -> None:
    """Runs the copy in a thread, so check-ins keep flowing while it reads the database."""
    try:
        made = await asyncio.to_thread(daily_backup, db_path, folder, keep, now)
    except (OSError, sqlite3.Error, BackupError) as error:
        log.error("daily backup into %s failed: %s", folder, error)
        return
    if made is not None:
        log.info("daily backup written: %s", made)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
