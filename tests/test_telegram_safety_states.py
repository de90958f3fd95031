"""Every red flag in the corpus, typed in every state a runner can be in, through the real Application.

One chat per phrase and state, all pushed at once: each chat must get the safety answer its category
calls for, whatever else the runner was doing. With about 4,400 phrases in 12 states (53,000 chats) it
took 5-8 minutes on a 2-core machine, most of it the bot's own commits; with about 8,000 (96,600 chats), 11.5
minutes on 2026-12-03, while other work shared the machine.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import pytest

from bot.app import build_application, start, stop
from bot.config import Settings
from coach import texts
from coach.models import Unit
from coach.symptoms import Urgency
from storage import open_db
from storage import redflags as answers
from storage import runners
from tests.fake_telegram import TOKEN
from tests.symptom_corpus import expected_urgency, red_flags

ANSWERED_WITHIN = 1200
"""Seconds for every chat to be answered, a guard against a hang rather than a speed test: 600 was too few for
53,000 chats on a slow 2-core machine while the fake Bot API still sorted its queue on every update."""
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone.utc)
TODAY = dt.date(2026, 11, 24)
SIGNED_UP = dict(units=Unit.KM, tz="Europe/London", checkin_time=dt.time(8, 0))


def _screened_today(db, runner_id: int) -> None:
    for tier in ("S1", "S2", "S3"):
        answers.record_answer(db, runner_id, tier, "no", "onboarding", now=NOW, local_date=TODAY)


STATES: dict[str, dict | None] = {
    "not signed up": None,
    "choosing units": dict(onboarding_step="units"),
    "choosing a zone": dict(onboarding_step="tz"),
    "choosing a time": dict(SIGNED_UP, onboarding_step="time"),
    "typing a setting": dict(SIGNED_UP, awaiting="quiet"),
    "asked for the distance": dict(SIGNED_UP, awaiting="distance", awaiting_date=TODAY - dt.timedelta(days=1)),
    "in the middle of the checklist": dict(SIGNED_UP, screen_step="S2", screen_asked_on=TODAY),
    "screened already today": dict(SIGNED_UP, screen_asked_on=TODAY),
    "paused": dict(SIGNED_UP, paused_until=TODAY + dt.timedelta(days=30)),
    "stopped": dict(SIGNED_UP, active=False),
    "tips muted": dict(SIGNED_UP, nudges_muted_until=TODAY + dt.timedelta(days=7)),
    "emergency hold": dict(SIGNED_UP, safety_hold_since=NOW - dt.timedelta(days=1)),
}


def answered_urgency(text: str) -> Urgency | None:
    """Which safety answer a message is, read the way a runner would."""
    if "Please get emergency help now" in text:
        return Urgency.EMERGENCY
    if "Please contact a doctor today" in text:
        return Urgency.URGENT
    if "worth a check" in text:
        return Urgency.ROUTINE
    if "To be safe, a quick check." in text or "Get emergency help at once" in text:
        return Urgency.CHECK
    return None


@pytest.fixture
async def fast_bot(tg, tmp_path):
    """The real Application, with the send rate raised so thousands of answers do not queue behind 30 a second."""
    db = open_db(tmp_path / "lumbar.db")
    settings = Settings(telegram_token=TOKEN, telegram_api_base_url=tg.base_url, db_path=tmp_path / "lumbar.db",
                        send_rate=1000, chat_interval=0.0, poll_timeout=1, drain_idle=0.05)
    application = build_application(settings, db, lambda: NOW)
    await application.initialize()
    await start(application)
    for job in application.job_queue.jobs():
        job.enabled = False
    yield application, db
    await stop(application)
    await application.shutdown()


async def test_every_red_flag_gets_its_safety_answer_in_every_state(tg, fast_bot):
    application, db = fast_bot
    corpus = red_flags()
    cases: dict[int, tuple[str, str, str]] = {}
    chat_id = 50_000
    with db.atomic():
        for state, fields in STATES.items():
            for category, phrase in corpus:
                chat_id += 1
                if fields is not None:
                    runner = runners.create_runner(db, "telegram", str(chat_id), now=NOW,
                                                   consent_wording=texts.CONSENT_WORDING, **fields)
                    if state == "screened already today":
                        _screened_today(db, runner.id)
                cases[chat_id] = (state, category, phrase)
    for chat_id, (_, _, phrase) in cases.items():
        await tg.push_text(chat_id, phrase)

    deadline = time.monotonic() + ANSWERED_WITHIN
    while time.monotonic() < deadline and not tg.chats_reached >= cases.keys():
        await asyncio.sleep(0.2)
    await tg.quiesce(settle=0.3, timeout=120)

    answers: dict[int, list[str]] = {}
    for call in tg.delivered():
        answers.setdefault(int(call.chat_id), []).append(call.text or "")
    failures = []
    for chat_id, (state, category, phrase) in cases.items():
        got = [u for u in map(answered_urgency, answers.get(chat_id, [])) if u is not None]
        if not got or max(got) < expected_urgency(category):
            failures.append(f"{state}: {category}: {phrase!r} -> {answers.get(chat_id, ['no reply'])[0][:80]!r}")
    print(f"\n{len(cases)} messages in {len(STATES)} states; {len(failures)} without their safety answer")
    assert failures == []
