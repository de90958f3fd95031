"""Logging for the long-running commands: one format, the level from LUMBAR_LOG_LEVEL, and ``Redact``.

``Redact`` sits on the log handler, so it sees every record from every library. At DEBUG,
python-telegram-bot logs each Bot API call with its parameters (message text, buttons), each
result and each incoming update (names, texts, callback data), and httpx logs every URL, which
holds the bot token. The filter turns those structures into their shape (ids, dates and types
stay; every other string and number becomes ``<redacted>``), then scrubs the finished line and any
traceback for secrets, tokens, ``text=...``-style fields and phone numbers.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from telegram import TelegramObject

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HIDDEN = "<redacted>"

BOT_TOKEN = re.compile(r"\d{3,}:[A-Za-z0-9_-]{30,}")
HEX_SECRET = re.compile(r"\b[0-9a-fA-F]{32}\b")  # Twilio auth tokens (and API secrets) are 32 hex digits
PHONE = re.compile(r"(\+|%2[Bb])\d(?:[ .-]?\d){5,13}(?:[ .-]?(\d))(?:[ .-]?(\d))")
FIELD = re.compile(
    r"""(?P<key>(?P<q>['"]?)(?:\b(?:text|caption|first_name|last_name|username|phone_number|callback_data|data|query"""
    r"""|question|address|Body|From|To))(?P=q)\s*[:=]\s*)"""
    r"""(?P<value>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s,&}\])]+)"""
)
SECRET_NAMES = re.compile(r"TOKEN|SECRET|PASSWORD|PASSWD|AUTH|_KEY$|_SID$")

# Structure keys whose values are safe to log: identifiers, times, types and protocol fields.
KEEP_TEXT = frozenset({"type", "parse_mode", "status", "language_code", "allowed_updates", "method",
                       "mime_type", "ok"})
KEEP_NUMBER = frozenset({"id", "date", "edit_date", "offset", "limit", "timeout", "length", "error_code",
                         "retry_after", "file_size", "width", "height", "duration", "max_connections",
                         "pending_update_count"})


def secrets_in(env: Mapping[str, str]) -> list[str]:
    """Values of settings named like a secret (TELEGRAM_BOT_TOKEN, TWILIO_AUTH_TOKEN, a webhook secret, ...)."""
    return [value for name, value in env.items() if SECRET_NAMES.search(name.upper()) and len(value.strip()) >= 8]


class Redact(logging.Filter):
    """Rewrites each record in place into a line without secrets or personal data; never drops one."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = sorted({s.strip() for s in secrets if s and len(s.strip()) >= 8}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "lumbar_redacted", False):
            return True
        record.msg = self.clean(_message(record)).replace("\r", "\\r").replace("\n", "\\n")
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.clean(record.exc_text)
        if record.stack_info:
            record.stack_info = self.clean(record.stack_info)
        record.lumbar_redacted = True
        return True

    def clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, HIDDEN)
        text = BOT_TOKEN.sub(HIDDEN, text)
        text = HEX_SECRET.sub(HIDDEN, text)
        text = FIELD.sub(lambda m: f"{m['key']}{m['q'] or ''}{HIDDEN}{m['q'] or ''}", text)
        return PHONE.sub(_last_two_digits, text)


def _message(record: logging.LogRecord) -> str:
    msg = shape(record.msg) if not isinstance(record.msg, str) else record.msg
    if not record.args:
        return str(msg)
    args = record.args
    shaped = {k: shape(v) for k, v in args.items()} if isinstance(args, Mapping) else tuple(shape(a) for a in args)
    try:
        return str(msg) % shaped
    except (TypeError, ValueError):
        return f"{msg} {shaped}"


def shape(value: Any, key: str | None = None) -> Any:
    """A structure with its content replaced: what was sent, not what it said.

    Top-level strings and numbers (``key`` None) are the log call's own arguments and stay, to be
    scrubbed with the rest of the line; JSON text (PTB's webhook log) is read and shaped too.
    """
    if isinstance(value, TelegramObject):
        return shape(value.to_dict(), key)
    if isinstance(value, Mapping):
        return {k: shape(v, str(k)) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [shape(v, key) for v in value]
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value if key is None or key in KEEP_NUMBER or key.endswith("_id") else HIDDEN
    if isinstance(value, (str, bytes)):
        text = value.decode(errors="replace") if isinstance(value, bytes) else value
        if text.lstrip()[:1] in ("{", "["):
            try:
                return shape(json.loads(text), key)
            except ValueError:
                pass
        return str(text) if key is None or key in KEEP_TEXT else HIDDEN  # str(): PTB's enums print as their value
    return value


def _last_two_digits(match: re.Match[str]) -> str:
    return f"{match[1]}…{match[2]}{match[3]}"


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time, as ``logging.lastResort`` does."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property
    def stream(self) -> TextIO:  # type: ignore[override]
        return sys.stderr


def configure(level: str = "INFO", secrets: Iterable[str] = (), stream: TextIO | None = None) -> logging.Handler:
    """Log to stderr (or ``stream``) at ``level`` through ``Redact``; calling it again replaces the handler."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "lumbar", False)]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream) if stream is not None else _StderrHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(Redact(secrets))
    handler.lumbar = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    debugging = level == "DEBUG"
    # Below DEBUG these libraries log every request and job run: noise, and httpx's lines carry the URL.
    for name in ("httpx", "httpcore", "apscheduler"):
        logging.getLogger(name).setLevel(logging.DEBUG if debugging else logging.WARNING)
    for name in ("matplotlib", "PIL", "fontTools"):
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
