"""The worker processes charts and PDFs are drawn in, off the event loop.

matplotlib (Agg) and fpdf2 hold the GIL for most of a drawing, so in threads the drawings would take
turns on one core and hold up the event loop besides; in processes each has a core of its own. The
pool has as many workers as there are cores and is started at the first file, not at import.

A job is a picklable ``Maker`` (see ``coach.files``). Workers are spawned, not forked, so none
inherits the bot's threads, sockets or database; a worker ignores SIGINT and SIGTERM (the bot stops
its workers itself, after the messages in flight) and exits if the bot dies without stopping them.
If a worker dies mid-drawing the pool is broken: that file fails (the drainer retries its message)
and the next one starts a new pool; the bot itself stays up.

A spawned worker imports the program's main module, so a script that draws files must start under
``if __name__ == "__main__":``, as the ``lumbar`` command does.

This module imports only the standard library: a spawned worker imports it for its initializer.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

Maker = Callable[[], bytes]

WORKERS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
"""One worker per core this process may run on."""

_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def pool() -> ProcessPoolExecutor:
    """The pool, started at the first call."""
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=WORKERS, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_worker_started)
        return _pool


async def render(make: Maker) -> bytes:
    """``make()`` in a worker process; the event loop waits without blocking."""
    current = pool()
    try:
        return await asyncio.get_running_loop().run_in_executor(current, make)
    except BrokenProcessPool:
        _discard(current)
        raise


def shutdown() -> None:
    """Let the drawings under way finish, then stop the workers. A later ``render`` starts a new pool."""
    global _pool
    with _lock:
        current, _pool = _pool, None
    if current is not None:
        current.shutdown(wait=True, cancel_futures=True)


def _discard(broken: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is broken:
            _pool = None
    broken.shutdown(wait=False, cancel_futures=True)


def _worker_started() -> None:
    """In each worker: leave stopping to the bot, and exit when the bot is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="lumbar-render-parent", daemon=True).start()
