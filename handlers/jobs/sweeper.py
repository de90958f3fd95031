"""The minute sweep in a worker thread, on a database connection of its own, so the bot's event loop never
waits for it: not for a Sunday's thousands of summaries, a long read of who is due, or a commit's fsync
(a WAL checkpoint in a commit; benchmarks/sweep_scale.py prints the
longest the loop was held and the longest a reply's write waited).

Durability without holding anyone up: a slice commits without an fsync (``storage.db.fsync_later``), and
the drainer sends nothing a slice queued before an fsync has covered it: it sees the sweep's commits
through ``data_version`` and makes one fsync, in a worker thread, for them and its own before sending
(``handlers.jobs.outbox``). An fsync inside the turn held a reply waiting for it as long as the disk took,
which on a busy disk is hundreds of ms; one here too, after each slice, was a second fsync for the same
frames. A power cut before that fsync loses a slice's questions with the prompts that record them as
asked, so the next sweep asks again; nothing it queued had been sent.

Fairness with the bot's own writes: the sweep writes in slices (``sweep.in_slices``) and, after each
slice has committed, waits until the event loop has had a turn. A reply that wants to write during a
slice waits for the process's writer turn in a worker thread (``storage.db.writers_turn``), so the loop
goes on with everyone else; the slice sees it waiting (``WriterTurn.wanted``), commits after the item in
hand, and hands the turn over: the reply writes before the next slice begins. It waits for one item and
a commit, however long a slice may run, and however long the disk takes over that commit. The WAL checkpoint,
which SQLite would otherwise run inside whichever commit makes the WAL long (and so inside that writer's
turn), is left to this thread, outside any transaction: after a sweep once every ``CHECKPOINT_EVERY``,
because a checkpoint copies pages back and syncs the whole database file, and every ``CHECKPOINT_DURING``
between the slices of a long sweep.
An in-memory database (the tests' unit fixtures) can't be opened twice:
there the sweep runs on the loop, in slices of at most ``sweep.SLICE``, as nothing can see a waiting writer there.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from pathlib import Path

from sqlite_utils import Database

from handlers.jobs.sweep import SLICE as LOOP_SLICE
from handlers.jobs.sweep import in_slices, steps, sweep_in_slices
from storage import database_file, health, inbox
from storage.db import another_connection, checkpoint, fsync_later, no_checkpoints_in_commits, unsynced

KEEP_UPDATE_KEYS = dt.timedelta(days=3)
"""Telegram keeps an unconfirmed update 24 hours and Twilio retries for minutes: keys older than this go."""
LOOP_TURN_TIMEOUT = 5.0
SLICE = 0.05
"""Seconds of sweeping in one transaction when nobody in the process waits to write: the longest another
process's writer waits on SQLite's schedule. Longer slices mean fewer commits and WAL fsyncs a tick
(benchmarks/README.md has 0.05 against 0.01)."""
CHECKPOINT_DURING = 2.0
"""Seconds of sweeping between two checkpoints in a long sweep (the backlog after an outage, a Sunday's
summaries), so the WAL does not grow with the sweep."""
CHECKPOINT_EVERY = dt.timedelta(minutes=5)
"""How often the WAL is copied back into the database file; the loop's replies in between make it grow
by a few pages each."""


class Sweeper:
    def __init__(self, db: Database, channels: tuple[str, ...], *, backfill_days: int = 14,
                 slice_seconds: float = SLICE) -> None:
        self.db = db
        self.channels = channels
        self.backfill_days = backfill_days
        self.slice_seconds = slice_seconds
        self._path: Path | None = database_file(db)
        self._own: Database | None = None
        self._lock = threading.Lock()
        self._closing = False
        self._checkpointed: dt.datetime | None = None
        if self._path is not None:
            no_checkpoints_in_commits(db)

    async def __call__(self, now: dt.datetime) -> int:
        """Queue whoever is due at ``now``, forget old update keys, leave the sweep's heartbeat and, when it is
        time, checkpoint; returns how many messages were queued for runners (they are in the outbox)."""
        if self._path is None:
            queued = await sweep_in_slices(self.db, now, self.channels, backfill_days=self.backfill_days,
                                           slice_seconds=min(self.slice_seconds, LOOP_SLICE))
            _tidy(self.db, now)
            return len(queued)
        return await asyncio.to_thread(self._sweep, now, asyncio.get_running_loop())

    async def close(self) -> None:
        """Close the worker's connection once a sweep still running has stopped at the end of its slice;
        what it had not reached yet, the next start's sweep does."""
        self._closing = True
        await asyncio.to_thread(self._close)

    def _sweep(self, now: dt.datetime, loop: asyncio.AbstractEventLoop) -> int:
        with self._lock:
            if self._own is None:
                self._own = another_connection(self._path)
                no_checkpoints_in_commits(self._own)
            db = self._own
            queued = 0
            checkpointed = time.monotonic()
            try:
                with fsync_later(db):
                    for part in in_slices(db, steps(db, now, self.channels, backfill_days=self.backfill_days),
                                          self.slice_seconds):
                        queued += len(part)
                        if self._closing:
                            return queued
                        _after_loop_turn(loop)
                        if time.monotonic() - checkpointed >= CHECKPOINT_DURING:
                            checkpoint(db)  # after the loop's turn: not beside the reply that waited on this slice
                            checkpointed = time.monotonic()
                _tidy(db, now)
            finally:
                self._checkpoint_if_due(db, now)
            return queued

    def _checkpoint_if_due(self, db: Database, now: dt.datetime) -> None:
        if self._checkpointed is None or not dt.timedelta(0) <= now - self._checkpointed < CHECKPOINT_EVERY:
            checkpoint(db)
            self._checkpointed = now

    def _close(self) -> None:
        with self._lock:
            if self._own is not None:
                self._own.close()
                self._own = None
            self._closing = False


def _after_loop_turn(loop: asyncio.AbstractEventLoop) -> None:
    """Return once the event loop has run what was ready when this was called (a reply waiting to write)."""
    if loop.is_closed():
        return
    try:
        asyncio.run_coroutine_threadsafe(asyncio.sleep(0), loop).result(LOOP_TURN_TIMEOUT)
    except (TimeoutError, RuntimeError):
        pass


def _tidy(db: Database, now: dt.datetime) -> None:
    """Bookkeeping a power cut may forget, so it is written without an fsync and owes none (a minute with
    nothing due has no fsync, but for the checkpoint every five): the next sweep forgets the old update keys
    again and leaves its own heartbeat."""
    with unsynced(db):
        inbox.forget_before(db, now - KEEP_UPDATE_KEYS)
        health.beat(db, "sweep", now)
