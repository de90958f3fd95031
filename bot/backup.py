"""Backups: a consistent copy of the live database, and restoring one (the daily backup is in daily_backup.py).

Copies use SQLite's online backup API (``sqlite3.Connection.backup``), which reads a consistent
snapshot while the bot keeps writing (platform-limits.md 4.3). A copy is written beside its target
as ``.NAME.partial``, checked with ``PRAGMA integrity_check``, flushed to disk and only then renamed
into place, so a file with a backup's name is always a whole, checked database.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from bot import lock
from storage import health, open_db

RECENT_SWEEP = dt.timedelta(seconds=90)


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message is one line for the person running it."""


@dataclass(frozen=True)
class Restored:
    schema: int
    runners: int
    previous: Path | None


def connect_existing(path: Path) -> sqlite3.Connection:
    """Open a database that must already exist, read-only: never creates an empty file by mistake."""
    if not path.is_file():
        raise BackupError(f"no database at {path}")
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` (live or not) to ``target`` through the backup API, checked, then renamed into place."""
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    src = connect_existing(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            problems = health_problems(dst)
        finally:
            dst.close()
    except sqlite3.DatabaseError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"cannot copy {source}: {error}") from None
    finally:
        src.close()
    if problems:
        partial.unlink(missing_ok=True)
        raise BackupError(f"the copy of {source} fails its integrity check ({problems[0]}); the database needs repair")
    _flush(partial)
    os.replace(partial, target)
    _flush(target.parent)


def backup(db_path: Path, target: Path, *, overwrite: bool = False) -> None:
    """`lumbar backup FILE`: a checked copy of the live database at ``target``."""
    if target.exists() and not overwrite:
        raise BackupError(f"{target} already exists; choose a new name or pass --overwrite")
    if target.resolve() == db_path.resolve():
        raise BackupError("the backup file cannot be the database itself")
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_database(db_path, target)


def check_backup(source: Path) -> None:
    """Refuse a file that is not a whole Lumbar database this version can read."""
    try:
        conn = connect_existing(source)
        try:
            problems = health_problems(conn)
            db = Database(conn)
            if not db.table("_sqlite_migrations").exists():
                raise BackupError(f"{source} is not a Lumbar database (it has no migrations table)")
            applied, _, unknown = health.migration_names(db)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{source} is not a readable SQLite database ({error})") from None
    if problems:
        raise BackupError(f"{source} fails its integrity check ({problems[0]})")
    if not applied:
        raise BackupError(f"{source} is not a Lumbar database (no Lumbar migrations in it)")
    if unknown:
        raise BackupError(f"{source} was made by a newer Lumbar (it has {unknown[-1]}); upgrade Lumbar first")


def restore(source: Path, db_path: Path, *, now: dt.datetime, force: bool = False) -> Restored:
    """`lumbar restore FILE`: replace the database with a backup, keeping the current one beside it.

    Holds the database exclusively (see bot/lock.py), so it refuses while run, serve or chat runs.
    ``force`` skips only the second guard: a sweep heartbeat in the last 90 s, the trace of a bot
    that runs without holding the lock.
    """
    check_backup(source)
    if source.resolve() == db_path.resolve():
        raise BackupError("that file is the database itself")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with lock.exclusive(db_path, "lumbar restore"):
            if not force:
                _refuse_if_swept_lately(db_path, now)
            previous = _keep_current(db_path, now) if db_path.exists() else None
            incoming = db_path.with_name(f".{db_path.name}.restoring")
            copy_database(source, incoming)
            _same_owner(incoming, db_path if db_path.exists() else db_path.parent)
            for leftover in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
                leftover.unlink(missing_ok=True)  # the old database's log must never meet the new file
            os.replace(incoming, db_path)
            _flush(db_path.parent)
            try:
                db = open_db(db_path)  # brings an older backup's schema up to date
            except sqlite3.Error as error:
                raise BackupError(f"restored {db_path}, but bringing its schema up to date failed: {error}") from None
            try:
                health.forget_beats(db)
                return Restored(len(health.migration_names(db)[0]), db.table("runners").count, previous)
            finally:
                db.close()
    except lock.InUse as busy:
        raise BackupError(
            f"Lumbar is running on {db_path} ({busy.holder}). Stop it first "
            "(systemctl stop lumbar, or docker compose stop lumbar), then restore."
        ) from None


def _keep_current(db_path: Path, now: dt.datetime) -> Path:
    """The database being replaced, kept beside it; byte for byte (with its -wal) if it is too damaged to copy."""
    kept = db_path.with_name(f"{db_path.name}.before-restore-{now:%Y%m%dT%H%M%SZ}")
    try:
        copy_database(db_path, kept)
    except BackupError:
        for suffix in ("", "-wal"):
            if Path(f"{db_path}{suffix}").exists():
                shutil.copy2(f"{db_path}{suffix}", f"{kept}{suffix}")
    return kept


def _refuse_if_swept_lately(db_path: Path, now: dt.datetime) -> None:
    if not db_path.exists():
        return
    try:
        conn = connect_existing(db_path)
        try:
            last = health.last_beat(Database(conn), "sweep")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return  # too damaged to tell, which is usually why it is being restored
    if last is not None and now - last < RECENT_SWEEP:
        seconds = max(0, int((now - last).total_seconds()))
        raise BackupError(
            f"the sweep ran {seconds} s ago, so a Lumbar that does not hold {lock.lock_path(db_path).name} may be "
            "running. Stop it and wait a minute, or pass --force if you are sure none is."
        )


def health_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check(5)").fetchall()]
    return [] if rows == ["ok"] else rows


def _same_owner(path: Path, like: Path) -> None:
    """A restore run as root must not leave a file the service user cannot write."""
    if os.geteuid() == 0:
        info = like.stat()
        os.chown(path, info.st_uid, info.st_gid)


def _flush(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
