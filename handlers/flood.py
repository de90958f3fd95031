"""A chat that floods gets one polite "slow down" instead of a reply to every message.

What it sends is still handled and saved: nothing received is lost. Only the answers are held back,
except safety answers, which always go.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from coach import texts
from handlers.replies import Reply


class FloodGuard:
    def __init__(self, limit: int = 30, window: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._warned: dict[str, float] = {}

    def note(self, chat_id: str) -> bool:
        """Count one message from this chat; True while it is within the limit."""
        now = self.clock()
        seen = self._seen.setdefault(chat_id, deque())
        seen.append(now)
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(self._seen) > 10_000:
            self._seen = {c: s for c, s in self._seen.items() if s and s[-1] > now - self.window}
        return len(seen) <= self.limit

    def filter(self, chat_id: str, replies: list[Reply]) -> list[Reply]:
        """The replies this chat should get now: all of them, or only the urgent ones and one notice."""
        if self.note(chat_id):
            return replies
        now = self.clock()
        kept = [reply for reply in replies if reply.urgent]
        if now - self._warned.get(chat_id, float("-inf")) > self.window:
            self._warned[chat_id] = now
            kept.append(Reply(texts.slow_down()))
        return kept
