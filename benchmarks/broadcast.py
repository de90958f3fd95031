"""A 2,000-message broadcast through a fake Bot API that enforces Telegram's real 30 a second.

Lumbar's own pipeline sends it: 2,000 outbox rows (one per member), the outbox drainer running as the
bot runs it, the Telegram
transport on a plain PTB ``Bot`` and the pacer at ``send_rate`` 30 (a smooth bucket a little under the
cap). The rate is the accepted sends over the time from the first to the last; the reference is the cap.

Run: python benchmarks/broadcast.py   (about 70 s: it runs at the real rate)
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("PTB_TIMEDELTA", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telegram import Bot  # noqa: E402
from telegram.request import HTTPXRequest  # noqa: E402

from benchmarks.table import Figure, show  # noqa: E402
from coach.clock import ManualClock  # noqa: E402
from handlers.channels.telegram import TelegramTransport  # noqa: E402
from handlers.jobs.outbox import Drainer  # noqa: E402
from handlers.jobs.pacing import Pacer  # noqa: E402
from storage import open_db, outbox  # noqa: E402
from tests.fake_telegram import TOKEN, FakeTelegram, Limits  # noqa: E402

MEMBERS = 2000
CAP = 30.0


async def broadcast(members: int = MEMBERS) -> tuple[float, int, int]:
    """Sends a second, 429 answers, messages delivered."""
    clock = ManualClock(dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.timezone.utc))
    with tempfile.TemporaryDirectory(prefix="lumbar-broadcast-") as folder:
        db = open_db(Path(folder) / "b.db")
        outbox.enqueue(db, [{"channel": "telegram", "chat_id": str(300_000 + n), "kind": "broadcast", "priority": 2,
                             "text": "Club AGM on Thursday, 19:00", "idem_key": f"b:{n}"} for n in range(members)],
                       now=clock())
        async with FakeTelegram(TOKEN, limits=Limits()) as tg:
            request = HTTPXRequest(connection_pool_size=16)
            async with Bot(TOKEN, base_url=tg.base_url, request=request) as bot:
                drainer = Drainer(db, {"telegram": TelegramTransport(bot)}, clock,
                                  pacers={"telegram": Pacer(CAP)}, idle=1.0)
                running = asyncio.create_task(drainer.run())
                deadline = asyncio.get_running_loop().time() + members / CAP * 2 + 30
                while drainer.sent < members and asyncio.get_running_loop().time() < deadline:
                    await asyncio.sleep(0.1)
                drainer.stop()
                await running
            accepted = [c.t for c in tg.calls if c.method == "sendMessage" and c.status == 200]
            rate = (len(accepted) - 1) / (accepted[-1] - accepted[0])
            return rate, tg.flood_429s, len(accepted)


def run() -> tuple[list[Figure], list[str]]:
    rate, refused, delivered = asyncio.run(broadcast())
    figures = [
        Figure("broadcast send rate (msg/s)", rate, "Telegram's cap", CAP, ">= 0.95x, no 429",
               rate / CAP >= 0.95 and refused == 0),
        Figure("broadcast 429 answers", refused, "", None, "0", refused == 0),
    ]
    return figures, [f"broadcast: {delivered:,} of {MEMBERS:,} delivered, {refused} answered 429"]


if __name__ == "__main__":
    show(run)
