"""How fast a channel may be sent to, kept in one place for replies and bulk mail alike.

Telegram (platform-limits.md 1.3): about 30 messages a second overall, one a second to one private
chat, 20 a minute to one group. Telegram counts a message when its request arrives, somewhere between
the start of the send and its answer, and how long that takes is up to the network and a busy machine.
So the overall rate has two rules:
- a smooth bucket a little under the cap, one send every 1/rate seconds, because a bucket that lets a
  burst through on top of the rate draws 429s (PTB's AIORateLimiter did, at 84% of the cap). The sends
  keep a grid: a few late ones do not push the next ones back, they catch up (pushing back ran at 0.82 of
  the cap in benchmarks/broadcast.py);
- a window over the answers: a send starts only while fewer than floor(rate) others are in flight or were
  answered less than a second (and a margin) ago. If one second of arrivals held floor(rate) + 1 sends, the
  last of them to start would have found the others in flight or answered within that second, so none ever
  does, however late a request lands. The price is the round trip: at most floor(rate) sends per second
  and a margin plus the time an answer takes (27 a second if Telegram answers in 100 ms). The grid alone let one late arrival put 31 in a second (429s in
  benchmarks/broadcast.py on a busy machine). Both rules count messages as the drainer takes them: a
  message with files (a summary and its chart) is one here but a request per part at Telegram.
Twilio: one a second from a long-code number; the window is kept for rates of two a second and more.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

HEADROOM = 0.98
WINDOW = 1.0
MARGIN = 0.005  # seconds on top of the window: clocks and counting points are not ours
CATCH_UP = 3  # intervals a late send may still take its planned slot in


class Pacer:
    def __init__(self, rate: float, *, chat_interval: float = 1.0, group_per_minute: int = 20,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = 1.0 / (rate * HEADROOM)
        self.per_window = math.floor(rate) if rate >= 2 else 0
        self.chat_interval = chat_interval
        self.group_per_minute = group_per_minute
        self.clock = clock
        self._next_any = 0.0
        self._in_flight = 0
        self._answered: deque[float] = deque()  # when the sends of the last window came back
        self._next_chat: dict[str, float] = {}
        self._groups: dict[str, deque[float]] = {}

    def wait(self, chat_id: str | None = None) -> float:
        """Seconds until a message to ``chat_id`` (to anyone, for ``None``) may go (0: now)."""
        now = self.clock()
        wait = max(self._next_any - now, self._window_wait(now), 0.0)
        if chat_id is None:
            return wait
        if _is_group(chat_id):
            window = self._window(chat_id, now)
            if len(window) >= self.group_per_minute:
                wait = max(wait, window[0] + 60.0 - now)
        else:
            wait = max(wait, self._next_chat.get(chat_id, 0.0) - now)
        return wait

    def take(self, chat_id: str) -> None:
        """A send to ``chat_id`` starts now; ``finished`` must follow once it is over, however it ended."""
        now = self.clock()
        self._next_any = self._next_slot(now) + self.interval
        self._in_flight += 1
        if _is_group(chat_id):
            self._window(chat_id, now).append(now)
        elif self.chat_interval > 0:
            self._next_chat[chat_id] = now + self.chat_interval
            if len(self._next_chat) > 10_000:
                self._next_chat = {c: t for c, t in self._next_chat.items() if t > now}

    def finished(self, chat_id: str) -> None:
        """A send to ``chat_id`` has come back, answered or not. Telegram counted it somewhere between its start
        and now, so from now on it counts: in the overall window, in its group's minute (the drainer has one
        message in flight per chat: the group's latest), and for a private chat the next one waits a full
        interval from now, so that a slow request followed by a quick one cannot land less than a second apart."""
        now = self.clock()
        if self._in_flight > 0:
            self._in_flight -= 1
            if self.per_window:
                self._answered.append(now)
        if _is_group(chat_id):
            if window := self._groups.get(chat_id):
                window[-1] = max(window[-1], now)
        elif self.chat_interval > 0:
            self._next_chat[chat_id] = max(self._next_chat.get(chat_id, 0.0), now + self.chat_interval)

    def hold_off(self, chat_id: str | None, seconds: float) -> None:
        """The channel said "too many": nothing to that chat (or to anyone, for ``None``) for ``seconds``."""
        until = self.clock() + seconds
        if chat_id is None:
            self._next_any = max(self._next_any, until)
        else:
            self._next_chat[chat_id] = max(self._next_chat.get(chat_id, 0.0), until)

    def _next_slot(self, now: float) -> float:
        """The planned slot when this send is less than ``CATCH_UP`` intervals late, so a sender that is often a
        little late (a pass over the queue, a busy loop, a send the window held back) keeps the rate; now after
        a longer pause, so an idle spell never turns into more than ``CATCH_UP`` sends back to back."""
        return self._next_any if now - self._next_any < CATCH_UP * self.interval else now

    def _window_wait(self, now: float) -> float:
        """Seconds until fewer than ``per_window`` sends are in flight or answered within the window; a full
        window while sends are in flight means waiting for an answer (the drainer is woken by each)."""
        if not self.per_window:
            return 0.0
        answered, span = self._answered, WINDOW + MARGIN
        while answered and answered[0] <= now - span:
            answered.popleft()
        over = self._in_flight + len(answered) - self.per_window + 1
        if over <= 0:
            return 0.0
        return answered[over - 1] + span - now if over <= len(answered) else span

    def _window(self, chat_id: str, now: float) -> deque[float]:
        window = self._groups.setdefault(chat_id, deque())
        while window and window[0] <= now - 60.0:
            window.popleft()
        return window


def _is_group(chat_id: str) -> bool:
    """Telegram groups and channels have negative ids (or an @name); private chats and phone numbers don't."""
    return chat_id.startswith(("-", "@"))
