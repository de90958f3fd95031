"""``lumbar demo``: a sample runner keeps the diary for three weeks, through the real conversation.

Every line printed is what the runner would have seen; the entries land in the database, so
``lumbar chat`` and the exports can be tried on them afterwards.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections.abc import Callable
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from coach.clock import ManualClock
from coach.zones import tzinfo_for
from handlers.conversation import Conversation
from handlers.channels.terminal import TerminalChat
from storage import erase, runners

CHANNEL = "terminal"
CHAT_ID = "demo-runner"
ZONE = "Europe/London"


def run_demo(db: Database, *, days: int = 21, today: dt.date | None = None, seed: int = 7,
             write: Callable[[str], None] = print) -> int:
    """Replay ``days`` days of check-ins ending yesterday; returns the sample runner's id."""
    return asyncio.run(_replay(db, days=days, today=today, seed=seed, write=write))


async def _replay(db: Database, *, days: int, today: dt.date | None, seed: int, write: Callable[[str], None]) -> int:
    rng = random.Random(seed)
    today = today or dt.datetime.now(ZoneInfo(ZONE)).date()
    first_day = today - dt.timedelta(days=days)
    clock = ManualClock(dt.datetime.combine(first_day - dt.timedelta(days=1), dt.time(18, 0), tzinfo=ZoneInfo(ZONE)))
    existing = runners.find_runner(db, CHANNEL, CHAT_ID)
    if existing is not None:
        erase.erase_runner(db, existing)
    chat = TerminalChat(Conversation(db, clock), chat_id=CHAT_ID, write=write)

    async def you(line: str) -> None:
        write(f"you>    {line}")
        await chat.say(line)

    write(f"--- {clock().astimezone(ZoneInfo(ZONE)):%a %d %b, %H:%M}: setting up")
    for line in ("/start", "I agree", "Kilometres", "London", "Morning 08:00", "No, none", "No, none", "No, none"):
        await you(line)
    for offset in range(days):
        day = first_day + dt.timedelta(days=offset)
        clock.set(dt.datetime.combine(day, dt.time(8, 0), tzinfo=tzinfo_for(ZONE)))
        write(f"--- {day:%a %d %b}, 08:00")
        await chat.tick()
        pain, km = _sample_day(rng, offset)
        if offset % 5 == 4:
            await you(f"{pain} {km:g}km" if km else f"{pain} rest")
        else:
            await you(str(pain))
            await you("Rest day" if km == 0 else f"{km:g} km" if f"{km:g} km".lower() in chat.buttons else f"{km:g}")
    await you("/history")
    return runners.find_runner(db, CHANNEL, CHAT_ID).id


def _sample_day(rng: random.Random, offset: int) -> tuple[int, float]:
    """A plausible runner: easy weeks, a long run on Sundays, a sore patch in week two."""
    km = 0.0 if offset % 7 in (1, 4) else rng.choice([5, 6, 8, 10])
    if offset % 7 == 6:
        km = 15.0
    pain = max(0, min(10, round(rng.gauss(2.5 if 7 <= offset < 12 else 1.5, 0.8) + (1 if 7 <= offset < 12 else 0))))
    return pain, float(km)
