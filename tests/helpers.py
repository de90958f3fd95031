"""Driving the real conversation core the way a channel does, for tests that need no Telegram."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlite_utils import Database

from coach.clock import ManualClock
from handlers.conversation import Conversation
from handlers.daily import sweep
from handlers.replies import Inbound, Outgoing, Reply

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


def sweep_minutes(db: Database, clock: ManualClock, until: dt.datetime, channels=("terminal",)) -> list[tuple[dt.datetime, Outgoing]]:
    """Run the minute sweep at every whole minute from the clock's time up to ``until``, as the scheduler would."""
    sent: list[tuple[dt.datetime, Outgoing]] = []
    moment = clock().replace(second=0, microsecond=0)
    while moment <= until:
        clock.set(moment)
        sent.extend((moment, out) for out in sweep(db, moment, channels))
        moment += dt.timedelta(minutes=1)
    return sent
