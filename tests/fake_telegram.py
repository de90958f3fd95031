"""A fake Telegram Bot API server on loopback, for driving a real PTB ``Application``.

PTB is pointed at it with ``ApplicationBuilder().base_url(fake.base_url)
.base_file_url(fake.base_file_url)`` and talks plain HTTP to it, exactly as it would to
api.telegram.org: form-encoded (or multipart) POSTs to ``/bot<token>/<method>``.

The fake is deliberately a little strict (text length, empty text, callback_data size,
HTML/MarkdownV2 entity parsing, "message is not modified", answering a callback query
twice, ...) so that bot code which works here does not blow up against the real API.
See /work/shared/research/tech-notes.md section 1 for the PTB behaviour it relies on
(gotchas G1-G8 are referenced in comments below).

Flood limits are off by default. ``FakeTelegram(limits=Limits())`` (or ``fake.limits =
Limits()``) makes the send methods (``SEND_METHODS``) answer 429 "Too Many Requests: retry
after N" like Telegram does (platform-limits.md 1.3): see ``Limits``.
"""

from __future__ import annotations

import asyncio
import bisect
import copy
import html
import inspect
import itertools
import json
import math
import re
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

TOKEN = "123456:TEST-TOKEN"
BOT_USERNAME = "lumbar_test_bot"
BOT_FIRST_NAME = "Lumbar Test"

# A 1x1 transparent PNG, used as the content of photos pushed by "users".
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)

#: Methods whose result is a message shown to the user (what ``sent()`` returns).
MESSAGE_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
        "sendSticker",
        "sendMediaGroup",
        "copyMessage",
        "forwardMessage",
    }
)
#: The subset whose text/caption is collected by ``texts()``.
TEXT_METHODS = ("sendMessage", "sendPhoto", "sendDocument", "editMessageText")
#: Methods that post a new message and so count against the flood limits (``Limits``).
#: Edits, chat actions, answerCallbackQuery etc. are not limited. Of these the fake
#: implements sendMessage, sendPhoto, sendDocument and copyMessage (the rest answer 404).
SEND_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendAudio",
        "sendVideo",
        "sendAnimation",
        "sendVoice",
        "sendVideoNote",
        "sendSticker",
        "sendMediaGroup",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendPoll",
        "sendDice",
        "sendInvoice",
        "sendGame",
        "sendPaidMedia",
        "copyMessage",
        "copyMessages",
        "forwardMessage",
        "forwardMessages",
    }
)

#: Parameters that are strings in the Bot API. PTB sends every ``str`` parameter raw in the
#: form and every non-str one JSON-encoded, so on the wire ``text=42`` is indistinguishable
#: from ``chat_id=42``. These are therefore never ``json.loads``-ed (a pain score "5" sent
#: as text must stay the string "5", not become the int 5).
STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "url",
        "action",
        "photo",
        "document",
        "sticker",
        "file_id",
        "secret_token",
        "ip_address",
        "description",
        "short_description",
        "name",
        "title",
        "language_code",
        "emoji",
        "query",
        "custom_title",
        "message_effect_id",
        "business_connection_id",
    }
)

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)

#: Update types Telegram delivers when ``allowed_updates`` was never set (or set to []).
_NOT_DEFAULT_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "callback_game",
    "pay",
    "web_app",
    "copy_text",
)

HookResult = tuple[int, dict] | None
Hook = Callable[["Call"], HookResult | Awaitable[HookResult]]


@dataclass
class Call:
    """One HTTP request the bot made to the fake API.

    ``params`` is the decoded form (JSON values already parsed, see ``STRING_PARAMS``),
    ``files`` maps the multipart field name to ``(filename, content)``.
    ``status``/``result`` are filled in once the fake has answered (``status`` stays
    ``None`` while e.g. a long poll is still pending); ``result`` is the ``result`` of an
    ok response, or the whole error body otherwise.
    """

    method: str
    params: dict
    files: dict[str, tuple[str, bytes]]
    t: float
    status: int | None = None
    result: Any = None

    @property
    def chat_id(self) -> Any:
        return self.params.get("chat_id")

    @property
    def text(self) -> str | None:
        """``text`` or ``caption`` as sent by the bot (raw, markup included)."""
        value = self.params.get("text", self.params.get("caption"))
        return None if value is None else str(value)

    @property
    def shown(self) -> str | None:
        """What the person reads: the text with its HTML or MarkdownV2 markup rendered away."""
        value = self.text
        return None if value is None else _plain_text(value, self.params.get("parse_mode"))

    @property
    def ok(self) -> bool:
        return self.status == 200

    def brief(self) -> str:
        parts = [f"{self.t:.3f} {self.method}"]
        parts.append(f"[{self.status if self.status is not None else 'pending'}]")
        if self.chat_id is not None:
            parts.append(f"chat={self.chat_id}")
        if self.text is not None:
            txt = self.text.replace("\n", "\\n")
            parts.append(repr(txt[:70] + ("..." if len(txt) > 70 else "")))
        if "callback_query_id" in self.params:
            parts.append(f"cq={self.params['callback_query_id']}")
        if self.status not in (None, 200) and isinstance(self.result, dict):
            parts.append(f"-> {self.result.get('description')}")
        return " ".join(parts)


@dataclass
class Limits:
    """Telegram's flood limits (platform-limits.md 1.3), enforced by ``FakeTelegram`` when set.

    Every accepted (HTTP 200) call of a ``SEND_METHODS`` method is one message. Three
    sliding windows on ``fake.clock`` (``time.monotonic`` unless a test replaces it):

    * ``overall_per_second``: all chats together, window 1 s;
    * ``per_chat_per_second``: per private chat (positive ``chat_id``), window 1 s;
    * ``per_group_per_minute``: per group/supergroup/channel (negative ``chat_id`` or an
      "@username", as PTB's ``AIORateLimiter`` treats them), window 60 s. Groups are *not*
      also held to the per-chat 1/s limit.

    A send that would exceed any of them gets HTTP 429 ``{"ok": false, "error_code": 429,
    "description": "Too Many Requests: retry after N", "parameters": {"retry_after": N}}``
    with N the whole seconds (rounded up, at least 1) until every full window has room
    again. It is recorded with status 429, does not use up any window, and is not in
    ``sent()``/``texts()``/``delivered()``. A rate ``<= 0`` switches that limit off.

    ``scale`` multiplies the three rates so that a test can push e.g. a 2,000-message
    broadcast through quickly: ``scale=20`` allows 600 sends per second overall, 20 per
    second per private chat, 400 per minute per group. The windows keep their real length
    (1 s, 1 s, 60 s); only the number of sends that fit in them grows. So ``retry_after``
    stays in real seconds and a bot that waits it is never refused again for the same
    window, *but* a 429 still costs the bot at least 1 real second (up to 60 for a group:
    PTB's ``AIORateLimiter`` sleeps ``retry_after + 0.1``), whatever ``scale``. Tests that
    want speed should therefore give the bot a limiter that stays under the scaled rates.
    Mind that ``AIORateLimiter``'s leaky bucket lets ``overall_max_rate`` requests through
    at once and then ``overall_max_rate`` per period, i.e. up to twice ``overall_max_rate``
    within one 1-second window: for a long broadcast at ``scale=20`` (600/s) use e.g.
    ``AIORateLimiter(overall_max_rate=25, overall_time_period=0.05)`` (500/s, bursts of 25),
    not ``overall_max_rate=500, overall_time_period=1`` (fine only up to 600 messages).
    """

    overall_per_second: float = 30
    per_chat_per_second: float = 1
    per_group_per_minute: float = 20
    scale: float = 1.0

    def __post_init__(self) -> None:
        if not self.scale > 0:
            raise ValueError(f"Limits.scale must be > 0, got {self.scale!r}")

    def windows(self) -> dict[str, tuple[int, float]]:
        """``{"overall"|"chat"|"group": (max sends, window seconds)}`` for the enabled limits.

        ``max sends`` is the scaled rate times the nominal window, rounded down; a rate
        below one send per window becomes one send per ``1/rate`` seconds instead.
        """
        out: dict[str, tuple[int, float]] = {}
        for kind, rate, period in (
            ("overall", self.overall_per_second, 1.0),
            ("chat", self.per_chat_per_second, 1.0),
            ("group", self.per_group_per_minute, 60.0),
        ):
            per_window = rate * self.scale
            if per_window <= 0:
                continue
            cap = max(1, math.floor(per_window + 1e-9))
            out[kind] = (cap, period * cap / per_window)
        return out


class ApiError(Exception):
    """Raised inside method implementations; becomes a Telegram error response."""

    def __init__(self, status: int, description: str, **parameters: Any) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> dict:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def api_error(status: int, description: str, **parameters: Any) -> tuple[int, dict]:
    """Hook helper: ``fake.hooks["sendMessage"] = lambda c: api_error(403, "Forbidden: ...")``.

    ``api_error(429, "Too Many Requests: retry after 3", retry_after=3)`` makes PTB raise
    ``RetryAfter``; ``migrate_to_chat_id=...`` makes it raise ``ChatMigrated``.
    """
    return status, ApiError(status, description, **parameters).body()


def api_ok(result: Any) -> tuple[int, dict]:
    """Hook helper: answer the call with this ``result`` instead of the built-in one."""
    return 200, {"ok": True, "result": result}


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _update_id(update: dict) -> int:
    return update["update_id"]


def _norm_chat(chat_id: Any) -> Any:
    """Chat ids arrive as JSON ints normally, but may be strings ("@channel", "-100...")."""
    if isinstance(chat_id, str):
        try:
            return int(chat_id)
        except ValueError:
            return chat_id
    return chat_id


# --------------------------------------------------------------------------- entity parsing

_HTML_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
}
_HTML_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


def _parse_html(text: str) -> str:
    """Return the plain text of a ``parse_mode="HTML"`` message, or raise like Telegram.

    Telegram supports only a handful of tags, requires them to be closed and requires
    every literal ``<``/``>``/``&`` to be escaped (use ``html.escape`` on user input).
    """
    out: list[str] = []
    stack: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        offset = len(text[:i].encode())
        if ch == "<":
            end = text.find(">", i)
            if end == -1:
                raise _bad(f"can't parse entities: Unclosed start tag at byte offset {offset}")
            inner = text[i + 1 : end].strip()
            closing = inner.startswith("/")
            name = (inner[1:] if closing else inner).split(None, 1)
            tag = name[0].lower() if name else ""
            if tag not in _HTML_TAGS:
                kind = "end" if closing else "start"
                raise _bad(
                    f'can\'t parse entities: Unsupported {kind} tag "{tag}" at byte offset {offset}'
                )
            if closing:
                if not stack or stack[-1] != tag:
                    raise _bad(
                        f'can\'t parse entities: Can\'t find end tag corresponding to start tag "'
                        f'{stack[-1] if stack else tag}"'
                    )
                stack.pop()
            else:
                stack.append(tag)
            i = end + 1
        elif ch == ">":
            raise _bad(f"can't parse entities: Unexpected end tag at byte offset {offset}")
        elif ch == "&":
            m = _HTML_ENTITY.match(text, i)
            if not m:
                # Telegram is lenient with a bare "&" followed by a non-entity word.
                out.append(ch)
                i += 1
                continue
            out.append(html.unescape(m.group(0)))
            i = m.end()
        else:
            out.append(ch)
            i += 1
    if stack:
        raise _bad(
            f'can\'t parse entities: Can\'t find end tag corresponding to start tag "{stack[-1]}"'
        )
    return "".join(out)


_MDV2_RESERVED = set("_*[]()~`>#+-=|{}.!")


def _parse_markdown_v2(text: str) -> str:
    """Approximate Telegram's MarkdownV2 parser: unescaped reserved characters that are not
    part of markup raise the famous "Character '.' is reserved" error.

    Returns the plain text (escapes and markup removed). It is an approximation: it checks
    escaping and that ``*``, ``_``, ``~``, ``|``, backticks and ``[...](...)`` are balanced.
    """
    out: list[str] = []
    open_marks: list[str] = []
    i, n = 0, len(text)
    line_start = True
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            out.append(text[i + 1])
            i += 2
            line_start = False
            continue
        if ch == "`":
            fence = "```" if text.startswith("```", i) else "`"
            end = text.find(fence, i + len(fence))
            if end == -1:
                raise _bad(
                    "can't parse entities: Can't find end of Pre entity at byte offset "
                    f"{len(text[:i].encode())}"
                )
            out.append(text[i + len(fence) : end])
            i = end + len(fence)
            line_start = False
            continue
        if ch in "*_~|":
            mark = "__" if text.startswith("__", i) else ("||" if text.startswith("||", i) else ch)
            if open_marks and open_marks[-1] == mark:
                open_marks.pop()
            else:
                open_marks.append(mark)
            i += len(mark)
            line_start = False
            continue
        if ch == "[":
            open_marks.append("[")
            i += 1
            continue
        if ch == "]" and open_marks and open_marks[-1] == "[":
            open_marks.pop()
            if text.startswith("(", i + 1):
                end = text.find(")", i + 2)
                if end == -1:
                    raise _bad("can't parse entities: Can't find end of a URL")
                i = end + 1
            else:
                i += 1
            continue
        if ch == ">" and line_start:
            i += 1
            continue
        if ch in _MDV2_RESERVED:
            raise _bad(
                f"can't parse entities: Character '{ch}' is reserved and must be escaped "
                "with the preceding '\\'"
            )
        out.append(ch)
        line_start = ch == "\n"
        i += 1
    if open_marks:
        raise _bad(
            f"can't parse entities: Can't find end of the entity starting at byte offset "
            f"{max(0, len(text.encode()) - 1)}"
        )
    return "".join(out)


def _plain_text(text: str, parse_mode: Any) -> str:
    mode = str(parse_mode or "").lower()
    if mode == "html":
        return _parse_html(text)
    if mode == "markdownv2":
        return _parse_markdown_v2(text)
    if mode == "markdown":
        return re.sub(r"[*_`\[\]]", "", text)
    return text


# --------------------------------------------------------------------------- the server


class FakeTelegram:
    """Fake Bot API. Create, ``await start()``, point PTB at ``base_url``, ``await stop()``.

    Stop it only *after* ``application.updater.stop()``: PTB makes one final
    ``getUpdates`` while stopping (tech-notes G5).

    ``limits``: enforce Telegram's flood limits (see ``Limits``); ``None`` (the default)
    enforces none. Can also be set later through ``fake.limits``.
    """

    def __init__(self, token: str = TOKEN, *, limits: Limits | None = None) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_user: dict[str, Any] = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": BOT_FIRST_NAME,
            "username": BOT_USERNAME,
        }
        self.base_url = ""
        self.base_file_url = ""
        self.port = 0
        self.calls: list[Call] = []
        #: Per-method override. Called with the recorded ``Call`` before the built-in
        #: implementation; return ``(http_status, body)`` to answer with that instead, or
        #: ``None`` to fall through. May be async. The key ``"*"`` matches every method.
        self.hooks: dict[str, Hook] = {}
        #: Chat ids that "blocked the bot": every send/edit/action to them gets 403.
        self.blocked: set[Any] = set()
        self.webhook_url = ""
        #: Commands set with setMyCommands, keyed by (scope json, language_code).
        self.my_commands: dict[tuple[str, str], list[dict]] = {}
        #: Files by file_id: (file_path, content).
        self.files: dict[str, tuple[str, bytes]] = {}
        #: Time source of the flood-limit windows; a test may swap in a manual clock.
        self.clock: Callable[[], float] = time.monotonic
        #: How many 429s the flood limits returned (429s from ``hooks`` are not counted).
        self.flood_429s = 0
        #: Which limit refused them: "overall", "chat", "group" (a 429 can count in several).
        self.flood_limits_hit: Counter[str] = Counter()
        #: Chats that have been sent at least one message (an accepted ``SEND_METHODS`` call),
        #: kept as calls complete so a test waiting on thousands of chats need not rescan ``calls``.
        self.chats_reached: set[Any] = set()
        self._limits: Limits | None = None
        self._windows: dict[tuple[str, Any], deque[float]] = {}
        self.limits = limits

        self._updates: list[dict] = []  # pending, in order
        self._forced: set[int] = set()  # redelivered ids that ignore the offset once
        self._delivered: set[int] = set()
        self._history: dict[int, dict] = {}  # every update ever pushed, by id
        self._allowed: set[str] | None = None  # None = Telegram's default set
        self._update_ids = itertools.count(1)
        self._cond = asyncio.Condition()
        self._closing = False
        self._call_event = asyncio.Event()
        self._consumed: set[int] = set()  # indices into calls returned by wait_for
        self._mark = 0  # calls before this index count as seen
        self._last_activity = time.monotonic()

        self._msg_ids: dict[Any, itertools.count] = {}
        self._messages: dict[tuple[Any, int], dict] = {}
        self._msg_raw: dict[tuple[Any, int], tuple] = {}  # for "message is not modified"
        self._call_msg: dict[int, tuple[Any, int]] = {}  # id(Call) -> message key
        self._users: dict[int, str] = {}
        self._cq_ids = itertools.count(1)
        self._callbacks: dict[str, bool] = {}  # id -> answered
        self._file_ids = itertools.count(1)

        self._runner: web.AppRunner | None = None

    @property
    def limits(self) -> Limits | None:
        """Flood limits in force, ``None`` for none. Setting it (even to an equal value)
        starts with empty windows; ``flood_429s`` is kept."""
        return self._limits

    @limits.setter
    def limits(self, value: Limits | None) -> None:
        if value is not None and not isinstance(value, Limits):
            raise TypeError(f"limits must be a Limits or None, got {value!r}")
        self._limits = value
        self._windows.clear()

    # ------------------------------------------------------------------ lifecycle

    async def start(self, port: int = 0) -> None:
        """Bind 127.0.0.1 on ``port``, by default a free one. After ``stop()``, ``start(port=fake.port)``
        brings the same fake back (an outage of refused connections), long polls waiting again."""
        self._closing = False
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        # handler_cancellation: when PTB cancels its long poll (updater.stop) the
        # aiohttp handler is cancelled too instead of sleeping out the poll timeout.
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=0.5
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{self.port}/bot"
        self.base_file_url = f"http://127.0.0.1:{self.port}/file/bot"

    async def stop(self) -> None:
        """Wake pending long polls first (G5), then shut the server down."""
        async with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegram:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ pushing updates

    async def push_update(self, update: dict) -> int:
        """Queue a raw update for getUpdates; returns its ``update_id``.

        The payload is validated with ``Update.de_json`` first: a malformed update would
        otherwise make PTB refetch it in a hot loop (G4), so fail the test right here.
        """
        from telegram import Update

        update = copy.deepcopy(update)
        if "update_id" not in update:
            update["update_id"] = next(self._update_ids)
        else:
            # keep automatic ids ahead of explicit ones
            uid = int(update["update_id"])
            nxt = next(self._update_ids)
            self._update_ids = itertools.count(max(nxt, uid + 1))
        kinds = [k for k in update if k != "update_id"]
        if len(kinds) != 1:
            raise ValueError(f"an update must have exactly one payload field, got {kinds}")
        try:
            Update.de_json(copy.deepcopy(update), None)
        except Exception as exc:  # noqa: BLE001 - re-raised with context
            raise ValueError(f"PTB cannot parse this update ({exc!r}): {update}") from exc
        uid = update["update_id"]
        self._history[uid] = update
        self._remember_incoming(update)
        async with self._cond:
            bisect.insort(self._updates, update, key=_update_id)
            self._cond.notify_all()
        return uid

    def _user(self, user_id: int, first_name: str) -> dict:
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}

    def _private_chat(self, chat_id: int, first_name: str | None = None) -> dict:
        chat: dict[str, Any] = {"id": chat_id, "type": "private"}
        name = first_name or self._users.get(chat_id)
        if name:
            chat["first_name"] = name
        return chat

    def _chat(self, chat_id: Any) -> dict:
        if isinstance(chat_id, int) and chat_id > 0:
            return self._private_chat(chat_id)
        if isinstance(chat_id, str):
            return {"id": -1001000000000, "type": "channel", "title": chat_id, "username": chat_id}
        kind = "supergroup" if str(chat_id).startswith("-100") else "group"
        return {"id": chat_id, "type": kind, "title": f"Group {chat_id}"}

    def _next_message_id(self, chat_id: Any) -> int:
        """Message ids are per chat and shared by user and bot messages, like Telegram."""
        counter = self._msg_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def _remember_incoming(self, update: dict) -> None:
        msg = update.get("message") or update.get("edited_message")
        if msg and "chat" in msg:
            frm = msg.get("from") or {}
            if frm.get("id") is not None and frm.get("first_name"):
                self._users[frm["id"]] = frm["first_name"]

    def _user_message(
        self, chat_id: int, first_name: str, date: int | None, **content: Any
    ) -> dict:
        self._users[chat_id] = first_name
        return {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()) if date is None else date,
            "chat": self._private_chat(chat_id, first_name),
            "from": self._user(chat_id, first_name),
            **content,
        }

    async def push_text(
        self,
        chat_id: int,
        text: str,
        *,
        update_id: int | None = None,
        first_name: str = "Runner",
        date: int | None = None,
    ) -> int:
        """A private-chat text message from user ``chat_id``.

        Text starting with "/" gets a ``bot_command`` entity at offset 0 (G6), as the real
        client does; without it ``CommandHandler`` would not match.
        """
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0] if text.strip() else text
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            ]
        message = self._user_message(chat_id, first_name, date, **content)
        update: dict[str, Any] = {"message": message}
        if update_id is not None:
            update["update_id"] = update_id
        return await self.push_update(update)

    async def push_sticker(self, chat_id: int, *, first_name: str = "Runner") -> int:
        n = next(self._file_ids)
        sticker = {
            "file_id": f"STK{n}",
            "file_unique_id": f"ustk{n}",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "\N{THUMBS UP SIGN}",
        }
        self.files[sticker["file_id"]] = (f"stickers/file_{n}.webp", b"RIFF\x00\x00\x00\x00WEBP")
        msg = self._user_message(chat_id, first_name, None, sticker=sticker)
        return await self.push_update({"message": msg})

    async def push_photo(
        self,
        chat_id: int,
        *,
        caption: str | None = None,
        content: bytes = TINY_PNG,
        first_name: str = "Runner",
    ) -> int:
        """A photo from the user; ``getFile`` + download of any size returns ``content``."""
        sizes = []
        for w in (90, 320):
            n = next(self._file_ids)
            fid = f"PHO{n}"
            self.files[fid] = (f"photos/file_{n}.jpg", content)
            sizes.append(
                {
                    "file_id": fid,
                    "file_unique_id": f"upho{n}",
                    "width": w,
                    "height": w,
                    "file_size": len(content),
                }
            )
        extra: dict[str, Any] = {"photo": sizes}
        if caption is not None:
            extra["caption"] = caption
        msg = self._user_message(chat_id, first_name, None, **extra)
        return await self.push_update({"message": msg})

    async def push_callback(
        self,
        chat_id: int,
        data: str,
        message: dict | Call | None = None,
        *,
        first_name: str = "Runner",
    ) -> int:
        """The user presses an inline button with ``data`` on a bot message.

        ``message``: a message dict, a recorded send/edit ``Call`` (its *current* state is
        used, i.e. after any later edits), or ``None`` for the last message the bot sent to
        this chat with an inline keyboard. The callback query id is remembered so that the
        bot's ``answerCallbackQuery`` can be checked (see ``unanswered_callbacks``).
        """
        if message is None:
            message = self._last_keyboard_call(chat_id)
        if isinstance(message, Call):
            key = self._call_msg.get(id(message))
            if key is None or key not in self._messages:
                raise ValueError(f"that call did not produce a message: {message.brief()}")
            msg = copy.deepcopy(self._messages[key])
        else:
            msg = copy.deepcopy(message)
            key = (_norm_chat(msg["chat"]["id"]), msg["message_id"])
            if key not in self._messages:
                # Let the bot edit a message a test invented.
                self._messages[key] = copy.deepcopy(msg)
        cq_id = str(next(self._cq_ids))
        self._callbacks[cq_id] = False
        self._users.setdefault(chat_id, first_name)
        update = {
            "callback_query": {
                "id": cq_id,
                "from": self._user(chat_id, self._users[chat_id]),
                "chat_instance": f"ci-{chat_id}",
                "message": msg,
                "data": data,
            }
        }
        return await self.push_update(update)

    def _last_keyboard_call(self, chat_id: int) -> Call:
        for call in reversed(self.calls):
            if (
                call.method in ("sendMessage", "sendPhoto", "sendDocument")
                and call.ok
                and _norm_chat(call.chat_id) == chat_id
                and isinstance(call.params.get("reply_markup"), dict)
                and "inline_keyboard" in call.params["reply_markup"]
            ):
                return call
        raise AssertionError(
            f"no message with an inline keyboard was sent to chat {chat_id}\n" + self.dump()
        )

    async def redeliver(self, update_id: int) -> None:
        """Put an already-delivered update back in the queue with the same id.

        Simulates Telegram delivering an update again (e.g. the bot crashed before the
        offset was confirmed). It is handed out once by the next getUpdates even though
        PTB's offset is already past it. Note: PTB sets its next offset from the *last*
        update of a batch, so a lone redelivered update moves its offset back; harmless,
        later updates all have bigger ids.
        """
        if update_id not in self._history:
            raise KeyError(f"update {update_id} was never pushed")
        async with self._cond:
            self._updates = [u for u in self._updates if u["update_id"] != update_id]
            bisect.insort(self._updates, copy.deepcopy(self._history[update_id]), key=_update_id)
            self._forced.add(update_id)
            self._cond.notify_all()

    def unanswered_callbacks(self) -> list[str]:
        """Callback query ids pushed but never answered (clients show a spinner for those)."""
        return [cq for cq, answered in self._callbacks.items() if not answered]

    @property
    def pending_updates(self) -> list[dict]:
        return list(self._updates)

    # ------------------------------------------------------------------ waiting / inspecting

    def _matches(self, call: Call, method: str, chat_id: int | None) -> bool:
        if call.method != method or call.status is None:
            return False
        return chat_id is None or str(_norm_chat(call.chat_id)) == str(chat_id)

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        *,
        chat_id: int | None = None,
        timeout: float = 5.0,
    ) -> list[Call]:
        """Wait for ``count`` answered calls of ``method`` (to ``chat_id``) not yet returned
        by an earlier ``wait_for`` and made after the last ``mark()``.

        Returns exactly the first ``count`` such calls, in order, and marks them as seen;
        later ones stay available to the next ``wait_for``. Raises ``AssertionError`` with a
        dump of recent calls on timeout.
        """
        deadline = time.monotonic() + timeout
        while True:
            found = [
                i
                for i in range(self._mark, len(self.calls))
                if i not in self._consumed and self._matches(self.calls[i], method, chat_id)
            ]
            if len(found) >= count:
                chosen = found[:count]
                self._consumed.update(chosen)
                return [self.calls[i] for i in chosen]
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                target = f"{method}" + (f" to chat {chat_id}" if chat_id is not None else "")
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {count} x {target}; "
                    f"got {len(found)} new\n" + self.dump()
                )
            event = self._call_event
            try:
                async with asyncio.timeout(remaining):
                    await event.wait()
            except TimeoutError:
                pass

    def mark(self) -> None:
        """Forget what was seen: the next ``wait_for`` only counts calls made after now."""
        self._mark = len(self.calls)
        self._consumed.clear()

    def sent(self, chat_id: int | None = None, *, include_failed: bool = False) -> list[Call]:
        """Outgoing message calls (send*/edit*), in order. Only the ones the fake accepted,
        i.e. what the user actually saw, unless ``include_failed``."""
        return [
            c
            for c in self.calls
            if c.method in MESSAGE_METHODS
            and (c.ok or (include_failed and c.status is not None))
            and (chat_id is None or str(_norm_chat(c.chat_id)) == str(chat_id))
        ]

    def delivered(
        self, chat_id: int | None = None, method: str | None = "sendMessage"
    ) -> list[Call]:
        """Accepted (HTTP 200) calls of ``method`` (any of ``SEND_METHODS`` if ``None``) to
        ``chat_id``, in order: the messages that reached the user. Calls refused with 429,
        403, 400, ... are left out."""
        return [
            c
            for c in self.calls
            if c.ok
            and (c.method == method if method is not None else c.method in SEND_METHODS)
            and (chat_id is None or str(_norm_chat(c.chat_id)) == str(chat_id))
        ]

    def texts(self, chat_id: int | None = None) -> list[str]:
        """Text/caption (raw, as sent) of every accepted sendMessage/sendPhoto/sendDocument/
        editMessageText to ``chat_id``, in order."""
        return [
            c.text
            for c in self.sent(chat_id)
            if c.method in TEXT_METHODS and c.text is not None
        ]

    @staticmethod
    def buttons(call: Call | dict) -> list[list[tuple[str, str]]]:
        """Inline keyboard of a call (or message dict) as rows of ``(text, callback_data or
        url)``; ``[]`` when there is none."""
        markup = call.params.get("reply_markup") if isinstance(call, Call) else call.get(
            "reply_markup"
        )
        if not isinstance(markup, dict):
            return []
        rows = []
        for row in markup.get("inline_keyboard", []):
            out = []
            for b in row:
                value = next((b[k] for k in _BUTTON_ACTIONS if k in b), "")
                shown = value if isinstance(value, str) else json.dumps(value)
                out.append((b.get("text", ""), shown))
            rows.append(out)
        return rows

    def message(self, call: Call) -> dict | None:
        """Current state (after edits) of the message a send/edit call produced."""
        key = self._call_msg.get(id(call))
        return copy.deepcopy(self._messages.get(key)) if key else None

    async def quiesce(self, settle: float = 0.3, timeout: float = 5.0) -> None:
        """Wait until nothing but getUpdates has been answered for ``settle`` seconds (and,
        if the bot is polling, every pushed update has been handed out). Use it before
        asserting that nothing more is sent."""
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            polling = any(c.method == "getUpdates" for c in self.calls)
            undelivered = polling and any(
                u["update_id"] not in self._delivered or u["update_id"] in self._forced
                for u in self._updates
            )
            busy = any(c.status is None and c.method != "getUpdates" for c in self.calls[-50:])
            quiet_for = now - self._last_activity
            if quiet_for >= settle and not undelivered and not busy:
                return
            if now >= deadline:
                raise AssertionError(
                    f"not quiet after {timeout}s (undelivered={undelivered}, busy={busy})\n"
                    + self.dump()
                )
            await asyncio.sleep(min(max(settle - quiet_for, 0.01), 0.05))

    def dump(self, last: int = 20) -> str:
        """Recent calls (without getUpdates noise) for assertion messages."""
        interesting = [c for c in self.calls if c.method != "getUpdates"]
        lines = [f"  {c.brief()}" for c in interesting[-last:]]
        skipped = len(interesting) - len(lines)
        head = f"recent calls ({len(interesting)} total, getUpdates omitted"
        head += f", {skipped} older not shown):" if skipped > 0 else "):"
        return "\n".join([head, *lines]) if lines else "no calls recorded (besides getUpdates)"

    # ------------------------------------------------------------------ HTTP plumbing

    async def _parse(self, request: web.Request) -> tuple[dict, dict[str, tuple[str, bytes]]]:
        params: dict[str, Any] = dict(request.query)
        files: dict[str, tuple[str, bytes]] = {}
        if request.content_type == "application/json":
            body = await request.json() if request.can_read_body else {}
            params.update(body or {})
            return params, files
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                files[key] = (value.filename, value.file.read())
            elif key in STRING_PARAMS:
                params[key] = value
            else:
                try:
                    params[key] = json.loads(value)
                except ValueError:
                    params[key] = value
        return params, files

    @staticmethod
    def _json(status: int, body: dict) -> web.Response:
        return web.json_response(body, status=status)

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params, files = await self._parse(request)
        call = Call(method, params, files, time.monotonic())
        self.calls.append(call)
        status, body = 500, {"ok": False, "error_code": 500, "description": "fake crashed"}
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            status, body = await self._dispatch(call)
        except ApiError as exc:
            status, body = exc.status, exc.body()
        finally:
            call.status = status
            call.result = body.get("result") if status == 200 else body
            if status == 200 and method in SEND_METHODS:
                self.chats_reached.add(_norm_chat(params.get("chat_id")))
            if method != "getUpdates":
                self._last_activity = time.monotonic()
            self._call_event.set()
            self._call_event = asyncio.Event()
        return self._json(status, body)

    async def _dispatch(self, call: Call) -> tuple[int, dict]:
        hook = self.hooks.get(call.method) or self.hooks.get("*")
        if hook is not None:
            outcome = hook(call)
            if inspect.isawaitable(outcome):
                outcome = await outcome
            if outcome is not None:
                return outcome
        impl = getattr(self, f"_m_{call.method}", None)
        if impl is None:
            return 404, ApiError(404, "Not Found: method not found").body()
        if call.method in _CHAT_METHODS:
            if call.params.get("chat_id") in (None, "") and "inline_message_id" not in call.params:
                raise _bad("chat_id is empty")
            blocked = _norm_chat(call.params.get("chat_id")) in self.blocked
            if blocked and call.method != "getChatMember":
                raise ApiError(403, "Forbidden: bot was blocked by the user")
        limited = self._limits is not None and call.method in SEND_METHODS
        if limited:
            self._flood_check(call)
        result = impl(call)
        if inspect.isawaitable(result):
            result = await result
        if limited:
            self._flood_record(call)
        return 200, {"ok": True, "result": result}

    # ------------------------------------------------------------------ flood limits

    @staticmethod
    def _flood_keys(chat_id: Any) -> list[tuple[str, Any]]:
        chat = _norm_chat(chat_id)
        keys: list[tuple[str, Any]] = [("overall", None)]
        if isinstance(chat, int) and chat > 0:
            keys.append(("chat", chat))
        elif chat is not None:
            keys.append(("group", chat))  # negative id or "@channel", like AIORateLimiter
        return keys

    def _flood_check(self, call: Call) -> None:
        """Raise the 429 if one more send to this chat would overflow a window. Runs right
        before the (synchronous) send implementation, and ``_flood_record`` right after it,
        so concurrent requests cannot both slip into the last free slot."""
        assert self._limits is not None
        specs = self._limits.windows()
        now = self.clock()
        wait = 0.0
        hit: list[str] = []
        for kind, ident in self._flood_keys(call.chat_id):
            spec = specs.get(kind)
            window = self._windows.get((kind, ident))
            if spec is None or window is None:
                continue
            cap, length = spec
            while window and window[0] <= now - length:
                window.popleft()
            if len(window) >= cap:
                wait = max(wait, window[-cap] + length - now)
                hit.append(kind)
        if hit:
            retry_after = max(1, math.ceil(wait - 1e-9))
            self.flood_429s += 1
            self.flood_limits_hit.update(hit)
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
            )

    def _flood_record(self, call: Call) -> None:
        assert self._limits is not None
        specs = self._limits.windows()
        now = self.clock()
        for key in self._flood_keys(call.chat_id):
            if key[0] in specs:
                self._windows.setdefault(key, deque()).append(now)

    async def _file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._json(401, ApiError(401, "Unauthorized").body())
        path = request.match_info["path"]
        for file_path, content in self.files.values():
            if file_path == path:
                return web.Response(body=content, content_type="application/octet-stream")
        return self._json(404, ApiError(404, "Not Found").body())

    # ------------------------------------------------------------------ validation helpers

    def _check_markup(self, markup: Any) -> dict | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        rows = markup.get("inline_keyboard")
        if rows is None:
            return None  # reply keyboards etc.: not echoed in the returned Message
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise _bad(
                'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
            )
        for row in rows:
            for button in row:
                if not isinstance(button, dict):
                    button = {}
                actions = [k for k in _BUTTON_ACTIONS if k in button]
                if not actions or not button.get("text"):
                    raise _bad(
                        "can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard"
                    )
                if "callback_data" in button:
                    data = button["callback_data"]
                    if not isinstance(data, str) or not 1 <= len(data.encode()) <= 64:
                        raise _bad("BUTTON_DATA_INVALID")
                if "url" in button and not re.match(r"^(https?|tg)://\S+$", str(button["url"])):
                    raise _bad("BUTTON_URL_INVALID")
        return markup

    def _store_message(self, call: Call, chat_id: Any, **content: Any) -> dict:
        markup = self._check_markup(call.params.get("reply_markup"))
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "from": dict(self.bot_user),
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            **content,
        }
        if markup is not None:
            msg["reply_markup"] = markup
        key = (chat_id, msg["message_id"])
        self._messages[key] = msg
        shown_text = content.get("text", content.get("caption"))
        self._msg_raw[key] = self._raw_state(call.params, shown_text)
        self._call_msg[id(call)] = key
        return copy.deepcopy(msg)

    @staticmethod
    def _raw_state(params: dict, text: Any) -> tuple:
        markup = params.get("reply_markup")
        inline = markup if isinstance(markup, dict) and "inline_keyboard" in markup else None
        return (
            params.get("text", params.get("caption", text)),
            str(params.get("parse_mode") or ""),
            json.dumps(params.get("entities") or params.get("caption_entities"), sort_keys=True),
            json.dumps(inline, sort_keys=True),
        )

    @staticmethod
    def _text(params: dict, key: str, limit: int, *, required: bool) -> str | None:
        raw = params.get(key)
        if raw is None:
            if required:
                raise _bad("message text is empty")
            return None
        plain = _plain_text(str(raw), params.get("parse_mode"))
        if required and not plain.strip():
            raise _bad("message text is empty")
        if _utf16_len(plain.strip()) > limit:
            raise _bad("message is too long" if key == "text" else "message caption is too long")
        return plain

    def _edit_target(self, call: Call) -> tuple[Any, int] | None:
        p = call.params
        if "inline_message_id" in p:
            return None
        if "message_id" not in p:
            raise _bad("message identifier is not specified")
        key = (_norm_chat(p["chat_id"]), int(p["message_id"]))
        msg = self._messages.get(key)
        if msg is None:
            raise _bad("message to edit not found")
        if (msg.get("from") or {}).get("id") != self.bot_id:
            raise _bad("message can't be edited")
        return key

    def _apply_edit(
        self, call: Call, key: tuple[Any, int], new_state: tuple, **content: Any
    ) -> dict:
        if self._msg_raw.get(key) == new_state:
            raise _bad(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a content and reply markup of the current message"
            )
        msg = self._messages[key]
        msg.update(content)
        markup = self._check_markup(call.params.get("reply_markup"))
        if markup is None:
            msg.pop("reply_markup", None)
        else:
            msg["reply_markup"] = markup
        msg["edit_date"] = int(time.time())
        self._msg_raw[key] = new_state
        self._call_msg[id(call)] = key
        return copy.deepcopy(msg)

    def _file_entry(self, call: Call, field_name: str, filename_default: str) -> dict:
        n = next(self._file_ids)
        if field_name in call.files:
            filename, content = call.files[field_name]
        else:
            ref = str(call.params.get(field_name) or "")
            if not ref:
                raise _bad(f"there is no {field_name} in the request")
            if ref.startswith("attach://"):
                filename, content = call.files.get(ref[9:], (filename_default, b""))
            elif ref in self.files:
                filename, content = filename_default, self.files[ref][1]
            elif ref.startswith(("http://", "https://")):
                filename, content = ref.rsplit("/", 1)[-1] or filename_default, b""
            else:
                raise _bad("wrong file identifier/HTTP URL specified")
        fid = f"{field_name.upper()[:3]}{n}"
        self.files[fid] = (f"{field_name}s/file_{n}_{filename}", content)
        return {
            "file_id": fid,
            "file_unique_id": f"u{fid}",
            "file_size": len(content),
            "_name": filename,
        }

    # ------------------------------------------------------------------ API methods

    def _m_getMe(self, call: Call) -> dict:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _m_logOut(self, call: Call) -> bool:
        return True

    def _m_close(self, call: Call) -> bool:
        return True

    async def _m_deleteWebhook(self, call: Call) -> bool:
        self.webhook_url = ""
        if call.params.get("drop_pending_updates"):
            async with self._cond:
                self._updates.clear()
                self._forced.clear()
        return True

    def _m_setWebhook(self, call: Call) -> bool:
        url = str(call.params.get("url") or "")
        if url and not url.startswith("https://"):
            raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook_url = url
        return True

    def _m_getWebhookInfo(self, call: Call) -> dict:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    async def _m_getUpdates(self, call: Call) -> list[dict]:
        """Long poll. ``offset`` confirms (drops) every update with a smaller id; updates
        stay queued until confirmed, so an un-confirmed update is delivered again."""
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        p = call.params
        offset = int(p.get("offset") or 0)
        timeout = float(p.get("timeout") or 0)
        limit = min(max(int(p.get("limit") or 100), 1), 100)
        if "allowed_updates" in p:
            allowed = p["allowed_updates"]
            self._allowed = set(allowed) if allowed else None
        async with self._cond:
            self._confirm(offset)
            if not self._updates and timeout > 0 and not self._closing:
                try:
                    async with asyncio.timeout(timeout):
                        await self._cond.wait_for(lambda: bool(self._updates) or self._closing)
                except TimeoutError:
                    pass
                self._confirm(offset)  # an update may have been redelivered/dropped meanwhile
            if self._closing:
                return []
            batch = self._updates[:limit]
            for u in batch:
                self._delivered.add(u["update_id"])
                if u["update_id"] in self._forced:
                    # handed out once; drop it so PTB's (already larger) offset is consistent
                    self._forced.discard(u["update_id"])
                    self._updates.remove(u)
            return copy.deepcopy(batch)

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            self._updates = [
                u
                for u in self._updates
                if u["update_id"] >= offset or u["update_id"] in self._forced
            ]
        elif offset < 0:
            self._updates = self._updates[offset:]
        allowed = self._allowed
        self._updates = [u for u in self._updates if self._is_allowed(u, allowed)]

    @staticmethod
    def _is_allowed(update: dict, allowed: set[str] | None) -> bool:
        kind = next(k for k in update if k != "update_id")
        if allowed is None:
            return kind not in _NOT_DEFAULT_UPDATES
        return kind in allowed

    def _m_sendMessage(self, call: Call) -> dict:
        chat_id = _norm_chat(call.params["chat_id"])
        text = self._text(call.params, "text", 4096, required=True)
        return self._store_message(call, chat_id, text=text)

    def _m_sendPhoto(self, call: Call) -> dict:
        chat_id = _norm_chat(call.params["chat_id"])
        caption = self._text(call.params, "caption", 1024, required=False)
        entry = self._file_entry(call, "photo", "photo.jpg")
        entry.pop("_name")
        photo = [{**entry, "width": 640, "height": 480}]
        extra = {"caption": caption} if caption else {}
        return self._store_message(call, chat_id, photo=photo, **extra)

    def _m_sendDocument(self, call: Call) -> dict:
        chat_id = _norm_chat(call.params["chat_id"])
        caption = self._text(call.params, "caption", 1024, required=False)
        entry = self._file_entry(call, "document", "document")
        document = {**entry, "file_name": entry.pop("_name")}
        extra = {"caption": caption} if caption else {}
        return self._store_message(call, chat_id, document=document, **extra)

    def _m_copyMessage(self, call: Call) -> dict:
        """Copy a message the fake knows (sent by the bot, or pushed as a user's message)
        to ``chat_id``; ``caption`` replaces a caption. Returns a ``MessageId``."""
        chat_id = _norm_chat(call.params["chat_id"])
        src_chat = _norm_chat(call.params.get("from_chat_id"))
        src_id = int(call.params.get("message_id") or 0)
        source = self._messages.get((src_chat, src_id))
        if source is None:
            for update in self._history.values():
                msg = update.get("message") or {}
                if msg.get("message_id") == src_id and msg.get("chat", {}).get("id") == src_chat:
                    source = msg
                    break
        if source is None:
            raise _bad("message to copy not found")
        kinds = ("text", "entities", "caption", "caption_entities", "photo", "document", "sticker")
        content = {k: copy.deepcopy(source[k]) for k in kinds if k in source}
        if "caption" in call.params and "text" not in content:
            content["caption"] = self._text(call.params, "caption", 1024, required=False)
        msg = self._store_message(call, chat_id, **content)
        return {"message_id": msg["message_id"]}

    def _m_editMessageText(self, call: Call) -> dict | bool:
        text = self._text(call.params, "text", 4096, required=True)
        key = self._edit_target(call)
        if key is None:
            return True
        if "text" not in self._messages[key]:
            raise _bad("there is no text in the message to edit")
        state = self._raw_state(call.params, text)
        return self._apply_edit(call, key, state, text=text)

    def _m_editMessageCaption(self, call: Call) -> dict | bool:
        caption = self._text(call.params, "caption", 1024, required=False)
        key = self._edit_target(call)
        if key is None:
            return True
        state = self._raw_state(call.params, caption)
        return self._apply_edit(call, key, state, caption=caption or "")

    def _m_editMessageReplyMarkup(self, call: Call) -> dict | bool:
        key = self._edit_target(call)
        if key is None:
            return True
        old = self._msg_raw.get(key, (None, "", "null", "null"))
        markup = call.params.get("reply_markup")
        new_markup = markup if isinstance(markup, dict) and "inline_keyboard" in markup else None
        state = (*old[:3], json.dumps(new_markup, sort_keys=True))
        return self._apply_edit(call, key, state)

    def _m_deleteMessage(self, call: Call) -> bool:
        key = (_norm_chat(call.params["chat_id"]), int(call.params.get("message_id") or 0))
        if self._messages.pop(key, None) is None:
            raise _bad("message to delete not found")
        return True

    def _m_answerCallbackQuery(self, call: Call) -> bool:
        cq_id = str(call.params.get("callback_query_id") or "")
        if self._callbacks.get(cq_id, True):  # unknown or already answered
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        self._callbacks[cq_id] = True
        return True

    def _scope_key(self, call: Call) -> tuple[str, str]:
        scope = call.params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(call.params.get("language_code") or "")

    def _m_setMyCommands(self, call: Call) -> bool:
        commands = call.params.get("commands")
        if not isinstance(commands, list):
            raise _bad("parameter \"commands\" is required")
        if len(commands) > 100:
            raise _bad("BOT_COMMANDS_TOO_MUCH")
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(c.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(c.get("description", "")).strip()) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self.my_commands[self._scope_key(call)] = copy.deepcopy(commands)
        return True

    def _m_getMyCommands(self, call: Call) -> list[dict]:
        return copy.deepcopy(self.my_commands.get(self._scope_key(call), []))

    def _m_deleteMyCommands(self, call: Call) -> bool:
        self.my_commands.pop(self._scope_key(call), None)
        return True

    def _m_sendChatAction(self, call: Call) -> bool:
        if call.params.get("action") not in CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        return True

    def _m_getChatMember(self, call: Call) -> dict:
        user_id = int(call.params.get("user_id") or 0)
        if not user_id:
            raise _bad("user_id is empty")
        user = (
            dict(self.bot_user)
            if user_id == self.bot_id
            else self._user(user_id, self._users.get(user_id, "Runner"))
        )
        flags = (
            "can_be_edited is_anonymous can_manage_chat can_delete_messages "
            "can_manage_video_chats can_restrict_members can_promote_members can_change_info "
            "can_invite_users can_post_stories can_edit_stories can_delete_stories"
        ).split()
        return {"status": "administrator", "user": user, **{f: f != "is_anonymous" for f in flags}}

    def _m_getFile(self, call: Call) -> dict:
        fid = str(call.params.get("file_id") or "")
        if fid not in self.files:
            raise _bad("invalid file_id")
        path, content = self.files[fid]
        return {
            "file_id": fid,
            "file_unique_id": f"u{fid}",
            "file_size": len(content),
            "file_path": path,
        }


#: Methods that need a chat_id (or inline_message_id for edits) and that a blocked user rejects.
_CHAT_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "copyMessage",
        "sendChatAction",
        "editMessageText",
        "editMessageCaption",
        "editMessageReplyMarkup",
        "deleteMessage",
        "getChatMember",
    }
)

__all__ = [
    "BOT_USERNAME",
    "TOKEN",
    "TINY_PNG",
    "ApiError",
    "Call",
    "FakeTelegram",
    "Limits",
    "SEND_METHODS",
    "api_error",
    "api_ok",
]
