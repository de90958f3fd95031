"""``lumbar serve``: one web app for Twilio's and Telegram's webhooks, with the sweep and the drainer beside it.

POST /sms          an inbound text: signature checked, stored by MessageSid, answered with empty TwiML,
                   then handled from the inbox (the answer goes out through the outbox like any other)
POST /sms/status   Twilio's delivery status callbacks, stored on the outbox row
POST /telegram     Telegram's webhook: secret header compared in constant time, update stored, then 200
GET  /healthz      200 while the database answers and the minute sweep ran lately, else 503

A request that fails its signature or secret gets 403 and nothing is read beyond what the check needs,
stored or logged. Without TELEGRAM_WEBHOOK_SECRET a Telegram token means long polling, as ``lumbar run``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hmac
import logging
from collections.abc import AsyncIterator, Callable

from sqlite_utils import Database
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from telegram import Update
from twilio.request_validator import RequestValidator

from bot import app as telegram_app
from bot import daily_backup
from bot.config import Settings
from bot.twilio_config import ServeSettings
from handlers.channels import sms as sms_channel
from handlers.channels import telegram as telegram_channel
from handlers.conversation import Conversation
from handlers.flood import FloodGuard
from handlers.jobs.outbox import Drainer
from handlers.jobs.pacing import Pacer
from handlers.jobs.sweeper import Sweeper
from storage import health, inbox, outbox
from storage.db import durable_write, writers_turn

log = logging.getLogger("lumbar.serve")

Clock = Callable[[], dt.datetime]
SWEEP_EVERY = 60.0
STALE_SWEEP = dt.timedelta(minutes=3)
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


class Server:
    """Everything ``lumbar serve`` runs; ``app`` is the ASGI app, ``running()`` starts and stops the rest.

    ``sweep_every=None`` leaves the minute sweep to the caller (``sweep_once``), as the tests do with a
    manual clock.
    """

    def __init__(self, settings: Settings, serve: ServeSettings, db: Database, clock: Clock = telegram_app.utc_now,
                 *, sweep_every: float | None = SWEEP_EVERY) -> None:
        self.settings = settings
        self.serve = serve
        self.db = db
        self.clock = clock
        self.sweep_every = sweep_every
        self.application = telegram_app.build_application(settings, db, clock) if settings.telegram_token else None
        if self.application is not None:
            self.conversation: Conversation = self.application.bot_data["conversation"]
            self.drainer: Drainer = self.application.bot_data["drainer"]
            for job in self.application.job_queue.get_jobs_by_name("sweep"):
                job.schedule_removal()
        else:
            self.conversation = Conversation(db, clock, backfill_days=settings.backfill_days,
                                             flood=FloodGuard(settings.flood_limit))
            self.drainer = Drainer(db, {}, clock, pacers={}, idle=settings.drain_idle)
        self.sms_transport: sms_channel.SmsTransport | None = None
        if serve.twilio is not None:
            self.sms_transport = sms_channel.SmsTransport(db, serve.twilio, clock, status_url=serve.public("/sms/status"))
            self.drainer.transports[sms_channel.CHANNEL] = self.sms_transport
            self.drainer.pacers[sms_channel.CHANNEL] = Pacer(serve.twilio.sms_rate, chat_interval=0.0)
        self.sms = sms_channel.SmsInbound(self.conversation)
        self.sweeper = Sweeper(db, self.channels, backfill_days=settings.backfill_days)
        self.validator = RequestValidator(serve.twilio.auth_token) if serve.twilio else None
        self._tasks: list[asyncio.Task] = []
        self.app = Starlette(routes=[
            Route("/sms", self.inbound_sms, methods=["POST"]),
            Route("/sms/status", self.sms_status, methods=["POST"]),
            Route("/telegram", self.telegram, methods=["POST"]),
            Route("/healthz", self.healthz, methods=["GET"]),
        ], lifespan=lambda app: self.running())

    @property
    def channels(self) -> tuple[str, ...]:
        return self.drainer.channels

    # ------------------------------------------------------------ lifecycle

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        await self.start()
        try:
            yield
        finally:
            await self.stop()

    async def start(self) -> None:
        if self.application is not None:
            await self.application.initialize()
            await telegram_app.start(self.application, poll=not self.serve.telegram_webhook)
            if self.serve.telegram_webhook:
                await self.application.bot.set_webhook(
                    self.serve.public("/telegram"), secret_token=self.serve.telegram_webhook_secret,
                    allowed_updates=Update.ALL_TYPES,
                )
        else:
            recovered = outbox.recover_in_flight(self.db)
            if recovered:
                log.info("%d messages were being sent at the last stop; they go again", recovered)
            self._tasks.append(asyncio.create_task(self.drainer.run(), name="lumbar:outbox"))
        replayed = self.sms.replay()
        if replayed:
            log.info("%d texts received before the last stop were handled first", replayed)
        if self.sweep_every is not None:
            self._tasks.append(asyncio.create_task(self._sweeping(), name="lumbar:sweep"))
            if self.application is None and self.settings.backup_dir is not None:
                self._tasks.append(asyncio.create_task(self._backing_up(), name="lumbar:backup"))
        log.info("Lumbar is serving %s", ", ".join(self._serving()))

    async def stop(self) -> None:
        for task in self._tasks:
            if task.get_name() in ("lumbar:sweep", "lumbar:backup"):
                task.cancel()
        if self.application is not None:
            await telegram_app.stop(self.application)
            await self.application.shutdown()
        else:
            self.drainer.stop()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        await self.sweeper.close()
        if self.sms_transport is not None:
            await self.sms_transport.close()

    def _serving(self) -> list[str]:
        parts = []
        if self.sms_transport is not None:
            parts.append("SMS at /sms")
        if self.application is not None:
            parts.append("Telegram at /telegram" if self.serve.telegram_webhook else "Telegram by long polling")
        return parts

    async def sweep_once(self) -> None:
        """Queue whoever is due on every channel served, then let the drainer look."""
        await self.sweeper(self.clock())
        self.drainer.wake()

    async def _sweeping(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                await self.sweep_once()
            except Exception as error:  # noqa: BLE001 - the next minute tries again
                log.error("the sweep failed: %s", type(error).__name__, exc_info=error)
            await asyncio.sleep(self.sweep_every - loop.time() % self.sweep_every)

    async def _backing_up(self) -> None:
        """SMS only, with no Telegram job queue: the same hourly look for today's backup."""
        await asyncio.sleep(daily_backup.FIRST_CHECK.total_seconds())
        while True:
            await daily_backup.backup_if_due(self.settings.db_path, self.settings.backup_dir,
                                             self.settings.backup_keep, self.clock())
            await asyncio.sleep(daily_backup.CHECK_EVERY.total_seconds())

    # ------------------------------------------------------------ routes

    async def _signed_form(self, request: Request) -> dict[str, str] | None:
        """The form Twilio posted, if its signature holds for our public URL of this path."""
        if self.validator is None:
            return None
        signature = request.headers.get("X-Twilio-Signature", "")
        form = await request.form()
        params = {key: value for key, value in form.items() if isinstance(value, str)}
        url = self.serve.public(request.url.path) + (f"?{request.url.query}" if request.url.query else "")
        if not signature or not self.validator.validate(url, params, signature):
            log.info("refused a %s request without a valid Twilio signature", request.url.path)
            return None
        return params

    async def inbound_sms(self, request: Request) -> Response:
        params = await self._signed_form(request)
        if params is None:
            return Response(status_code=403 if self.validator else 404)
        sid, number, body = params.get("MessageSid", ""), params.get("From", ""), params.get("Body", "")
        if not sid or not number:
            return Response(status_code=400)
        async with durable_write(self.db):
            fresh = inbox.store(self.db, sms_channel.CHANNEL, sid, number, sms_channel.stored_payload(number, body),
                                now=self.clock())
        task = BackgroundTask(self._handle_sms, number, body, sid) if fresh else None
        return Response(EMPTY_TWIML, media_type="application/xml", background=task)

    async def _handle_sms(self, number: str, body: str, sid: str) -> None:
        await self.sms.answer_safely(number, body, sid)
        self.drainer.wake()

    async def sms_status(self, request: Request) -> Response:
        params = await self._signed_form(request)
        if params is None:
            return Response(status_code=403 if self.validator else 404)
        async with writers_turn(self.db):
            outbox.record_delivery(self.db, params.get("MessageSid", ""), params.get("MessageStatus", ""))
        return Response(status_code=204)

    async def telegram(self, request: Request) -> Response:
        if self.application is None or not self.serve.telegram_webhook:
            return Response(status_code=404)
        secret = self.serve.telegram_webhook_secret or ""
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            log.info("refused a /telegram request without the webhook secret")
            return Response(status_code=403)
        try:
            data = await request.json()
            update = Update.de_json(data, self.application.bot)
        except (ValueError, TypeError, KeyError):
            return Response(status_code=400)
        if update is not None and await telegram_channel.store_updates(self.db, [(update, data)], self.clock()):
            await self.application.update_queue.put(update)
        return Response(status_code=200)

    async def healthz(self, request: Request) -> Response:
        try:
            last = health.last_beat(self.db, "sweep")
        except Exception:  # noqa: BLE001 - any database failure is "unhealthy"
            return JSONResponse({"database": "unreachable"}, status_code=503)
        fresh = last is not None and self.clock() - last <= STALE_SWEEP
        body = {"database": "ok", "last_sweep": last.isoformat() if last else None}
        return JSONResponse(body, status_code=200 if fresh else 503)
