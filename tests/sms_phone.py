"""A runner's phone texting `lumbar serve` (the real Starlette app) through signed Twilio webhooks."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx

from bot.config import Settings
from bot.serve import Server
from bot.twilio_config import TwilioSettings, ServeSettings
from storage import outbox
from tests.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, FakeTwilio

PUBLIC = "https://lumbar.example.org"
SECRET = "webhook-secret_123"


def serve_settings(twilio: FakeTwilio, *, telegram: bool = False) -> ServeSettings:
    sms = TwilioSettings(ACCOUNT_SID, AUTH_TOKEN, from_number=FROM_NUMBER, api_base_url=twilio.base_url,
                         sms_rate=1000.0)
    return ServeSettings(public_url=PUBLIC, twilio=sms, telegram_webhook_secret=SECRET if telegram else None)


def server(twilio: FakeTwilio, db_path, clock, *, tg=None) -> Server:
    from tests.fake_telegram import TOKEN
    from storage import open_db

    settings = Settings(telegram_token=TOKEN if tg else None, telegram_api_base_url=tg.base_url if tg else
                        "https://api.telegram.org/bot", db_path=db_path, chat_interval=0.0, flood_limit=10_000,
                        drain_idle=0.05)
    return Server(settings, serve_settings(twilio, telegram=tg is not None), open_db(db_path), clock, sweep_every=None)


async def drained(srv: Server, timeout: float = 5.0) -> None:
    """Wait until nothing in the outbox is due now or being sent."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    srv.drainer.wake()
    while loop.time() < deadline:
        due = outbox.due(srv.db, srv.clock(), srv.channels, limit=1)
        if not due and not srv.db.table("outbox").count_where("status = 'sending'"):
            return
        await asyncio.sleep(0.02)
    stuck = [(m.id, m.kind, m.attempts) for m in outbox.due(srv.db, srv.clock(), srv.channels)]
    raise AssertionError(f"the outbox did not drain: {stuck}, in flight {srv.drainer._in_flight}")


class Phone:
    """One number texting Lumbar; ``text`` returns the texts that came back."""

    def __init__(self, twilio: FakeTwilio, http: httpx.AsyncClient, srv: Server, number: str) -> None:
        self.twilio = twilio
        self.http = http
        self.srv = srv
        self.number = number

    def inbox(self) -> list[str]:
        return self.twilio.texts(self.number)

    async def post(self, body: str, *, sid: str | None = None, signature: str | None = "auto",
                   url: str = "/sms") -> httpx.Response:
        params = self.twilio.inbound_params(self.number, body, message_sid=sid)
        if self.twilio.handle_keywords:
            self.twilio._keyword(self.number, body)  # Twilio's own block list changes first
        headers = {}
        if signature == "auto":
            headers["X-Twilio-Signature"] = self.twilio.sign(PUBLIC + url, params)
        elif signature is not None:
            headers["X-Twilio-Signature"] = signature
        self.last_params = params
        return await self.http.post(url, data=params, headers=headers)

    async def text(self, body: str, **options) -> list[str]:
        before = len(self.inbox())
        response = await self.post(body, **options)
        assert response.status_code == 200, response.status_code
        await drained(self.srv)
        return self.inbox()[before:]

    async def sweep(self, at: dt.datetime) -> list[str]:
        before = len(self.inbox())
        self.srv.clock.set(at)
        await self.srv.sweep_once()
        await drained(self.srv)
        return self.inbox()[before:]
