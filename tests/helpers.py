"""Driving the real conversation core the way a channel does, for tests that need no Telegram."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import itertools
import os
import time
from collections.abc import Callable

from sqlite_utils import Database

from coach.clock import ManualClock
from handlers.conversation import Conversation
from handlers.jobs.sweep import sweep
from handlers.jobs.sweep import Queued
from handlers.replies import Inbound, Reply

_keys = itertools.count(1)


class Chat:
    """One runner talking to the core through the terminal channel, with a clock the test moves."""

    def __init__(self, db: Database, clock: ManualClock, chat_id: str = "runner", channel: str = "terminal") -> None:
        self.db = db
        self.clock = clock
        self.chat_id = chat_id
        self.channel = channel
        self.conversation = Conversation(db, clock)

    def say(self, text: str) -> list[Reply]:
        return self.conversation.handle(Inbound(self.channel, self.chat_id, text=text, update_key=f"k{next(_keys)}"))

    def press(self, data: str) -> list[Reply]:
        return self.conversation.handle(Inbound(self.channel, self.chat_id, button=data, update_key=f"k{next(_keys)}"))

    def onboard(self, *, zone: str = "Europe/London", time: str = "08:00", units: str = "km") -> None:
        self.say("/start")
        self.press("consent:yes")
        self.press(f"units:{units}")
        self.say(zone)
        self.say(time)
        for tier in ("S1", "S2", "S3"):
            self.press(f"flag:{tier}:no")


def sweep_minutes(db: Database, clock: ManualClock, until: dt.datetime, channels=("terminal",)) -> list[tuple[dt.datetime, Queued]]:
    """Run the minute sweep at every whole minute from the clock's time up to ``until``, as the scheduler would."""
    sent: list[tuple[dt.datetime, Queued]] = []
    moment = clock().replace(second=0, microsecond=0)
    while moment <= until:
        clock.set(moment)
        sent.extend((moment, out) for out in sweep(db, moment, channels))
        moment += dt.timedelta(minutes=1)
    return sent


class TelegramRunner:
    """A person in a private chat with the bot, through the fake Bot API: types, taps, reads."""

    def __init__(self, tg, chat_id: int = 1001, first_name: str = "Runner") -> None:
        self.tg = tg
        self.chat_id = chat_id
        self.first_name = first_name

    async def _after(self, push) -> list:
        before = len(self.tg.sent(self.chat_id))
        self.tg.mark()
        update_id = await push()
        await self.tg.wait_for("sendMessage", chat_id=self.chat_id)
        settled = getattr(self.tg, "bot_settled", None)
        if settled is not None:
            await settled()
        await self.tg.quiesce(settle=0.05)
        self.last_update_id = update_id
        return [c for c in self.tg.sent(self.chat_id)[before:] if c.method == "sendMessage"]

    async def say(self, text: str) -> list:
        return await self._after(lambda: self.tg.push_text(self.chat_id, text, first_name=self.first_name))

    async def press(self, label: str) -> list:
        """Tap the button labelled ``label`` on the latest message that still shows one."""
        for call in reversed(self.tg.sent(self.chat_id)):
            message = self.tg.message(call)
            if message and message.get("reply_markup"):
                for row in self.tg.buttons(message):
                    for text, data in row:
                        if text == label:
                            return await self._after(lambda: self.tg.push_callback(self.chat_id, data, call))
        raise AssertionError(f"no visible button {label!r}:\n{self.tg.dump()}")

    async def press_data(self, data: str) -> list:
        """Press a button whose data the client made up: a forged or replayed callback."""
        for call in reversed(self.tg.sent(self.chat_id)):
            if self.tg.message(call):
                return await self._after(lambda: self.tg.push_callback(self.chat_id, data, call))
        raise AssertionError("no message to press a button on")

    def button_data(self, label: str) -> str:
        """The callback data of the newest visible button with this label, as another client could copy it."""
        for call in reversed(self.tg.sent(self.chat_id)):
            for row in self.tg.buttons(call):
                for text, data in row:
                    if text == label:
                        return data
        raise AssertionError(f"no button {label!r}")

    async def sticker(self) -> list:
        return await self._after(lambda: self.tg.push_sticker(self.chat_id))

    async def photo(self) -> list:
        return await self._after(lambda: self.tg.push_photo(self.chat_id))

    async def set_up(self, zone: str = "Europe/London", time: str = "Morning 08:00") -> list:
        """Consent, units, zone and time; returns the last replies, which end with the safety screen."""
        await self.say("/start")
        await self.press("I agree")
        await self.press("Kilometres")
        await self.say(zone)
        return await self.press(time)

    async def onboard(self, zone: str = "Europe/London", time: str = "Morning 08:00") -> None:
        await self.set_up(zone, time)
        for _ in range(3):
            await self.press("No, none")


def texts(calls) -> list[str]:
    return [c.text for c in calls if c.text is not None]


class SendRecorder:
    """A terminal transport that notes each send in ``events`` ("send r1", "file r1") and sends nothing."""

    channel = "terminal"

    def __init__(self, events: list[str]) -> None:
        self.events = events

    async def send_text(self, chat_id, text, buttons, *, table) -> None:
        self.events.append(f"send {chat_id}")

    async def send_file(self, chat_id, filename, content, *, photo) -> None:
        self.events.append(f"file {chat_id}")


def watch_wal_fsyncs(monkeypatch, said: list[str], label: Callable[[], str]) -> None:
    """Note ``label()`` in ``said`` at each fsync the process makes of a WAL file: os.fsync is the outside
    world here, watched and then called."""
    fsync = os.fsync

    def watched(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").endswith("-wal"):
            said.append(label())
        fsync(fd)

    monkeypatch.setattr(os, "fsync", watched)


class LoopLag:
    """How late a 5 ms timer on the event loop fired at worst while the block ran: how long the loop was held."""

    TICK = 0.005

    def __init__(self) -> None:
        self.worst = 0.0
        self._stop = False
        self._task: asyncio.Task | None = None

    async def __aenter__(self) -> LoopLag:
        gc.collect()  # the suite's own garbage is collected now, not while the bot is timed
        self._task = asyncio.create_task(self._tick())
        await asyncio.sleep(0)  # its first timer is running before the block starts
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._stop = True
        await self._task

    async def _tick(self) -> None:
        while not self._stop:
            started = time.monotonic()
            await asyncio.sleep(self.TICK)
            self.worst = max(self.worst, time.monotonic() - started - self.TICK)
