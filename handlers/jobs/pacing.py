"""How fast a channel may be sent to, kept in one place for replies and bulk mail alike.

Telegram (platform-limits.md 1.3): about 30 messages a second overall, one a second to one private
chat, 20 a minute to one group. The overall rate is a smooth bucket a little under the cap, one
message every 1/rate seconds, because a bucket that lets a burst through on top of the rate draws
429s (PTB's AIORateLimiter did, at 84% of the cap). A late message pushes the next ones back rather than
catching up: catching up (keeping a fixed grid) gained a little rate but let two sends land close
together on a busy machine, and drew 429s (benchmarks/broadcast.py; tests/test_delivery_faults.py).
Twilio: one a second from a long-code number.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

HEADROOM = 0.96


class Pacer:
    def __init__(self, rate: float, *, chat_interval: float = 1.0, group_per_minute: int = 20,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = 1.0 / (rate * HEADROOM)
        self.chat_interval = chat_interval
        self.group_per_minute = group_per_minute
        self.clock = clock
        self._next_any = 0.0
        self._next_chat: dict[str, float] = {}
        self._groups: dict[str, deque[float]] = {}

    def wait(self, chat_id: str) -> float:
        """Seconds until a message to ``chat_id`` may go (0: now)."""
        now = self.clock()
        wait = max(self._next_any - now, 0.0)
        if _is_group(chat_id):
            window = self._window(chat_id, now)
            if len(window) >= self.group_per_minute:
                wait = max(wait, window[0] + 60.0 - now)
        else:
            wait = max(wait, self._next_chat.get(chat_id, 0.0) - now)
        return wait

    def take(self, chat_id: str) -> None:
        now = self.clock()
        self._next_any = max(self._next_any, now) + self.interval
        if _is_group(chat_id):
            self._window(chat_id, now).append(now)
        elif self.chat_interval > 0:
            self._next_chat[chat_id] = now + self.chat_interval
            if len(self._next_chat) > 10_000:
                self._next_chat = {c: t for c, t in self._next_chat.items() if t > now}

    def finished(self, chat_id: str) -> None:
        """A send to ``chat_id`` has come back. Telegram counts a message when it arrives, somewhere between
        the start of the request and its answer; the next one to a private chat waits a full interval from the
        answer, so that a slow request followed by a quick one cannot land less than a second apart."""
        if not _is_group(chat_id) and self.chat_interval > 0:
            self._next_chat[chat_id] = max(self._next_chat.get(chat_id, 0.0), self.clock() + self.chat_interval)

    def hold_off(self, chat_id: str | None, seconds: float) -> None:
        """The channel said "too many": nothing to that chat (or to anyone, for ``None``) for ``seconds``."""
        until = self.clock() + seconds
        if chat_id is None:
            self._next_any = max(self._next_any, until)
        else:
            self._next_chat[chat_id] = max(self._next_chat.get(chat_id, 0.0), until)

    def _window(self, chat_id: str, now: float) -> deque[float]:
        window = self._groups.setdefault(chat_id, deque())
        while window and window[0] <= now - 60.0:
            window.popleft()
        return window


def _is_group(chat_id: str) -> bool:
    """Telegram groups and channels have negative ids (or an @name); private chats and phone numbers don't."""
    return chat_id.startswith(("-", "@"))
