"""The real JobQueue fires the minute sweep on its own; time is moved with time-machine, not slept."""

from __future__ import annotations

import asyncio
import datetime as dt

import time_machine

from bot.app import build_application, start, stop, utc_now
from bot.config import Settings
from storage import open_db
from tests.conftest import drained
from tests.fake_telegram import TOKEN
from tests.helpers import TelegramRunner

UTC = dt.timezone.utc


async def test_the_scheduler_asks_at_8am_without_being_called(tg, tmp_path):
    with time_machine.travel(dt.datetime(2026, 11, 24, 7, 59, 29, tzinfo=UTC), tick=False) as traveller:
        settings = Settings(telegram_token=TOKEN, telegram_api_base_url=tg.base_url, db_path=tmp_path / "l.db",
                            chat_interval=0.0, poll_timeout=1, drain_idle=0.05)
        application = build_application(settings, open_db(settings.db_path), utc_now)
        await application.initialize()
        await start(application)
        tg.bot_settled = lambda: drained(application)
        try:
            [job] = application.job_queue.get_jobs_by_name("sweep")
            assert job.next_t == dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
            person = TelegramRunner(tg)
            await person.onboard(zone="Europe/London", time="Morning 08:00")
            before = len(tg.sent(person.chat_id))

            traveller.shift(31.2)
            application.job_queue.scheduler.wakeup()
            [question] = await tg.wait_for("sendMessage", chat_id=person.chat_id)
            assert question.params["text"] == "How's your lower back this morning, 0-10?"

            traveller.shift(60)
            application.job_queue.scheduler.wakeup()
            await asyncio.sleep(0.2)
            await tg.quiesce(settle=0.05)
            assert len(tg.sent(person.chat_id)) == before + 1
            assert job.next_t == dt.datetime(2026, 11, 24, 8, 2, tzinfo=UTC)
        finally:
            job.schedule_removal()
            await stop(application)
            await application.shutdown()
