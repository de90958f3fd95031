"""Check-ins a second through the real Lumbar application, beside a bare PTB echo bot, through one fake Bot API.

Both bots poll the same fake Telegram server (tests/fake_telegram.py) over loopback HTTP in this
process. ``CHATS`` runners, each with 30 days of diary, send one check-in each ("pain 3, ran 5 km");
the clock runs from the first update queued to the last reply the fake accepted. Lumbar stores each
update, answers it through the conversation core (SQLite on disk, WAL, synchronous=FULL), queues one
reply and sends it from the outbox; the echo bot answers each message with its own text. Rounds
alternate Lumbar / echo; medians are quoted.

- not binding: no flood limits in the fake, Lumbar's pacer far above them;
- binding: the fake enforces Telegram's 30 a second overall; Lumbar paces itself (``send_rate`` 30), the
  echo bot uses PTB's ``AIORateLimiter`` (retrying 429s) as the PTB documentation suggests.

Run: python benchmarks/checkins.py
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PTB_TIMEDELTA", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telegram import Update  # noqa: E402
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, MessageHandler, filters  # noqa: E402

from benchmarks.table import Figure, show  # noqa: E402
from bot.app import build_application, start, stop  # noqa: E402
from bot.config import Settings  # noqa: E402
from coach.clock import ManualClock, OffsetClock  # noqa: E402
from storage import open_db, runners  # noqa: E402
from tests.fake_telegram import TOKEN, FakeTelegram, Limits  # noqa: E402

UTC = dt.timezone.utc
MORNING = dt.datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
CHATS = 400
ROUNDS = 3
BOUND_CHATS = 240


def seed(db, clock: ManualClock, chats: int) -> None:
    """Runners set up and screened, asked today's question, with 30 days of diary behind them."""
    with db.atomic():
        for n in range(chats):
            runner = runners.create_runner(db, "telegram", str(2000 + n), now=clock() - dt.timedelta(days=40),
                                           consent_wording="bench", tz="Europe/London")
            rows = [(runner.id, (MORNING.date() - dt.timedelta(days=d)).isoformat(), 2 + d % 3, 5.0 + d % 4)
                    for d in range(1, 31)]
            db.conn.executemany("insert into entries (runner_id, date, pain, distance_km) values (?, ?, ?, ?)", rows)
            db.execute("insert into redflag_answers (runner_id, tier, answer, answered_at, local_date)"
                       " values (?, 'S1', 'no', ?, ?)", [runner.id, clock().isoformat(), "2026-11-28"])
            db.execute("insert into prompts (runner_id, local_date, kind, sent_utc) values (?, ?, 'checkin', ?)",
                       [runner.id, MORNING.date().isoformat(), MORNING.isoformat()])
            runners.update_runner(db, runner.id, now=clock(), awaiting="pain", awaiting_date=MORNING.date())


async def _delivered(tg: FakeTelegram, since: int, count: int, timeout: float = 300.0) -> float:
    """Seconds until ``count`` sendMessage calls after index ``since`` were accepted (HTTP 200)."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        done = sum(1 for c in tg.calls[since:] if c.method == "sendMessage" and c.status == 200)
        if done >= count:
            return time.perf_counter() - started
        await asyncio.sleep(0.002)
    raise TimeoutError(f"only {done} of {count} replies in {timeout} s")


async def _push_all(tg: FakeTelegram, chats: int) -> None:
    for n in range(chats):
        await tg.push_text(2000 + n, "pain 3, ran 5 km")


async def lumbar_round(chats: int, limits: Limits | None) -> tuple[float, int]:
    """Check-ins a second, and how many messages the runners were sent."""
    with tempfile.TemporaryDirectory(prefix="lumbar-checkins-") as folder:
        path = Path(folder) / "bench.db"
        db = open_db(path)
        seed(db, ManualClock(MORNING), chats)
        clock = OffsetClock(MORNING)  # real time from MORNING on: a retry after a 429 comes due
        async with FakeTelegram(TOKEN) as tg:
            rate = 30.0 if limits else 100_000.0
            settings = Settings(telegram_token=TOKEN, telegram_api_base_url=tg.base_url, db_path=path,
                                send_rate=rate, chat_interval=1.0, poll_timeout=1, drain_idle=0.05)
            application = build_application(settings, db, clock)
            await application.initialize()
            await start(application)
            tg.limits = limits
            since = len(tg.calls)
            started = time.perf_counter()
            await _push_all(tg, chats)
            await _delivered(tg, since, chats)
            took = time.perf_counter() - started
            await asyncio.sleep(0.2)
            replies = sum(1 for c in tg.calls[since:] if c.method == "sendMessage" and c.status == 200)
            await stop(application)
            await application.shutdown()
        db.close()
    return chats / took, replies


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text(update.message.text)


async def echo_round(chats: int, limits: Limits | None) -> float:
    async with FakeTelegram(TOKEN) as tg:
        builder = (ApplicationBuilder().token(TOKEN).base_url(tg.base_url).base_file_url(tg.base_file_url)
                   .concurrent_updates(64).connection_pool_size(16))
        if limits:
            builder = builder.rate_limiter(AIORateLimiter(max_retries=5))
        application = builder.build()
        application.add_handler(MessageHandler(filters.TEXT, _echo))
        await application.initialize()
        await application.updater.start_polling(timeout=1, poll_interval=0)
        await application.start()
        tg.limits = limits
        since = len(tg.calls)
        started = time.perf_counter()
        await _push_all(tg, chats)
        await _delivered(tg, since, chats)
        took = time.perf_counter() - started
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
    return chats / took


def run() -> tuple[list[Figure], list[str]]:
    free_lumbar, free_echo, bound_lumbar, bound_echo, replies = [], [], [], [], []
    for _ in range(ROUNDS):
        rate, sent = asyncio.run(lumbar_round(CHATS, None))
        free_lumbar.append(rate)
        replies.append(sent / CHATS)
        free_echo.append(asyncio.run(echo_round(CHATS, None)))
    for _ in range(ROUNDS):
        bound_lumbar.append(asyncio.run(lumbar_round(BOUND_CHATS, Limits()))[0])
        bound_echo.append(asyncio.run(echo_round(BOUND_CHATS, Limits())))
    med = statistics.median
    free_ratio = med([a / b for a, b in zip(free_lumbar, free_echo)])
    bound_ratio = med([a / b for a, b in zip(bound_lumbar, bound_echo)])
    figures = [
        Figure("check-ins/s, send rate not binding", med(free_lumbar), "PTB echo bot", med(free_echo),
               ">= 0.8x", free_ratio >= 0.8, paired=free_ratio),
        Figure("check-ins/s, 30 msg/s binding", med(bound_lumbar), "PTB echo bot + AIORateLimiter", med(bound_echo),
               ">= 0.95x", bound_ratio >= 0.95, paired=bound_ratio),
        Figure("messages sent per check-in", med(replies), "", None, "1", med(replies) == 1),
    ]
    notes = [f"check-ins: {CHATS} runners (not binding), {BOUND_CHATS} (binding), {ROUNDS} rounds each; "
             f"ratios are medians of per-round ratios ({free_ratio:.2f}x, {bound_ratio:.2f}x)"]
    return figures, notes


if __name__ == "__main__":
    show(run)
