"""Draining the outbox: send each queued message once, wait when told to, give up on the blocked.

Channels translate their errors into the three exceptions below, so the retry policy lives here
once, for Telegram now and SMS later.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable

from sqlite_utils import Database

from coach import texts
from storage import broadcasts, clubs, outbox, runners

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


class Blocked(Exception):
    """The recipient blocked the bot or left the platform: never retry."""


class RetryLater(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


class SendFailed(Exception):
    """Anything else: retried with backoff, then given up."""


Send = Callable[[outbox.Message], Awaitable[None]]
Clock = Callable[[], dt.datetime]


async def drain(
    db: Database, send: Send, clock: Clock, *, channels: tuple[str, ...], keep_going: Callable[[], bool] = lambda: True
) -> int:
    """Send everything due, one message in flight at a time; returns how many were sent.

    Each message is marked ``sending`` and committed before the send, and ``sent`` right after,
    so a crash can only repeat the one message in flight. ``keep_going`` is asked between
    messages, so a shutdown stops a long broadcast at once and the next start resumes it.
    """
    sent = 0
    while keep_going() and (batch := [m for m in outbox.due(db, clock()) if m.channel in channels]):
        for message in batch:
            if not keep_going():
                return sent
            if message.attempts >= MAX_ATTEMPTS:
                outbox.mark(db, message.id, "failed", now=clock(), error="gave up after repeated restarts",
                            count_attempt=False)
                continue
            outbox.mark(db, message.id, "sending", now=clock(), count_attempt=False)
            try:
                await send(message)
            except RetryLater as wait:
                outbox.mark(db, message.id, "pending", now=clock(), error="rate limited",
                            retry_at=clock() + dt.timedelta(seconds=wait.seconds), count_attempt=False)
                return sent
            except Blocked as error:
                outbox.mark(db, message.id, "blocked", now=clock(), error=str(error)[:200])
                if message.runner_id is not None:
                    clubs.mark_unreachable(db, message.runner_id)
            except SendFailed as error:
                give_up = message.attempts + 1 >= MAX_ATTEMPTS
                retry_at = clock() + dt.timedelta(seconds=2 ** message.attempts)
                outbox.mark(db, message.id, "failed" if give_up else "pending", now=clock(),
                            error=str(error)[:200], retry_at=None if give_up else retry_at)
            else:
                outbox.mark(db, message.id, "sent", now=clock())
                sent += 1
        _report_finished(db, clock())
    _report_finished(db, clock())
    return sent


def _report_finished(db: Database, now: dt.datetime) -> None:
    """Queue a delivery report to the sender of every broadcast that has settled."""
    for broadcast in broadcasts.finished_unreported(db):
        with db.atomic():
            counts = outbox.broadcast_counts(db, broadcast.id)
            failures = outbox.broadcast_failures(db, broadcast.id)
            sender = runners.maybe_runner(db, broadcast.runner_id)
            broadcasts.mark_reported(db, broadcast.id)
            if sender is None:
                continue
            club = clubs.get_club(db, broadcast.club_id)
            outbox.enqueue(db, [{
                "channel": sender.channel, "chat_id": sender.chat_id, "runner_id": sender.id,
                "text": texts.delivery_report(club.name, counts, [f["last_error"] or f["status"] for f in failures]),
                "idem_key": f"report:{broadcast.id}",
            }], now=now)
