"""One way to send, for every channel: a transport sends one part of a message or raises ``TransportError``.

Modelled on healthchecks' transports: each channel maps its own errors onto this one type in one
place, and the outbox drainer applies one policy to it. ``permanent`` means the recipient cannot be
reached on that channel (blocked the bot, opted out, no such number): the runner is marked
unreachable for every kind of message until they write again. Anything else is retried later,
after ``retry_after`` seconds when the channel said so.
"""

from __future__ import annotations

from typing import Protocol

from handlers.replies import Keyboard


class TransportError(Exception):
    def __init__(self, reason: str, *, permanent: bool = False, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after


class Transport(Protocol):
    channel: str

    async def send_text(self, chat_id: str, text: str, buttons: Keyboard, *, table: bool) -> None: ...

    async def send_file(self, chat_id: str, filename: str, content: bytes, *, photo: bool) -> None: ...
