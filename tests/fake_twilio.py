"""A fake of Twilio's Messages REST API on loopback, and Twilio's side of the webhooks.

The bot's SMS transport is pointed at ``fake.base_url`` (``TWILIO_API_BASE_URL``) and posts
to it exactly as to https://api.twilio.com: ``POST /2010-04-01/Accounts/{sid}/Messages.json``,
form-encoded, HTTP Basic auth with the account SID and auth token (or an API key and its
secret). Every request is recorded as a ``Call``; an accepted one answers 201 with the JSON
of a Message resource, a refused one Twilio's error JSON ``{"code", "message", "more_info",
"status"}``. Clients should act on ``code`` only: the ``message`` texts here are close to
Twilio's but not guaranteed to be the same words.

What a test can make it do (see ``FakeTwilio``):

* per number: ``opted_out`` (21610, the runner texted STOP), ``not_mobile`` (21614),
  ``invalid`` (21211); a "To" that is not E.164 is 21211 by itself;
* for the next requests: ``fail_next`` (429 / 500 / any Twilio error), ``hang_next`` (never
  answer, so the client times out; optionally after creating the message, as when a
  response is lost), and ``refuse`` / ``accept`` to stop and resume listening on the port;
* a ``hook`` that sees each ``Call`` first and may answer it instead.

As Twilio, it also posts to the bot: ``post_inbound`` (an SMS from a runner) and
``post_status`` (a delivery status callback), signed with twilio's own
``RequestValidator.compute_signature`` over the *public* URL Twilio would call. ``tunnel``
maps that public URL to the test server's loopback one. With its default opt-out handling
on (``handle_keywords``) an inbound STOP puts the sender on ``opted_out`` and START, YES or
UNSTOP takes them off, and Twilio's own confirmation is recorded in ``auto_replies``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime as dt
import email.utils
import inspect
import itertools
import re
import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
from twilio.request_validator import RequestValidator

from coach.sms import segments

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "f" * 8 + "0123456789abcdef" + "e" * 8
FROM_NUMBER = "+15005550006"
MESSAGING_SERVICE_SID = "MG" + "fedcba9876543210" * 2
API_VERSION = "2010-04-01"
MAX_BODY = 1600

_E164 = re.compile(r"\+[1-9]\d{6,14}")
_ACCOUNT_PATH = re.compile(rf"/{API_VERSION}/Accounts/(?P<sid>[^/]+)/(?P<rest>.*)")
_MESSAGE_SID = re.compile(r"Messages/(SM[0-9a-f]{32})\.json")

ERROR_MESSAGES = {
    20003: "Authenticate",
    20404: "The requested resource was not found",
    20429: "Too Many Requests",
    20500: "Internal Server Error",
    21211: "Invalid 'To' Phone Number",
    21602: "Message body is required.",
    21603: "A 'From' or 'MessagingServiceSid' parameter is required to send a message.",
    21606: "The 'From' phone number provided is not a valid message-capable Twilio phone number.",
    21609: "Invalid StatusCallback url",
    21610: "Attempt to send to unsubscribed recipient",
    21614: "'To' number is not a valid mobile number",
    21617: "The concatenated message body exceeds the 1600 character limit.",
    21701: "The Messaging Service Sid is invalid.",
}
"""Twilio error codes the fake can answer, with a message in Twilio's style."""

STOP_REPLY = (
    "You have successfully been unsubscribed. You will not receive any more messages from this "
    "number. Reply START to resubscribe."
)
START_REPLY = (
    "You have successfully been re-subscribed to messages from this number. Reply HELP for "
    "help. Reply STOP to unsubscribe. Msg&Data Rates May Apply."
)
HELP_REPLY = "Reply STOP to unsubscribe. Msg&Data Rates May Apply."
"""Twilio's default keyword replies (as quoted by its support article on STOP filtering)."""

OPT_OUT_WORDS = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"}
)
OPT_IN_WORDS = frozenset({"START", "YES", "UNSTOP"})
HELP_WORDS = frozenset({"HELP", "INFO"})
"""Twilio's default keywords, kept apart from coach.sms_keywords so the fake stays Twilio's
side of the contract: the whole message, trimmed, in any case, and nothing else."""

HookResult = tuple[int, dict[str, Any]] | None
Hook = Callable[["Call"], HookResult | Awaitable[HookResult]]


def twilio_error(
    code: int, status: int = 400, message: str | None = None
) -> tuple[int, dict[str, Any]]:
    """``(http status, body)`` of a Twilio error, for ``fail_next`` and hooks."""
    return status, {
        "code": code,
        "message": message or ERROR_MESSAGES.get(code, "Error"),
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


@dataclass
class Call:
    """One HTTP request the bot made to the fake REST API.

    ``status`` and ``response`` are filled in when the fake answers (``status`` stays None
    for a request that hangs); ``response`` is the JSON body sent back.
    """

    method: str
    path: str
    params: dict[str, str]
    auth: tuple[str, str] | None
    t: float
    status: int | None = None
    response: dict[str, Any] | None = None

    @property
    def to(self) -> str | None:
        return self.params.get("To")

    @property
    def body(self) -> str | None:
        return self.params.get("Body")

    @property
    def code(self) -> int | None:
        """The Twilio error code of a refused request."""
        return None if self.response is None else self.response.get("code")

    @property
    def sid(self) -> str | None:
        """The Message SID of an accepted request."""
        return None if self.status != 201 or self.response is None else self.response["sid"]

    def brief(self) -> str:
        text = (self.body or "").replace("\n", "\\n")
        shown = repr(text[:60] + ("..." if len(text) > 60 else ""))
        state = self.status if self.status is not None else "pending"
        return f"{self.t:.3f} {self.method} [{state}] to={self.to} {shown} code={self.code}"


@dataclass
class WebhookResult:
    """What the bot answered to a webhook the fake posted."""

    status: int
    text: str
    content_type: str
    params: dict[str, str]
    signature: str | None


@dataclass
class _Scripted:
    outcome: tuple[int, dict[str, Any]] | None = None
    hang: bool = False
    create: bool = False
    retry_after: float | None = None


@dataclass
class _Message:
    resource: dict[str, Any]
    status_callback: str | None = None
    statuses: list[str] = field(default_factory=list)


class FakeTwilio:
    """The fake REST API. ``await start()`` (or ``async with``), use ``base_url``, ``await stop()``.

    ``numbers``: the phone numbers this account owns and may send from; ``FROM_NUMBER`` and
    ``MESSAGING_SERVICE_SID`` by default.
    """

    def __init__(
        self,
        account_sid: str = ACCOUNT_SID,
        auth_token: str = AUTH_TOKEN,
        *,
        numbers: tuple[str, ...] = (FROM_NUMBER,),
        messaging_services: tuple[str, ...] = (MESSAGING_SERVICE_SID,),
    ) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.numbers = set(numbers)
        self.messaging_services = set(messaging_services)
        #: Extra credentials accepted besides (account SID, auth token): API key SID -> secret.
        self.api_keys: dict[str, str] = {}
        self.calls: list[Call] = []
        #: Numbers that texted STOP: a send to them is refused with 21610.
        self.opted_out: set[str] = set()
        #: Landlines and the like: a send to them is refused with 21614.
        self.not_mobile: set[str] = set()
        #: Numbers that do not exist: a send to them is refused with 21211.
        self.invalid: set[str] = set()
        #: Sees each Call before anything else; return ``(status, body)`` to answer with it.
        self.hook: Hook | None = None
        #: Twilio's default STOP/START/HELP handling of inbound messages (``post_inbound``).
        self.handle_keywords = True
        #: Twilio's own replies to keywords: ``(to, text)``, never seen by the bot's transport.
        self.auto_replies: list[tuple[str, str]] = []
        #: Status callbacks the fake posts by itself after accepting a message that has a
        #: StatusCallback (e.g. ``("sent", "delivered")``); none by default.
        self.auto_status: tuple[str, ...] = ()
        #: Public URL prefix -> loopback URL prefix for the webhooks the fake posts.
        self.tunnels: dict[str, str] = {}
        self.base_url = ""
        self.port = 0
        self.webhook_results: list[WebhookResult] = []

        self._messages: dict[str, _Message] = {}
        self._scripted: deque[_Scripted] = deque()
        self._sids = itertools.count(1)
        self._inbound_sids = itertools.count(1)
        self._release = asyncio.Event()
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._session: aiohttp.ClientSession | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Listen on 127.0.0.1, on a free port."""
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=0.2
        )
        await self._runner.setup()
        await self.accept()
        self.base_url = f"http://127.0.0.1:{self.port}"

    async def stop(self) -> None:
        """Answer nothing more: hung requests are dropped, pending callbacks cancelled."""
        self._release.set()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
            self._site = None

    async def __aenter__(self) -> FakeTwilio:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def refuse(self) -> None:
        """Stop listening: new connections are refused until ``accept``."""
        if self._site is not None:
            await self._site.stop()
            self._site = None

    async def accept(self) -> None:
        """Listen again, on the same port as before."""
        if self._runner is None:
            raise RuntimeError("start() the fake first")
        if self._site is None:
            self._site = web.TCPSite(self._runner, "127.0.0.1", self.port)
            await self._site.start()
            self.port = self._runner.addresses[0][1]

    # ------------------------------------------------------------------ scripting

    def fail_next(
        self,
        status: int = 500,
        code: int | None = None,
        *,
        times: int = 1,
        retry_after: float | None = None,
    ) -> None:
        """Refuse the next ``times`` message requests with ``status`` and a Twilio error
        (``code`` defaults to 20000 + status: 20429, 20500). ``retry_after`` adds that header.
        """
        outcome = twilio_error(code if code is not None else 20000 + status, status)
        for _ in range(times):
            self._scripted.append(_Scripted(outcome=outcome, retry_after=retry_after))

    def hang_next(self, *, times: int = 1, created: bool = False) -> None:
        """Never answer the next ``times`` message requests (until ``release_hung`` or stop).

        ``created``: the message is accepted and recorded first, as when Twilio sent it and
        only the response was lost; a retry by the bot then sends it twice.
        """
        for _ in range(times):
            self._scripted.append(_Scripted(hang=True, create=created))

    def release_hung(self) -> None:
        """Let hung requests finish: they then answer 500 (the client has usually gone)."""
        self._release.set()
        self._release = asyncio.Event()

    # ------------------------------------------------------------------ inspecting

    def sent(self, to: str | None = None) -> list[Call]:
        """Accepted message requests (201) in order, optionally only those to ``to``."""
        return [
            c
            for c in self.calls
            if c.method == "POST" and c.status == 201 and (to is None or c.to == to)
        ]

    def texts(self, to: str | None = None) -> list[str]:
        """Bodies of the accepted messages to ``to``, in order."""
        return [c.body or "" for c in self.sent(to)]

    def message(self, sid: str) -> dict[str, Any]:
        """The Message resource as it is now (its status follows the callbacks posted)."""
        return dict(self._messages[sid].resource)

    def created(self) -> list[dict[str, Any]]:
        """Every Message resource created, including those whose response was lost."""
        return [dict(m.resource) for m in self._messages.values()]

    async def wait_for(
        self, count: int = 1, *, to: str | None = None, timeout: float = 5.0
    ) -> list[Call]:
        """Wait until at least ``count`` messages (to ``to``) were accepted; returns them all."""
        deadline = time.monotonic() + timeout
        while True:
            changed = self._changed
            if len(self.sent(to)) >= count:
                return self.sent(to)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {count} message(s)"
                    + (f" to {to}" if to else "")
                    + "\n"
                    + self.dump()
                )
            try:
                async with asyncio.timeout(remaining):
                    await changed.wait()
            except TimeoutError:
                pass

    def dump(self, last: int = 20) -> str:
        lines = [f"  {c.brief()}" for c in self.calls[-last:]]
        return "\n".join(["recent calls:", *lines]) if lines else "no calls recorded"

    # ------------------------------------------------------------------ REST API

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        params = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        call = Call(request.method, request.path, params, _basic_auth(request), time.monotonic())
        self.calls.append(call)
        headers: dict[str, str] = {}
        try:
            status, body, headers = await self._answer(call)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - a bug in the fake must not look like a hang
            status, body = twilio_error(20500, 500, f"fake crashed: {exc!r}")
        call.status, call.response = status, body
        self._changed.set()
        self._changed = asyncio.Event()
        return web.json_response(body, status=status, headers=headers)

    async def _answer(self, call: Call) -> tuple[int, dict[str, Any], dict[str, str]]:
        path = _ACCOUNT_PATH.fullmatch(call.path)
        if not self._authorised(call, path.group("sid") if path else None):
            return (*twilio_error(20003, 401, "Authenticate"), {})
        rest = path.group("rest") if path else ""
        single = _MESSAGE_SID.fullmatch(rest)
        if self.hook is not None:
            outcome = self.hook(call)
            if inspect.isawaitable(outcome):
                outcome = await outcome
            if outcome is not None:
                return (*outcome, {})
        if call.method == "GET" and single and single.group(1) in self._messages:
            return 200, self.message(single.group(1)), {}
        if call.method != "POST" or rest != "Messages.json":
            return (*twilio_error(20404, 404), {})
        scripted = self._scripted.popleft() if self._scripted else None
        if scripted is not None and scripted.hang:
            if scripted.create and self._refusal(call) is None:
                self._create(call)
            await self._release.wait()
            return (*twilio_error(20500, 500), {})
        if scripted is not None and scripted.outcome is not None:
            extra = {"Retry-After": f"{scripted.retry_after:g}"} if scripted.retry_after else {}
            return (*scripted.outcome, extra)
        refusal = self._refusal(call)
        if refusal is not None:
            return (*refusal, {})
        return 201, self._create(call), {}

    def _authorised(self, call: Call, path_sid: str | None) -> bool:
        if call.auth is None:
            return False
        user, password = call.auth
        if user == self.account_sid:
            good = password == self.auth_token
        else:
            good = self.api_keys.get(user) == password
        return good and path_sid in (None, self.account_sid)

    def _refusal(self, call: Call) -> tuple[int, dict[str, Any]] | None:
        p = call.params
        to, sender, service = p.get("To", ""), p.get("From"), p.get("MessagingServiceSid")
        if not to or not _E164.fullmatch(to) or to in self.invalid:
            return twilio_error(21211, message=f"The 'To' number {to} is not a valid phone number.")
        if not sender and not service:
            return twilio_error(21603)
        if service and service not in self.messaging_services:
            return twilio_error(21701)
        if sender and sender not in self.numbers:
            return twilio_error(21606)
        if not p.get("Body") and not p.get("MediaUrl"):
            return twilio_error(21602)
        if len(p.get("Body", "")) > MAX_BODY:
            return twilio_error(21617)
        callback = p.get("StatusCallback")
        if callback is not None and not re.match(r"https?://[^\s/]+", callback):
            return twilio_error(21609)
        if to in self.not_mobile:
            return twilio_error(21614, message=f"'To' number {to} is not a valid mobile number")
        if to in self.opted_out:
            return twilio_error(21610)
        return None

    def _create(self, call: Call) -> dict[str, Any]:
        p = call.params
        sid = f"SM{next(self._sids):032x}"
        now = email.utils.format_datetime(dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
        service = p.get("MessagingServiceSid")
        uri = f"/{API_VERSION}/Accounts/{self.account_sid}/Messages/{sid}"
        resource = {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "body": p.get("Body", ""),
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": p.get("From") or (sorted(self.numbers)[0] if self.numbers else None),
            "messaging_service_sid": service,
            "num_media": "0",
            "num_segments": str(segments(p.get("Body", ""))),
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": "accepted" if service else "queued",
            "subresource_uris": {"media": f"{uri}/Media.json"},
            "to": p["To"],
            "uri": f"{uri}.json",
        }
        self._messages[sid] = _Message(resource, p.get("StatusCallback"))
        if self.auto_status and p.get("StatusCallback"):
            self._spawn(self._auto_callbacks(sid))
        return dict(resource)

    async def _auto_callbacks(self, sid: str) -> None:
        for status in self.auto_status:
            await self.post_status(sid, status)

    def _spawn(self, coro: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ------------------------------------------------------------------ webhooks to the bot

    def tunnel(self, public_prefix: str, local_prefix: str) -> None:
        """Post webhooks for URLs under ``public_prefix`` (what Twilio is configured with,
        e.g. ``LUMBAR_PUBLIC_URL``) to ``local_prefix`` (the test server), signing them
        over the public URL as Twilio does."""
        self.tunnels[public_prefix.rstrip("/")] = local_prefix.rstrip("/")

    def sign(self, url: str, params: Mapping[str, str], token: str | None = None) -> str:
        """``X-Twilio-Signature`` for a POST of ``params`` to ``url`` (the exact public URL)."""
        return RequestValidator(token or self.auth_token).compute_signature(url, dict(params))

    def inbound_params(
        self,
        from_: str,
        body: str,
        *,
        to: str | None = None,
        message_sid: str | None = None,
        **extra: str,
    ) -> dict[str, str]:
        """The form Twilio posts for an SMS from ``from_`` to our number."""
        sid = message_sid or f"SM{0xA0000000 + next(self._inbound_sids):032x}"
        return {
            "ToCountry": "US",
            "ToState": "CA",
            "SmsMessageSid": sid,
            "NumMedia": "0",
            "ToCity": "",
            "FromZip": "",
            "SmsSid": sid,
            "FromState": "",
            "SmsStatus": "received",
            "FromCity": "",
            "Body": body,
            "FromCountry": "",
            "To": to or (sorted(self.numbers)[0] if self.numbers else FROM_NUMBER),
            "ToZip": "",
            "NumSegments": str(max(1, segments(body))),
            "MessageSid": sid,
            "AccountSid": self.account_sid,
            "From": from_,
            "ApiVersion": API_VERSION,
            **extra,
        }

    async def post_inbound(
        self,
        url: str,
        from_: str,
        body: str,
        *,
        to: str | None = None,
        message_sid: str | None = None,
        signature: str | None = "auto",
        sign_url: str | None = None,
        **extra: str,
    ) -> WebhookResult:
        """An SMS from ``from_`` reaches the bot's webhook at ``url`` (its public URL).

        ``signature``: "auto" signs correctly; None sends no header; any other string is
        sent as it is (a forgery). ``sign_url`` signs over another URL than the one posted
        to. Twilio's default keyword handling (``handle_keywords``) runs first, as on
        Twilio, where the message reaches the webhook after the block list has changed.
        """
        params = self.inbound_params(from_, body, to=to, message_sid=message_sid, **extra)
        if self.handle_keywords:
            self._keyword(from_, body)
        return await self.post_form(url, params, signature=signature, sign_url=sign_url)

    async def post_status(
        self,
        sid: str,
        status: str,
        *,
        url: str | None = None,
        error_code: int | None = None,
        signature: str | None = "auto",
    ) -> WebhookResult:
        """A status callback for message ``sid`` ("sent", "delivered", "undelivered",
        "failed", ...) to ``url`` (default: the message's StatusCallback)."""
        message = self._messages[sid]
        target = url or message.status_callback
        if target is None:
            raise ValueError(f"message {sid} has no StatusCallback; pass url=")
        resource = message.resource
        params = {
            "AccountSid": self.account_sid,
            "ApiVersion": API_VERSION,
            "From": resource["from"] or "",
            "MessageSid": sid,
            "MessageStatus": status,
            "SmsSid": sid,
            "SmsStatus": status,
            "To": resource["to"],
        }
        if resource["messaging_service_sid"]:
            params["MessagingServiceSid"] = resource["messaging_service_sid"]
        if error_code is not None:
            params["ErrorCode"] = str(error_code)
            resource["error_code"] = error_code
        resource["status"] = status
        message.statuses.append(status)
        return await self.post_form(target, params, signature=signature)

    async def post_form(
        self,
        url: str,
        params: Mapping[str, str],
        *,
        signature: str | None = "auto",
        sign_url: str | None = None,
    ) -> WebhookResult:
        """POST ``params`` form-encoded to ``url`` as Twilio does, signed unless told not."""
        if signature == "auto":
            signature = self.sign(sign_url or url, params)
        headers = {
            "User-Agent": "TwilioProxy/1.1",
            "I-Twilio-Idempotency-Token": secrets.token_hex(16),
        }
        if signature is not None:
            headers["X-Twilio-Signature"] = signature
        if self._session is None:
            self._session = aiohttp.ClientSession()
        async with self._session.post(self._route(url), data=dict(params), headers=headers) as r:
            result = WebhookResult(
                r.status, await r.text(), r.content_type, dict(params), signature
            )
        self.webhook_results.append(result)
        return result

    def _route(self, url: str) -> str:
        for public, local in self.tunnels.items():
            if url == public or url.startswith(public + "/") or url.startswith(public + "?"):
                return local + url[len(public) :]
        return url

    def _keyword(self, from_: str, body: str) -> None:
        """Twilio's default opt-out handling. Assumed, not verified on a live account: Twilio
        confirms START/YES/UNSTOP only from a number that had opted out, and matches a
        keyword only when it is the whole message (so "Stop." blocks nothing here)."""
        word = body.strip().upper()
        if word in OPT_OUT_WORDS:
            self.opted_out.add(from_)
            self.auto_replies.append((from_, STOP_REPLY))
        elif word in OPT_IN_WORDS and from_ in self.opted_out:
            self.opted_out.discard(from_)
            self.auto_replies.append((from_, START_REPLY))
        elif word in HELP_WORDS and from_ not in self.opted_out:
            self.auto_replies.append((from_, HELP_REPLY))


def _basic_auth(request: web.Request) -> tuple[str, str] | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, sep, password = base64.b64decode(value, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return (user, password) if sep else None


__all__ = [
    "ACCOUNT_SID",
    "AUTH_TOKEN",
    "FROM_NUMBER",
    "MESSAGING_SERVICE_SID",
    "Call",
    "FakeTwilio",
    "WebhookResult",
    "twilio_error",
]
