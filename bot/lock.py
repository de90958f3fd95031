"""Who is using the database: a lock file beside it, ``<LUMBAR_DB>.lock``.

``lumbar run``, ``serve`` and ``chat`` hold a *shared* lock on it while they run; ``lumbar restore``
takes it *exclusively*, so it refuses while any of them runs, and none of them can start while a
restore is swapping the file. The locks are flock(2) locks: the kernel drops them when the process
ends, however it ends (SIGKILL, OOM, power cut), so unlike a pid file a crash never leaves a stale
lock behind. The file also records the pid and command of the last holder, for the error message.

flock works between processes on one machine, also across containers sharing a volume; it is not
reliable on network filesystems, where SQLite's WAL mode does not work either.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class InUse(Exception):
    """The database is held by another process; ``holder`` says which, as far as the lock file knows."""

    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


def lock_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.lock")


@contextmanager
def shared(db_path: str | Path, command: str) -> Iterator[None]:
    """Held while a bot or chat uses the database; raises ``InUse`` during a restore."""
    with _locked(db_path, fcntl.LOCK_SH, command):
        yield


@contextmanager
def exclusive(db_path: str | Path, command: str) -> Iterator[None]:
    """Held while the database file is replaced; raises ``InUse`` while anything else holds it."""
    with _locked(db_path, fcntl.LOCK_EX, command):
        yield


@contextmanager
def _locked(db_path: str | Path, mode: int, command: str) -> Iterator[None]:
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        writable = True
    except PermissionError:
        if not path.exists():
            raise
        # Created by another user (say root during a restore): locking needs only read access.
        fd = os.open(path, os.O_RDONLY)
        writable = False
    try:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InUse(_holder(fd)) from None
        if writable:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {command}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def _holder(fd: int) -> str:
    text = os.pread(fd, 200, 0).decode(errors="replace").strip()
    pid, _, command = text.partition(" ")
    return f"pid {pid}, `{command}`" if pid.isdigit() and command else "another Lumbar process"
