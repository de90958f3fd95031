"""The SMS channel: Twilio's webhooks in (stored before they are answered), texts out through the outbox.

Nothing about the diary is decided here. An inbound text is a keyword (STOP, START, HELP...), a
numbered choice standing for a button, or words for the same conversation core as Telegram's.
Phone numbers are E.164 and reach a log only masked (coach.phones.mask).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sqlite3
from collections.abc import Callable

import httpx
from sqlite_utils import Database

from bot.twilio_config import TwilioSettings
from coach import symptoms, texts
from coach.phones import mask
from coach.sms_keywords import inbound_action
from handlers import callbacks, outgoing
from handlers.channels.sms_text import render
from handlers.conversation import Conversation, read_ahead
from handlers.in_order import InOrder
from handlers.replies import Inbound, Reply
from handlers.transport import TransportError
from storage import identities, inbox, outbox, runners
from storage.db import writers_turn

log = logging.getLogger(__name__)

CHANNEL = "sms"
API_VERSION = "2010-04-01"
STOPPED = 21610
UNREACHABLE = {21610, 21614, 21211}
"""Twilio's codes for a number that will never take our texts: opted out, not a mobile, no such number."""
DEFAULT_RETRY = 30.0
AGREE = {"YES", "Y", "AGREE", "I AGREE", "OK"}
DECLINE = {"NO", "N", "NO THANKS"}
LINK = re.compile(r"\s*/?link\b\s*(\d{6})?\s*$", re.IGNORECASE)
CHOICE = re.compile(r"\s*(\d{1,2})[\s.!)]*$")

Clock = Callable[[], dt.datetime]


# ---------------------------------------------------------------- out


class SmsTransport:
    """Sends a reply as one or more texts through Twilio's Messages API; Twilio's errors become
    ``TransportError`` here and nowhere else. Files are never sent by SMS."""

    channel = CHANNEL

    def __init__(self, db: Database, settings: TwilioSettings, clock: Clock, *, status_url: str | None = None,
                 timeout: float = 15.0) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.status_url = status_url
        self.url = f"{settings.api_base_url}/{API_VERSION}/Accounts/{settings.account_sid}/Messages.json"
        self.client = httpx.AsyncClient(auth=(settings.account_sid, settings.auth_token), timeout=timeout)

    async def close(self) -> None:
        await self.client.aclose()

    async def send_reply(self, message: outbox.Message, reply: Reply) -> None:
        sms = render(reply)
        for index, part in enumerate(sms.parts):
            if index < message.parts_done:
                continue
            sid = await self._post(message.chat_id, part)
            outbox.part_sent(self.db, message.id, provider_id=sid)
        identities.remember_choices(self.db, message.chat_id, sms.choices or None, now=self.clock())

    async def send_text(self, chat_id: str, text: str, buttons, *, table: bool) -> None:
        await self._post(chat_id, render(Reply(text, buttons)).parts[0])

    async def send_file(self, chat_id: str, filename: str, content: bytes, *, photo: bool) -> None:
        """Not by SMS: ``render`` says so in the text instead."""

    async def _post(self, number: str, body: str) -> str:
        form = {"To": number, "Body": body, **self.settings.sender}
        if self.status_url:
            form["StatusCallback"] = self.status_url
        try:
            response = await self.client.post(self.url, data=form)
        except httpx.HTTPError as error:
            raise TransportError(f"Twilio unreachable ({type(error).__name__})") from error
        if response.status_code in (200, 201):
            return str(response.json().get("sid", ""))
        code = _code(response)
        if response.status_code == 429 or response.status_code >= 500:
            raise TransportError(f"Twilio {response.status_code} ({code})", retry_after=_retry_after(response))
        if code in UNREACHABLE:
            if code == STOPPED:
                identities.set_stopped(self.db, CHANNEL, number, True)
            raise TransportError(f"Twilio {code}", permanent=True)
        log.warning("Twilio refused a text to %s: %s %s", mask(number), response.status_code, code)
        raise TransportError(f"Twilio {response.status_code} ({code})")


def _code(response: httpx.Response) -> int | None:
    try:
        code = response.json().get("code")
    except ValueError:
        return None
    return int(code) if isinstance(code, int | str) and str(code).isdigit() else None


def _retry_after(response: httpx.Response) -> float | None:
    """Twilio's Retry-After if it gave one; a 429 without one waits a while, a 5xx backs off as usual."""
    try:
        return max(1.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return DEFAULT_RETRY if response.status_code == 429 else None


# ---------------------------------------------------------------- in


def stored_payload(number: str, body: str) -> str:
    """What the inbox keeps of a webhook until it is handled: who, and the words."""
    return json.dumps({"From": number, "Body": body}, ensure_ascii=False)


class SmsInbound:
    """One stored inbound text, handled once: a keyword, a numbered choice, or the conversation."""

    def __init__(self, conversation: Conversation) -> None:
        self.conversation = conversation
        self._in_order = InOrder()

    @property
    def db(self) -> Database:
        return self.conversation.db

    def handle(self, number: str, body: str, key: str) -> None:
        action = inbound_action(body, stopped=identities.is_stopped(self.db, CHANNEL, number))
        if action == "conversation":
            self.conversation.handle(self.inbound(number, body, key))
            return
        now = self.conversation.clock()
        with self.db.atomic():
            if inbox.already_handled(self.db, CHANNEL, key):
                return
            runner_id = identities.runner_id_for(self.db, CHANNEL, number)
            replies: list[Reply] = []
            if action == "stop" and runner_id is not None:
                identities.set_stopped(self.db, CHANNEL, number, True)
                runners.mark_unreachable(self.db, CHANNEL, number, now)
                outbox.block_pending(self.db, CHANNEL, number, "the number texted STOP")
                log.info("runner %s texted STOP: nothing more is sent to %s", runner_id, mask(number))
            elif action == "resume" and runner_id is not None:
                identities.set_stopped(self.db, CHANNEL, number, False)
                runner = runners.get_runner(self.db, runner_id)
                if (runner.channel, runner.chat_id) == (CHANNEL, number) and runner.unreachable:
                    runners.update_runner(self.db, runner_id, now=now, unreachable=False)
            elif action == "help":
                replies = [Reply(texts.sms_help())]
            outgoing.enqueue(self.db, replies, channel=CHANNEL, chat_id=number, runner_id=runner_id,
                             key=f"reply:{CHANNEL}:{key}", now=now)
            if runner_id is not None:
                inbox.mark_handled(self.db, CHANNEL, key, number, now)
            else:
                inbox.forget(self.db, CHANNEL, key)

    def inbound(self, number: str, body: str, key: str) -> Inbound:
        """A stranger's first words get the consent sentence (unless they describe a symptom, which is
        answered first); YES agrees. A runner's "2" is the second choice of the last text they got."""
        text = body.strip()
        link = LINK.match(text)
        if link:
            return Inbound(CHANNEL, number, text=f"/link {link.group(1) or ''}".strip(), update_key=key)
        if runners.find_runner(self.db, CHANNEL, number) is None:
            word = " ".join(text.upper().rstrip(".!").split())
            if word in AGREE:
                return Inbound(CHANNEL, number, button=callbacks.Consent(True).encode(), update_key=key)
            if word in DECLINE:
                return Inbound(CHANNEL, number, button=callbacks.Consent(False).encode(), update_key=key)
            if text.startswith("/") or symptoms.find_symptoms(text):
                return Inbound(CHANNEL, number, text=text, update_key=key)
            return Inbound(CHANNEL, number, text="/start", update_key=key)
        choice = CHOICE.match(text)
        if choice:
            pressed = identities.last_choices(self.db, number).get(choice.group(1))
            if pressed is not None:
                return Inbound(CHANNEL, number, button=pressed, update_key=key)
        return Inbound(CHANNEL, number, text=text, update_key=key)

    def replay(self) -> int:
        """Handle what was stored but not handled before the last stop."""
        pending = inbox.unhandled(self.db, CHANNEL)
        for row in pending:
            data = json.loads(row.payload or "{}")
            self.handle_safely(data.get("From", row.chat_id or ""), data.get("Body", ""), row.update_key)
        return len(pending)

    async def answer_safely(self, number: str, body: str, key: str) -> None:
        """``handle_safely`` for the event loop, one text of a number at a time in the order they came (Telegram's
        chats are kept in order by the application; a long text read ahead must not let a later "undo" go
        first). A long text is read off the loop first (``read_ahead``); the writer's turn, if the sweep holds
        it, is waited for off the loop, and if it cannot be had, ``handle_safely`` records the failure and
        tells the runner, as for any other."""
        async with self._in_order.turn(number):
            await read_ahead(body.strip())
            try:
                async with writers_turn(self.db):
                    self.handle_safely(number, body, key)
                    return
            except sqlite3.OperationalError:
                pass
            self.handle_safely(number, body, key)

    def handle_safely(self, number: str, body: str, key: str) -> None:
        """A failure is logged without the words, counted on the inbox row, and the runner told their diary is safe."""
        try:
            self.handle(number, body, key)
        except Exception as error:  # noqa: BLE001 - one text must not stop the others
            log.error("handling text %s failed: %s", key, type(error).__name__, exc_info=error)
            inbox.record_failure(self.db, CHANNEL, key, type(error).__name__)
            self.conversation.answer_failure(CHANNEL, number, key=key)
