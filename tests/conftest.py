from __future__ import annotations

import datetime as dt
import os

# PTB reads its own deprecated RetryAfter.retry_after unless told to use timedeltas; with warnings
# as errors that would turn every 429 into a warning instead of RetryAfter.
os.environ.setdefault("PTB_TIMEDELTA", "1")

import pytest  # noqa: E402

from bot.app import build_application  # noqa: E402
from bot.config import Settings  # noqa: E402
from coach.clock import ManualClock  # noqa: E402
from storage import open_db  # noqa: E402
from tests.fake_telegram import TOKEN, FakeTelegram  # noqa: E402

UTC = dt.timezone.utc


def sweep_job(application):
    [job] = application.job_queue.get_jobs_by_name("sweep")
    return job


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
    """The real Lumbar Application polling the fake Bot API; torn down before the server (tech-notes G5)."""
    settings = Settings(telegram_token=TOKEN, telegram_api_base_url=tg.base_url, db_path=db_path)
    application = build_application(settings, open_db(db_path), clock)
    await application.initialize()
    await application.post_init(application)
    await application.updater.start_polling(poll_interval=0.0, timeout=1)
    await application.start()
    for name in ("sweep", "outbox"):  # tests run these themselves, at the manual clock's time
        [job] = application.job_queue.get_jobs_by_name(name)
        job.enabled = False
    yield application
    await application.updater.stop()
    await application.stop()
    await application.shutdown()
