"""The outbox drainer: sends every queued message once, at the pace each channel allows, whoever queued it.

One policy for every kind of message (healthchecks' ``Channel.notify`` is the model):
- a row is claimed with a conditional update, so two drainers never send it twice;
- a message to a chat that must wait (one a second to a private chat, a group's minute budget) is
  skipped for now, never waited on, so no chat stalls the others;
- scheduled messages wait for the recipient's quiet hours and pauses, replies and safety answers never;
- a transient failure is retried with backoff until the message's budget (an hour for club mail, the
  end of the runner's day for a daily question) runs out; then it is given up, logged with its id and
  counted in the broadcast's delivery report;
- a permanent failure marks the runner unreachable on that channel for every kind of message;
- nothing at all goes to a phone number that texted STOP, not even a safety answer (checked here only).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Mapping

from sqlite_utils import Database

from coach.schedule import gentle_moment
from handlers import club_delivery, outgoing, render_pool, reports
from handlers.jobs.pacing import Pacer
from handlers.transport import Transport, TransportError
from storage import identities, outbox, runners
from storage.db import data_version, owes_sync, sync_wal, writers_turn

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]

BUDGET = {
    "reply": dt.timedelta(hours=6),
    "summary": dt.timedelta(days=1),
    "report": dt.timedelta(days=1),
}
DEFAULT_BUDGET = dt.timedelta(hours=1)
MAX_BACKOFF = 300.0
SHORT_WAIT = 0.002
"""A channel's turn this close (a pacer set far above Telegram's 30 a second, or a local Bot API server) is
waited for inside the pass: a new pass would read the whole queue again to send one message."""


class Drainer:
    def __init__(
        self, db: Database, transports: Mapping[str, Transport], clock: Clock, *,
        pacers: Mapping[str, Pacer], chat_id: str | None = None, concurrency: int = 4, idle: float = 1.0,
    ) -> None:
        self.db = db
        self.transports = dict(transports)
        self.clock = clock
        self.pacers = dict(pacers)
        self.chat_id = chat_id
        self.idle = idle
        self.sent = 0
        self._slots = asyncio.Semaphore(concurrency)
        self._tasks: set[asyncio.Task] = set()
        self._in_flight: set[tuple[str, str]] = set()
        self._wake = asyncio.Event()
        self._stopping = False
        self._syncing = asyncio.Lock()
        self._synced_version: int | None = None

    @property
    def channels(self) -> tuple[str, ...]:
        return tuple(self.transports)

    def wake(self) -> None:
        """Something was queued: look now rather than at the next idle tick."""
        self._wake.set()

    def stop(self) -> None:
        """Stop between messages; what is queued stays queued for the next start."""
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        while not self._stopping:
            started, wait = await self._pass()
            if started:
                continue
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=min(wait, self.idle))
            except TimeoutError:
                pass
            self._wake.clear()
        await self.settle()

    async def drain(self, *, limit_seconds: float = 30.0) -> int:
        """Send everything sendable now, waiting out the pacing: for the terminal chat and for tests."""
        before = self.sent
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit_seconds
        while loop.time() < deadline:
            started, wait = await self._pass()
            await self.settle()
            if not started and wait >= self.idle:
                break
            if not started:
                await asyncio.sleep(wait)
        return self.sent - before

    async def settle(self) -> None:
        """Wait for the sends in flight."""
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _pass(self) -> tuple[int, float]:
        """Start every message that may go now; returns how many started and how long until another might."""
        paced = self._paced()
        if paced and len(paced) == len(self.channels):
            return 0, min(paced.values())
        now = self.clock()
        started, soonest = 0, min([self.idle, *paced.values()])
        held: set[tuple[str, str]] = set()  # a chat whose earlier message waits: its later ones wait too
        for waiting in outbox.waiting(self.db, now, self.channels, chat_id=self.chat_id):
            if self._stopping or len(paced) == len(self.channels):
                break
            if waiting.channel in paced:
                continue
            chat = (waiting.channel, waiting.chat_id)
            if chat in held or chat in self._in_flight:
                held.add(chat)
                continue
            if not await self._may_go_now(waiting, now):
                continue
            pacer = self.pacers.get(waiting.channel)
            wait = pacer.wait(waiting.chat_id) if pacer else 0.0
            if 0 < wait <= SHORT_WAIT:  # before the claim: a cancelled sleep leaves nothing half-taken
                await asyncio.sleep(wait)
                wait = pacer.wait(waiting.chat_id)
            if wait > 0:
                held.add(chat)
                soonest = min(soonest, wait)
                continue
            if identities.is_stopped(self.db, waiting.channel, waiting.chat_id):
                async with writers_turn(self.db):
                    outbox.finish(self.db, waiting.id, "blocked", "the number texted STOP")
                continue
            await self._slots.acquire()
            try:
                async with writers_turn(self.db):
                    message = None if self._stopping or chat in self._in_flight else outbox.claim(self.db, waiting.id)
            except BaseException:
                self._slots.release()
                raise
            if message is None:
                self._slots.release()
                held.add(chat)
                continue
            if pacer:
                pacer.take(message.chat_id)
                if (wait := pacer.wait()) > SHORT_WAIT:
                    paced[message.channel] = wait
                    soonest = min(soonest, wait)
            self._in_flight.add(chat)
            task = asyncio.create_task(self._send(message))
            self._tasks.add(task)
            task.add_done_callback(lambda done, chat=chat: self._done(done, chat))
            started += 1
        club_delivery.report_finished(self.db, self.clock())
        return started, soonest

    def _paced(self) -> dict[str, float]:
        """Channels that may send to no one yet, and for how long: a pass (one after every answer) skips them
        without reading a row, and stops looking the moment the last of its channels has used its turn."""
        waits = {channel: pacer.wait() for channel, pacer in self.pacers.items() if channel in self.transports}
        return {channel: wait for channel, wait in waits.items() if wait > 0}

    def _done(self, task: asyncio.Task, chat: tuple[str, str]) -> None:
        """One chat has one message in flight at a time, so its messages arrive in the order they were queued."""
        self._tasks.discard(task)
        self._in_flight.discard(chat)
        pacer = self.pacers.get(chat[0])
        if pacer:
            pacer.finished(chat[1])
        self._slots.release()
        self._wake.set()

    async def _may_go_now(self, message: outbox.Waiting, now: dt.datetime) -> bool:
        """Expired messages end here; scheduled ones wait for quiet hours and pauses (replies never do)."""
        if message.expires is not None and now >= message.expires:
            async with writers_turn(self.db):
                outbox.finish(self.db, message.id, "expired", "its day was over before it could be sent")
            log.info("outbox %s (%s) expired unsent", message.id, message.kind)
            return False
        if message.gentle_after is None or now < message.gentle_after or message.runner_id is None:
            return True
        runner = runners.maybe_runner(self.db, message.runner_id)
        if runner is None:
            async with writers_turn(self.db):
                outbox.finish(self.db, message.id, "expired", "the runner was erased")
            return False
        moment = gentle_moment(now, runner)
        if moment is not None and moment <= now:
            return True
        async with writers_turn(self.db):
            outbox.defer(self.db, message.id, moment)
        return False

    async def _durable(self) -> None:
        """What a message says (or a file drawn from the diary shows) must be on disk before it goes: a
        conversation or a sweep slice may have committed without an fsync (``storage.db.fsync_later``), in
        this process or, seen through ``data_version``, in another. One fsync, in a worker thread, covers
        every commit before it, so a burst of check-ins shares it and the event loop never waits for it."""
        if data_version(self.db) == self._synced_version and not owes_sync(self.db):
            return
        async with self._syncing:
            version = data_version(self.db)
            others = version != self._synced_version
            if others or owes_sync(self.db):
                await asyncio.to_thread(sync_wal, self.db, always=others)
                self._synced_version = version

    async def _send(self, message: outbox.Message) -> None:
        await self._durable()
        transport = self.transports[message.channel]
        reply = outgoing.reply_of(message)
        send_reply = getattr(transport, "send_reply", None)
        last_part = 0
        try:
            if send_reply is not None:
                await send_reply(message, reply)
            elif message.parts_done == 0:
                await transport.send_text(message.chat_id, reply.text, reply.buttons, table=reply.table)
                if reply.files:
                    await self._part_sent(message)
                else:
                    last_part = 1  # recorded with "sent" below: one commit for a text-only message
            for index, attachment in enumerate(() if send_reply else reply.files, start=1):
                if index < message.parts_done:
                    continue
                content = await render_pool.render(reports.prepare(self.db, attachment))
                await self._durable()  # the diary it was drawn from, as it was read
                await transport.send_file(message.chat_id, attachment.filename, content, photo=attachment.photo)
                await self._part_sent(message)
        except TransportError as error:
            async with writers_turn(self.db):
                self._failed(message, error)
        except Exception as error:  # noqa: BLE001 - a bug in one message must not stop the drainer
            log.exception("outbox %s (%s) could not be sent", message.id, message.kind)
            async with writers_turn(self.db):
                self._failed(message, TransportError(type(error).__name__))
        else:
            async with writers_turn(self.db):
                if message.runner_id is None and message.kind == "reply":
                    outbox.forget(self.db, message.id)
                else:
                    outbox.sent(self.db, message.id, self.clock(), parts=last_part)
            self.sent += 1

    async def _part_sent(self, message: outbox.Message) -> None:
        async with writers_turn(self.db):
            outbox.part_sent(self.db, message.id)

    def _failed(self, message: outbox.Message, error: TransportError) -> None:
        now = self.clock()
        if error.permanent:
            outbox.finish(self.db, message.id, "blocked", error.reason)
            runner_id = runners.mark_unreachable(self.db, message.channel, message.chat_id, now)
            outbox.block_pending(self.db, message.channel, message.chat_id, error.reason)
            log.info("outbox %s: runner %s cannot be reached on %s; no more messages", message.id, runner_id,
                     message.channel)
            return
        if error.retry_after is not None and message.channel in self.pacers:
            self.pacers[message.channel].hold_off(message.chat_id, error.retry_after)
        first_failed = message.first_failed or now
        give_up = message.expires or first_failed + BUDGET.get(message.kind, DEFAULT_BUDGET)
        tries = message.attempts  # this one included: a claimed message counts itself
        wait = error.retry_after if error.retry_after is not None else min(2.0 ** (tries - 1), MAX_BACKOFF)
        retry_at = now + dt.timedelta(seconds=wait)
        if retry_at >= give_up:
            outbox.finish(self.db, message.id, "failed", error.reason)
            log.warning("outbox %s (%s) given up after %d attempts: %s", message.id, message.kind, message.attempts,
                        error.reason)
            return
        outbox.retry(self.db, message.id, at=retry_at, error=error.reason, now=now)
