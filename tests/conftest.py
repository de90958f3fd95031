from __future__ import annotations

import asyncio
import datetime as dt
import os

# PTB reads its own deprecated RetryAfter.retry_after unless told to use timedeltas; with warnings
# as errors that would turn every 429 into a warning instead of RetryAfter.
os.environ.setdefault("PTB_TIMEDELTA", "1")

import pytest  # noqa: E402

from bot.app import build_application, start, stop  # noqa: E402
from bot.config import Settings  # noqa: E402
from coach.clock import ManualClock  # noqa: E402
from storage import open_db  # noqa: E402
from tests.fake_telegram import TOKEN, FakeTelegram  # noqa: E402

UTC = dt.timezone.utc


class SweepThenDrain:
    """The minute sweep job, run by a test at the manual clock's time, and then the outbox it filled."""

    def __init__(self, application) -> None:
        [self.job] = application.job_queue.get_jobs_by_name("sweep")

    @property
    def enabled(self) -> bool:
        return self.job.enabled

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self.job.enabled = value

    async def run(self, application) -> None:
        await self.job.run(application)
        await drained(application)


def sweep_job(application) -> SweepThenDrain:
    return SweepThenDrain(application)


async def drained(application, timeout: float = 10.0) -> None:
    """Wait until nothing in the outbox is due now or being sent."""
    from storage import outbox

    conversation = application.bot_data["conversation"]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    application.bot_data["drainer"].wake()
    while loop.time() < deadline:
        due = outbox.due(conversation.db, conversation.clock(), ("telegram",), limit=1)
        busy = conversation.db.table("outbox").count_where("status = 'sending'")
        if not due and not busy:
            return
        await asyncio.sleep(0.02)


@pytest.fixture
def db():
    database = open_db(None)
    yield database
    database.close()


@pytest.fixture
def clock():
    return ManualClock(dt.datetime(2026, 11, 24, 6, 0, tzinfo=UTC))


@pytest.fixture
async def tg():
    server = FakeTelegram(TOKEN)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "lumbar.db"


@pytest.fixture
async def bot(tg, db_path, clock):
    """The real Lumbar Application polling the fake Bot API through its inbox, with its outbox drainer running.

    Messages to one chat are not spaced a second apart and a test typing fast is not a flood here (tests
    of pacing and flooding set their own); the minute sweep is run by the tests at the manual clock's time.
    """
    settings = Settings(telegram_token=TOKEN, telegram_api_base_url=tg.base_url, db_path=db_path,
                        chat_interval=0.0, flood_limit=10_000, group_answers_per_minute=1000,
                        poll_timeout=1, drain_idle=0.05)
    application = build_application(settings, open_db(db_path), clock)
    await application.initialize()
    await start(application)
    sweep_job(application).enabled = False
    tg.bot_settled = lambda: drained(application)
    yield application
    tg.bot_settled = None
    await stop(application)
    await application.shutdown()
