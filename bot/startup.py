"""Starting up: open the database and reach Telegram, or stop with one line a person can act on.

Every failure here is a ``CommandError``: one line, exit status 2. No network is not a failure:
Lumbar says once what it is waiting for, then retries, backing off.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sqlite3
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from sqlite_utils import Database
from telegram import Bot
from telegram.error import InvalidToken, RetryAfter, TelegramError

from bot import lock
from bot.config import Settings
from bot.errors import CommandError
from storage import open_db

log = logging.getLogger("lumbar")

FIRST_RETRY = 1.0
LONGEST_WAIT = 60.0
REMIND_EVERY = 10


def prepare_folder(db_path: Path) -> None:
    """The database's folder exists (it is created if need be) and LUMBAR_DB names a file, not a folder."""
    if db_path.is_dir():
        raise CommandError(f"LUMBAR_DB is a folder ({db_path}); name a file in it, such as {db_path / 'lumbar.db'}.")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CommandError(
            f"cannot create the folder {db_path.parent} for LUMBAR_DB ({error.strerror or error}); "
            "set LUMBAR_DB to a file in a folder Lumbar can write."
        ) from None


def open_database(db_path: Path) -> Database:
    """``storage.open_db`` with its failures (no such folder, a folder, read-only, not SQLite) as one line."""
    prepare_folder(db_path)
    try:
        return open_db(db_path)
    except (OSError, sqlite3.Error) as error:
        raise CommandError(
            f"cannot open the database {db_path} ({error}); "
            "set LUMBAR_DB to a SQLite file in a folder Lumbar can write."
        ) from None


@contextmanager
def holding(db_path: Path, command: str) -> Iterator[None]:
    """Hold the database for ``command`` (run, serve, chat), so `lumbar restore` cannot replace it meanwhile."""
    prepare_folder(db_path)
    with ExitStack() as stack:
        try:
            stack.enter_context(lock.shared(db_path, command))
        except lock.InUse as busy:
            raise CommandError(
                f"{db_path} is being restored ({busy.holder}); start Lumbar when it has finished."
            ) from None
        except OSError as error:
            raise CommandError(
                f"cannot write the lock file {lock.lock_path(db_path)} ({error.strerror or error}); "
                "set LUMBAR_DB to a file in a folder Lumbar can write."
            ) from None
        yield


def wait_for_telegram(settings: Settings) -> bool:
    """Check the token with getMe, waiting as long as it takes for the network. False if stopped meanwhile."""
    bot = Bot(settings.telegram_token or "", base_url=settings.telegram_api_base_url,
              base_file_url=settings.telegram_file_base_url)
    return asyncio.run(reach(bot.initialize, settings.telegram_api_base_url, shutdown=bot.shutdown))


async def reach(
    attempt: Callable[[], Awaitable[object]],
    where: str,
    *,
    shutdown: Callable[[], Awaitable[object]] | None = None,
    first: float = FIRST_RETRY,
    longest: float = LONGEST_WAIT,
) -> bool:
    """Call ``attempt`` until it succeeds, doubling the wait from ``first`` up to ``longest``.

    One warning at the first failure says what Lumbar is waiting for; later failures are DEBUG, with
    a reminder at INFO every ``REMIND_EVERY`` attempts. SIGINT and SIGTERM end the wait (False).
    A token Telegram rejects is a ``CommandError``: retrying would not fix it.
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    failures, wait = 0, first
    try:
        while True:
            outcome = await _first_of(attempt(), stop)
            if outcome is _STOPPED:
                log.info("Stopped while waiting for Telegram.")
                return False
            if not isinstance(outcome, BaseException):
                if failures:
                    log.info("Reached Telegram after %d attempts.", failures + 1)
                return True
            if isinstance(outcome, InvalidToken):
                raise CommandError(
                    "Telegram rejected TELEGRAM_BOT_TOKEN (401/404 on getMe). Copy the token again from "
                    "@BotFather (/mybots, your bot, API Token); a revoked token stops working at once."
                )
            if not isinstance(outcome, TelegramError):
                raise outcome
            failures += 1
            pause = _retry_after(outcome) if isinstance(outcome, RetryAfter) else wait
            reason = _reason(outcome)
            if failures == 1:
                log.warning("Cannot reach Telegram at %s (%s). Waiting for it: retrying, at most every %.0f s.",
                            where, reason, longest)
            elif failures % REMIND_EVERY == 0:
                log.info("Still waiting for Telegram at %s after %d attempts (%s).", where, failures, reason)
            else:
                log.debug("Telegram attempt %d failed (%s); next in %.0f s.", failures, reason, pause)
            try:
                await asyncio.wait_for(stop.wait(), timeout=pause)
            except TimeoutError:
                wait = min(longest, wait * 2)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        if shutdown is not None:
            await shutdown()


_STOPPED = object()


async def _first_of(call: Awaitable[object], stop: asyncio.Event) -> object:
    """The call's result or exception, or ``_STOPPED`` if ``stop`` is set first (the call is cancelled)."""
    task = asyncio.ensure_future(call)
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
    for pending in (task, stopping):
        if not pending.done():
            pending.cancel()
    if not task.done() or task.cancelled():
        return _STOPPED
    return task.exception() or task.result()


def _retry_after(error: RetryAfter) -> float:
    wait = error.retry_after
    return wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)


def _reason(error: TelegramError) -> str:
    """PTB's message names the httpx error: "httpx.ConnectError: All connection attempts failed"."""
    return f"{type(error).__name__}: {error.message}"[:200]
