"""The fault scenarios, each returning one row of the table; sizes are arguments so that ``make faults``
runs the full counts and ``make test`` a reduced version of the same code.

A scenario talks to the outside world through a ``Channel``: the fake service, how a person sends a
message, what reached each person, and the environment that points ``lumbar`` at the fake: Telegram (the
fake Bot API and ``lumbar run``) or SMS (the fake Twilio and ``lumbar serve``, texts in as signed webhooks).
A scenario names people by small numbers; a channel turns them into its own addresses (a chat id, a phone
number) and back, so the same tally serves both.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import random
import signal
import sqlite3
import statistics
import sys
import time
import socket
import zoneinfo
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import httpx

from handlers.club_delivery import fan_out
from handlers.jobs.outbox import MAX_BACKOFF
from handlers.jobs.sweep import sweep
from handlers.scheduling import schedule
from storage import broadcasts, clubs, open_db, runners
from tests.fake_telegram import TOKEN, FakeTelegram, Limits, api_error
from tests.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, FakeTwilio, twilio_error

REPO = Path(__file__).resolve().parents[2]
UTC = dt.timezone.utc
NO_QUIET = {"quiet_start": dt.time(0, 0), "quiet_end": dt.time(0, 0)}
READ_TIMEOUT = 10  # bot/app.py: .read_timeout(10)
SMS_TIMEOUT = 15  # handlers/channels/sms.py: SmsTransport(timeout=15.0)
PUBLIC_URL = "https://lumbar.example.org"
BROADCAST = "Club AGM moved to Thursday 19:30, upstairs at the Crown."


@dataclass
class Row:
    scenario: str
    runs: int = 0
    kills: int = 0
    messages: int = 0
    lost: int = 0
    duplicated: int = 0
    integrity: str = "-"
    notes: str = ""
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.lost == 0 and self.duplicated == 0 and not self.failures and "FAILED" not in self.integrity


# ------------------------------------------------------------------ the outside world


class TelegramChannel:
    """The fake Bot API, and people writing to the bot through it."""

    name = "telegram"
    command = "run"
    sends_are_requests = False  # a message is queued in the fake at once; the bot fetches it later

    def __init__(self) -> None:
        self.fake = FakeTelegram(TOKEN)

    @staticmethod
    def chat_id(chat: int) -> str:
        return str(chat)

    def ready_marker(self) -> int:
        return self.polls()

    async def ready(self, bot: Bot, marker: int, timeout: float) -> None:
        await bot.until(lambda: self.polls() > marker, timeout, "the first poll")

    async def after_restart(self) -> None:
        """Telegram keeps undelivered updates itself: nothing to redo."""

    async def refuse(self) -> None:
        await self.stop()

    async def accept(self) -> None:
        await self.start()

    def failed_sends(self) -> int:
        return sum(1 for c in self.fake.calls if c.method == "sendMessage" and c.status != 200)

    async def start(self) -> None:
        await self.fake.start(port=self.fake.port)

    async def stop(self) -> None:
        await self.fake.stop()

    def env(self) -> dict[str, str]:
        return {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": self.fake.base_url}

    async def send(self, chat_id: int, text: str) -> int:
        return await self.fake.push_text(chat_id, text)

    async def send_in_group(self, group: int, user_id: int, text: str) -> int:
        command = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        entities = command if text.startswith("/") else []
        return await self.fake.push_update({"message": {
            "message_id": 1, "date": int(time.time()), "text": text, "entities": entities,
            "chat": {"id": group, "type": "supergroup", "title": "Club chat"},
            "from": {"id": user_id, "is_bot": False, "first_name": "Someone"},
        }})

    async def redeliver(self, key: int) -> None:
        await self.fake.redeliver(key)

    def received(self) -> list[tuple[str, str, float]]:
        """(chat, text, when) of every message that reached a person."""
        return [(str(c.chat_id), c.text or "", c.t) for c in self.fake.delivered() if c.method == "sendMessage"]

    def polls(self) -> int:
        return sum(1 for c in self.fake.calls if c.method == "getUpdates")

    def fail_sends(self, how: str | None) -> None:
        """``"500"`` or ``"timeout"`` for every message sent from now on; None: accept them again."""
        self.fake.hooks.clear()
        if how == "500":
            def fail(call):
                return api_error(500, "Internal Server Error")
            self.fake.hooks["sendMessage"] = self.fake.hooks["sendPhoto"] = fail
        elif how == "timeout":
            async def hang(call):
                await asyncio.sleep(READ_TIMEOUT + 3)
                return api_error(500, "Internal Server Error")
            self.fake.hooks["sendMessage"] = self.fake.hooks["sendPhoto"] = hang


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmsChannel:
    """The fake Twilio, and people texting ``lumbar serve`` through it: each text a webhook signed as Twilio
    signs it, posted to the real process. A webhook that got no 200 (the process was killed while it was
    being posted) is posted again with the same MessageSid after the restart, as Twilio retries it."""

    name = "sms"
    command = "serve"
    sends_are_requests = True  # each text is an HTTP request to lumbar serve: a kill can land in the middle

    def __init__(self) -> None:
        self.fake = FakeTwilio()
        self.port = free_port()
        self.fake.tunnel(PUBLIC_URL, f"http://127.0.0.1:{self.port}")
        self.posted: dict[str, tuple[str, str]] = {}  # MessageSid -> (number, text)
        self.unanswered: list[str] = []  # MessageSids whose webhook got no 200, in order
        self.webhooks = 0
        self.retried = 0
        self._sids = 0
        self._started = False

    @staticmethod
    def chat_id(chat: int) -> str:
        return f"+1555{chat:07d}"

    @staticmethod
    def chat_of(number: str) -> str:
        return str(int(number[5:])) if number.startswith("+1555") else number

    async def start(self) -> None:
        if not self._started:
            await self.fake.start()
            self._started = True
        else:
            await self.fake.accept()

    async def stop(self) -> None:
        if self._started:
            await self.fake.stop()
            self._started = False

    async def refuse(self) -> None:
        await self.fake.refuse()

    async def accept(self) -> None:
        await self.fake.accept()

    def env(self) -> dict[str, str]:
        # the fake has no sending limit; a long-code number's 1 text a second would make a broadcast of
        # hundreds take minutes, so this is a short code's pace
        return {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_FROM_NUMBER": FROM_NUMBER,
                "TWILIO_API_BASE_URL": self.fake.base_url, "LUMBAR_PUBLIC_URL": PUBLIC_URL,
                "LUMBAR_HTTP_PORT": str(self.port), "LUMBAR_SMS_RATE": "100"}

    def ready_marker(self) -> int:
        return 0

    async def ready(self, bot: Bot, marker: int, timeout: float) -> None:
        """Listening: uvicorn binds the port only after the app's startup (the inbox replayed) is done."""
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(timeout=2) as http:
            while True:
                try:
                    await http.get(f"http://127.0.0.1:{self.port}/healthz")
                    return
                except httpx.TransportError:
                    if bot.proc is not None and bot.proc.returncode is not None:
                        raise AssertionError(f"lumbar serve exited ({bot.proc.returncode}):\n{bot.tail()}") from None
                    if time.monotonic() > deadline:
                        raise AssertionError(f"serve not listening after {timeout:.0f} s:\n{bot.tail()}") from None
                    await asyncio.sleep(0.05)

    async def _post(self, sid: str) -> bool:
        number, text = self.posted[sid]
        self.webhooks += 1
        try:
            result = await self.fake.post_inbound(PUBLIC_URL + "/sms", number, text, message_sid=sid)
        except (aiohttp.ClientError, OSError):
            return False
        return result.status == 200

    async def send(self, chat: int, text: str) -> str:
        self._sids += 1
        sid = f"SM{0xF0000000 + self._sids:032x}"
        self.posted[sid] = (self.chat_id(chat), text)
        if not await self._post(sid):
            self.unanswered.append(sid)
        return sid

    async def redeliver(self, key: str) -> None:
        """The same webhook again, as Twilio may post it; a failed copy is retried like any other."""
        if not await self._post(key) and key not in self.unanswered:
            self.unanswered.append(key)

    async def after_restart(self) -> None:
        """Twilio's retries: every webhook that got no 200 again, same MessageSid, until it gets one."""
        pending, self.unanswered = self.unanswered, []
        for sid in pending:
            self.retried += 1
            if not await self._post(sid):
                self.unanswered.append(sid)

    def received(self) -> list[tuple[str, str, float]]:
        return [(self.chat_of(c.to or ""), c.body or "", c.t) for c in self.fake.sent()]

    def failed_sends(self) -> int:
        return sum(1 for c in self.fake.calls if c.method == "POST" and c.status != 201)

    def fail_sends(self, how: str | None) -> None:
        """``"500"`` or ``"timeout"`` for every text sent from now on; None: accept them again."""
        if how == "500":
            def fail(call):
                return twilio_error(20500, 500)
            self.fake.hook = fail
        elif how == "timeout":
            async def hang(call):
                await asyncio.sleep(SMS_TIMEOUT + 3)
                return twilio_error(20500, 500)
            self.fake.hook = hang
        else:
            self.fake.hook = None


CHANNELS = {"telegram": TelegramChannel, "sms": SmsChannel}


class Bot:
    """One ``lumbar run`` (Telegram) or ``lumbar serve`` (SMS) process of this worktree's code; its output
    in ``logs``."""

    def __init__(self, channel, db_path: Path, logs: Path, **settings: str) -> None:
        self.channel, self.db_path, self.logs, self.settings = channel, db_path, logs, settings
        self.proc: asyncio.subprocess.Process | None = None
        self.starts = 0

    async def start(self, *, ready: bool = True, timeout: float = 30) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LUMBAR_", "TELEGRAM_", "TWILIO_"))}
        env.update(self.channel.env(), LUMBAR_DB=str(self.db_path), **self.settings,
                   PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
        self.starts += 1
        marker = self.channel.ready_marker()
        with (self.logs / f"{self.channel.command}{self.starts}.log").open("wb") as out:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-c", "from bot.cli import main; main()", self.channel.command,
                cwd=self.db_path.parent, env=env, stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out)
        if ready:
            await self.channel.ready(self, marker, timeout)

    async def until(self, done, timeout: float, what: str) -> float:
        began = time.monotonic()
        while not done():
            if self.proc is not None and self.proc.returncode is not None:
                raise AssertionError(f"lumbar exited ({self.proc.returncode}) while waiting for {what}:\n{self.tail()}")
            if time.monotonic() - began > timeout:
                raise AssertionError(f"no {what} after {timeout:.0f} s:\n{self.tail()}")
            await asyncio.sleep(0.05)
        return time.monotonic() - began

    def tail(self, lines: int = 15) -> str:
        path = self.logs / f"{self.channel.command}{self.starts}.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    async def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        await self.proc.wait()

    async def stop(self, timeout: float = 20) -> int:
        if self.proc is None:
            return 0
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return await asyncio.wait_for(self.proc.wait(), timeout)
            except TimeoutError:
                self.proc.kill()
        return await self.proc.wait()


# ------------------------------------------------------------------ the database before and after


def integrity(db_path: Path) -> str:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("pragma integrity_check").fetchone()[0]


def in_flight(db_path: Path, channel=None) -> set[tuple[str, str]]:
    """(chat, text) of the messages being sent when the process died: the one duplicate the outbox allows."""
    of = getattr(channel, "chat_of", str)
    with sqlite3.connect(db_path) as conn:
        return {(of(chat), text) for chat, text in
                conn.execute("select chat_id, coalesce(text, '') from outbox where status = 'sending'")}


def make_runner(db, chat_id: int, now: dt.datetime, channel=TelegramChannel, **fields) -> runners.Runner:
    """An onboarded runner with no quiet hours and nothing scheduled: only what the scenario sends happens."""
    return runners.create_runner(db, channel.name, channel.chat_id(chat_id), now=now, consent_wording="test",
                                 onboarding_step=None, tz="UTC", **{**NO_QUIET, **fields})


def prepare(db_path: Path, *, runner_chats: list[int], members: int, now: dt.datetime,
            channel=TelegramChannel) -> None:
    """The check-in runners, and a club whose broadcast to ``members`` is queued, all on ``channel``."""
    db = open_db(db_path)
    try:
        with db.atomic():
            for chat in runner_chats:
                make_runner(db, chat, now, channel)
            if members:
                owner = make_runner(db, 99_999, now, channel)
                club = clubs.create_club(db, "Fault Club", owner.id, "UTC", now=now)
                for n in range(members):
                    clubs.add_member(db, club.id, make_runner(db, 100_000 + n, now, channel).id, "member", now=now)
        if members:
            assert fan_out(db, broadcasts.draft(db, club.id, owner.id, BROADCAST, now=now), now=now) == members
    finally:
        db.close()


@dataclass(frozen=True)
class CheckIn:
    chat: int
    day: dt.date
    pain: int
    km: int

    @property
    def text(self) -> str:
        return f"{self.day.isoformat()} {self.pain} {self.km}km"

    @property
    def confirmation(self) -> str:
        return f"Saved {self.day:%a} {self.day.day} {self.day:%b}: pain {self.pain}, ran {self.km:.1f} km."


def check_ins(chats: list[int], count: int, today: dt.date, seed: int) -> list[CheckIn]:
    """``count`` check-ins, round robin over ``chats`` (so a burst of up to ``len(chats)`` has one each),
    each for a day of its own two to thirteen days back."""
    rng = random.Random(seed)
    days = [today - dt.timedelta(days=n) for n in range(2, 14)]
    assert count <= len(chats) * len(days), "more check-ins than days to log"
    return [CheckIn(chats[n % len(chats)], days[n // len(chats)], rng.randint(0, 9), rng.randint(3, 25))
            for n in range(count)]


def tally(row: Row, channel, db_path: Path, sent: list[CheckIn], members: int, excused: set[tuple[str, str]]) -> None:
    """Lost: a check-in not stored as sent, or never confirmed; a member without the broadcast; no report
    (a report with the wrong count is a failure of its own).
    Duplicated: a confirmation, copy or report received twice that was not in flight at a kill (two equal
    answers to two messages, like the same help text to two commands, are not duplicates)."""
    got = Counter((chat, text) for chat, text, _ in channel.received())
    of = getattr(channel, "chat_of", str)
    with sqlite3.connect(db_path) as conn:
        stored = {(of(chat), day): (pain, km) for chat, day, pain, km in conn.execute(
            "select r.chat_id, e.date, e.pain, e.distance_km from entries e join runners r on r.id = e.runner_id")}
    lost = [c for c in sent if stored.get((str(c.chat), c.day.isoformat())) != (c.pain, float(c.km))
            or got[(str(c.chat), c.confirmation)] == 0]
    missing = [n for n in range(members) if got[(str(100_000 + n), BROADCAST)] == 0]
    reports = [text for (chat, text), n in got.items() if chat == "99999" and text.startswith("Your message to")]
    expected = f"Your message to Fault Club: delivered to {members} of {members}."
    row.messages += len(sent) + (members + 1 if members else 0)
    row.lost += len(lost) + len(missing) + (1 if members and not reports else 0)
    expected_keys = {(str(c.chat), c.confirmation) for c in sent}
    expected_keys |= {(str(100_000 + n), BROADCAST) for n in range(members)}
    expected_keys |= {("99999", text) for text in reports}
    twice = [(key, n) for key, n in got.items() if n > 1 and key in expected_keys]
    row.duplicated += sum(n - 1 for key, n in twice if key not in excused)
    allowed = sum(n - 1 for key, n in twice if key in excused)
    if allowed:
        row.notes = (row.notes + "; " if row.notes else "") + f"{allowed} resent after being in flight at a kill"
    if lost or missing:
        row.failures.append(f"lost check-ins {[c.text for c in lost[:5]]}, members without the broadcast {missing[:5]}")
    if members and reports != [expected]:
        said = " / ".join(" ".join(r.split()) for r in reports) or "no report"
        row.failures.append(f"the delivery report said: {said}")
        row.notes = (row.notes + "; " if row.notes else "") + f"report: {said}"


def retried(row: Row, channel) -> None:
    """SMS: how many webhooks a kill left without their 200 (re-posted after the restart), and any still
    unanswered at the end, which is a loss: Twilio would have given up on them."""
    if not isinstance(channel, SmsChannel):
        return
    row.notes = (row.notes + "; " if row.notes else "") + f"{channel.retried} webhooks re-posted after a kill"
    if channel.unanswered:
        row.lost += len(channel.unanswered)
        row.failures.append(f"{len(channel.unanswered)} webhooks never answered 200")


# ------------------------------------------------------------------ the scenarios


async def kills(workdir: Path, *, channel_name: str = "telegram", kills: int = 20, chats: int = 50, burst: int = 20,
                members: int = 1000, window: float = 0.3, seed: int = 1, finish: float = 180) -> Row:
    """SIGKILL within ``window`` seconds of each burst of ``burst`` check-ins, ``kills`` times, while a broadcast
    to ``members`` runs; PRAGMA integrity_check after each kill; then one run to the end."""
    row = Row(f"{kills} SIGKILLs, {chats} runners checking in, {members}-member broadcast ({channel_name})")
    rng = random.Random(seed)
    channel = CHANNELS[channel_name]()
    await channel.start()
    db_path = workdir / "kills.db"
    now = dt.datetime.now(UTC)
    chat_ids = [2000 + n for n in range(chats)]
    prepare(db_path, runner_chats=chat_ids, members=members, now=now, channel=channel)
    plan = check_ins(chat_ids, kills * burst, now.date(), seed)
    bot = Bot(channel, db_path, workdir)
    excused: set[tuple[str, str]] = set()
    checks: list[str] = []
    try:
        for cycle in range(kills):
            await bot.start()
            await channel.after_restart()

            async def sending(items=plan[cycle * burst:(cycle + 1) * burst]):
                for item in items:
                    await channel.send(item.chat, item.text)

            burst_task = asyncio.create_task(sending())
            if not channel.sends_are_requests:
                await burst_task
            # SMS: the kill races the webhooks still being posted, which then get no 200
            await asyncio.sleep(rng.uniform(0, window))
            await bot.kill()
            await burst_task
            row.kills += 1
            excused |= in_flight(db_path, channel)
            checks.append(integrity(db_path))
        await bot.start()
        await channel.after_restart()
        want = {(str(c.chat), c.confirmation) for c in plan} | {(str(100_000 + n), BROADCAST) for n in range(members)}

        def done() -> bool:
            got = {(chat, text) for chat, text, _ in channel.received()}
            return want <= got and any(chat == "99999" and text.startswith("Your message to") for chat, text in got)

        try:
            await bot.until(done, finish, "every confirmation and copy")
        except AssertionError as error:
            row.failures.append(str(error).splitlines()[0])
        await asyncio.sleep(1.0)  # anything that would follow late
        await bot.stop()
        checks.append(integrity(db_path))
    finally:
        if bot.proc is not None and bot.proc.returncode is None:
            await bot.kill()
        await channel.stop()
    row.runs = bot.starts
    tally(row, channel, db_path, plan, members, excused)
    retried(row, channel)
    bad = [c for c in checks if c != "ok"]
    row.integrity = f"ok {len(checks)}/{len(checks)}" if not bad else f"FAILED {len(bad)}/{len(checks)}: {bad[0]}"
    return row


async def thrice(workdir: Path, *, channel_name: str = "telegram", chats: int = 50, per_chat: int = 2,
                 seed: int = 2, finish: float = 60) -> Row:
    """Every update delivered three times, some copies before the first was handled, some after, and one
    SIGKILL halfway: one stored entry and one reply each."""
    row = Row(f"every update delivered three times ({channel_name})")
    rng = random.Random(seed)
    channel = CHANNELS[channel_name]()
    await channel.start()
    db_path = workdir / "thrice.db"
    now = dt.datetime.now(UTC)
    chat_ids = [3000 + n for n in range(chats)]
    prepare(db_path, runner_chats=chat_ids, members=0, now=now, channel=channel)
    plan = check_ins(chat_ids, chats * per_chat, now.date(), seed)
    bot = Bot(channel, db_path, workdir)
    excused: set[tuple[str, str]] = set()
    try:
        await bot.start()
        keys = []
        for n, item in enumerate(plan):
            keys.append(await channel.send(item.chat, item.text))
            if n == len(plan) // 2:
                await bot.kill()
                row.kills += 1
                excused |= in_flight(db_path, channel)
                await bot.start()
                await channel.after_restart()
            if rng.random() < 0.5:
                await channel.redeliver(rng.choice(keys))
            await asyncio.sleep(0.01)
        for key in keys:
            for _ in range(2):
                await channel.redeliver(key)
                await asyncio.sleep(0.005)
        want = {(str(c.chat), c.confirmation) for c in plan}
        await bot.until(lambda: want <= {(c, t) for c, t, _ in channel.received()}, finish, "every confirmation")
        await asyncio.sleep(1.5)  # a third copy handled late would reply now
        await bot.stop()
    finally:
        if bot.proc is not None and bot.proc.returncode is None:
            await bot.kill()
        await channel.stop()
    row.runs = bot.starts
    row.messages = 0
    tally(row, channel, db_path, plan, 0, excused)
    row.messages = len(plan) * 3
    with sqlite3.connect(db_path) as conn:
        entries = conn.execute("select count(*) from entries").fetchone()[0]
    if entries != len(plan):
        row.failures.append(f"{entries} entries stored for {len(plan)} check-ins")
        row.duplicated += max(0, entries - len(plan))
    row.integrity = "ok" if integrity(db_path) == "ok" else "FAILED"
    row.notes = (row.notes + "; " if row.notes else "") + f"{len(plan)} check-ins x3, {entries} entries stored"
    if isinstance(channel, SmsChannel):
        with sqlite3.connect(db_path) as conn:
            kept = conn.execute("select count(*) from inbox where channel = 'sms'").fetchone()[0]
        row.notes += f", {kept} texts in the inbox"
        if kept != len(plan):
            row.failures.append(f"{kept} inbox rows for {len(plan)} distinct MessageSids")
    retried(row, channel)
    return row


async def outage(workdir: Path, *, channel_name: str = "telegram", seconds: float = 300, members: int = 200,
                 chats: int = 20, seed: int = 3) -> Row:
    """The Bot API (or Twilio) answers 500, then lets requests time out, then refuses connections, a third
    of ``seconds`` each, from the moment a broadcast to ``members`` starts; runners check in all along. Afterwards
    everything queued arrives exactly once."""
    row = Row(f"{seconds / 60:g}-minute outage: 500, timeout, refused ({channel_name})")
    channel = CHANNELS[channel_name]()
    await channel.start()
    db_path = workdir / "outage.db"
    now = dt.datetime.now(UTC)
    chat_ids = [4000 + n for n in range(chats)]
    prepare(db_path, runner_chats=chat_ids, members=members, now=now, channel=channel)
    plan = check_ins(chat_ids, chats * 3, now.date(), seed)
    bot = Bot(channel, db_path, workdir)
    failed_sends = 0
    try:
        channel.fail_sends("500")
        await bot.start()
        began = time.monotonic()
        phases = [("500", 0), ("timeout", seconds / 3), ("refused", 2 * seconds / 3)]
        for n, (how, at) in enumerate(phases):
            await asyncio.sleep(max(0.0, began + at - time.monotonic()))
            if how == "refused":
                channel.fail_sends(None)
                await channel.refuse()
            else:
                channel.fail_sends(how)
            for item in plan[n * chats:(n + 1) * chats]:
                await channel.send(item.chat, item.text)
        await asyncio.sleep(max(0.0, began + seconds - time.monotonic()))
        failed_sends = channel.failed_sends()
        delivered_in_outage = len(channel.received())
        await channel.accept()
        recovered = time.monotonic()
        want = {(str(c.chat), c.confirmation) for c in plan} | {(str(100_000 + n), BROADCAST) for n in range(members)}

        def done() -> bool:
            got = {(chat, text) for chat, text, _ in channel.received()}
            return want <= got and any(chat == "99999" and text.startswith("Your message to") for chat, text in got)

        try:
            took = await bot.until(done, MAX_BACKOFF + 120, "every confirmation and copy after the outage")
        except AssertionError as error:
            took = time.monotonic() - recovered
            row.failures.append(str(error).splitlines()[0])
        await asyncio.sleep(1.0)
        await bot.stop()
    finally:
        if bot.proc is not None and bot.proc.returncode is None:
            await bot.kill()
        await channel.stop()
    row.runs = bot.starts
    tally(row, channel, db_path, plan, members, set())
    row.integrity = "ok" if integrity(db_path) == "ok" else "FAILED"
    row.notes = (f"{failed_sends} failed sends, {delivered_in_outage} delivered during it; "
                 f"all in {took:.0f} s after recovery")
    return row


async def flood(workdir: Path, *, channel_name: str = "telegram", flood: int = 200, over: float = 5.0,
                group_commands: int = 30, others: int = 10, within: float = 5.0, seed: int = 4) -> Row:
    """Against Telegram's limits: one chat sends ``flood`` messages in ``over`` seconds and a group spams
    commands while ``others`` runners check in; each of them must have their reply within ``within`` s."""
    row = Row(f"flood: {flood} messages in {over:g} s + a spamming group ({channel_name})")
    rng = random.Random(seed)
    channel = CHANNELS[channel_name]()
    channel.fake.limits = Limits()
    await channel.start()
    db_path = workdir / "flood.db"
    now = dt.datetime.now(UTC)
    flooder, group = 5555, -100_777
    chat_ids = [6000 + n for n in range(others)]
    prepare(db_path, runner_chats=[flooder, *chat_ids], members=0, now=now)
    plan = check_ins(chat_ids, others, now.date(), seed)
    bot = Bot(channel, db_path, workdir)
    pushed: dict[int, float] = {}
    try:
        await bot.start()
        began = time.monotonic()
        times = sorted(rng.uniform(0, over) for _ in range(others))

        async def flooding():
            for n in range(flood):
                await asyncio.sleep(max(0.0, began + n * over / flood - time.monotonic()))
                await channel.send(flooder, f"blah {n}")

        async def spamming():
            for n in range(group_commands):
                await asyncio.sleep(max(0.0, began + n * over / group_commands - time.monotonic()))
                await channel.send_in_group(group, 7000 + n % 5, "/help")

        async def checking_in():
            for item, at in zip(plan, times):
                await asyncio.sleep(max(0.0, began + at - time.monotonic()))
                pushed[item.chat] = time.monotonic()
                await channel.send(item.chat, item.text)

        await asyncio.gather(flooding(), spamming(), checking_in())
        want = {(str(c.chat), c.confirmation) for c in plan}
        try:
            await bot.until(lambda: want <= {(c, t) for c, t, _ in channel.received()}, 60, "the others' replies")
        except AssertionError as error:
            row.failures.append(str(error).splitlines()[0])
        await asyncio.sleep(2.0)
        await bot.stop()
    finally:
        if bot.proc is not None and bot.proc.returncode is None:
            await bot.kill()
        await channel.stop()
    row.runs = bot.starts
    received = channel.received()
    waits = []
    for item in plan:
        times_ = [t for chat, text, t in received if chat == str(item.chat) and text == item.confirmation]
        waits.append(times_[0] - pushed[item.chat] if times_ else float("inf"))
    tally(row, channel, db_path, plan, 0, set())
    late = [w for w in waits if w > within]
    to_flooder = sum(1 for chat, _, _ in received if chat == str(flooder))
    to_group = sum(1 for chat, _, _ in received if chat == str(group))
    row.messages = flood + group_commands + others
    row.integrity = "ok" if integrity(db_path) == "ok" else "FAILED"
    row.notes = (f"others' replies median {statistics.median(waits):.1f} s, max {max(waits):.1f} s; "
                 f"{to_flooder} replies to the flooder, {to_group} in the group; "
                 f"{channel.fake.flood_429s} 429s")
    if late:
        row.failures.append(f"{len(late)} of {others} replies later than {within:g} s: {sorted(waits)[-3:]}")
    if channel.fake.flood_429s:
        row.failures.append(f"{channel.fake.flood_429s} 429s from the fake")
    return row


# ------------------------------------------------------------------ the clock changes

DST_ZONES = ("Asia/Kathmandu", "Pacific/Chatham", "Australia/Sydney", "America/Santiago", "Europe/London",
             "America/New_York", "Australia/Lord_Howe")
CHECKIN_TIMES = (dt.time(7), dt.time(8), dt.time(9), dt.time(19), dt.time(21))


def transitions(zone: str, year: int) -> list[dt.datetime]:
    """The UTC hours at which ``zone``'s offset changes in ``year`` (none for a zone without DST)."""
    tz = zoneinfo.ZoneInfo(zone)
    moment = dt.datetime(year, 1, 1, tzinfo=UTC)
    found, last = [], moment.astimezone(tz).utcoffset()
    while moment.year == year:
        moment += dt.timedelta(hours=1)
        offset = moment.astimezone(tz).utcoffset()
        if offset != last:
            found.append(moment)
            last = offset
    return found


def dst_matrix(*, zones: tuple[str, ...] = DST_ZONES, year: int = 2026, hours_around: int = 48) -> Row:
    """Minute by minute across each of the year's clock changes in each zone (a zone without DST: across
    both the northern and the southern dates), runners at five check-in times and the default quiet hours
    (21:30-07:00), nobody answering: exactly one question per local day, no question or reminder in quiet
    hours."""
    from coach.schedule import at_local, is_quiet

    row = Row(f"DST matrix: {len(zones)} zones, both changes of {year}")
    minutes = 0
    quiet_sends: list[str] = []
    for zone in zones:
        moments = transitions(zone, year) or [dt.datetime(year, 3, 29, 1, tzinfo=UTC),
                                              dt.datetime(year, 10, 25, 1, tzinfo=UTC)]
        tz = zoneinfo.ZoneInfo(zone)
        for change in moments:
            db = open_db(None)
            start = change - dt.timedelta(hours=hours_around)
            end = change + dt.timedelta(hours=hours_around)
            people = {}
            for time_ in CHECKIN_TIMES:
                runner = runners.create_runner(db, "terminal", f"{zone}-{time_}", now=start, consent_wording="test",
                                               onboarding_step=None, tz=zone, checkin_time=time_)
                schedule(db, runner, start)
                people[runner.id] = runner
            asked: Counter = Counter()
            moment = start
            while moment <= end:
                for out in sweep(db, moment, ("terminal",)):
                    local = moment.astimezone(tz)
                    runner = people[out.runner_id]
                    if out.kind == "question":
                        asked[(out.runner_id, local.date())] += 1
                    quiet = is_quiet(local.time(), runner.quiet_start, runner.quiet_end)
                    if out.kind in ("question", "reminder") and quiet:
                        quiet_sends.append(f"{zone} {out.kind} at {local:%Y-%m-%d %H:%M} ({runner.checkin_time})")
                moment += dt.timedelta(minutes=1)
                minutes += 1
            db.close()
            # every local day whose check-in moment lies inside the window, with a minute to spare
            for runner in people.values():
                day = start.astimezone(tz).date()
                while day <= end.astimezone(tz).date():
                    due = at_local(day, runner.checkin_time, tz)
                    if start < due <= end - dt.timedelta(minutes=1):
                        n = asked[(runner.id, day)]
                        row.messages += n
                        if n == 0:
                            row.lost += 1
                            row.failures.append(f"{zone} {runner.checkin_time}: no question on {day}")
                        elif n > 1:
                            row.duplicated += n - 1
                            row.failures.append(f"{zone} {runner.checkin_time}: {n} questions on {day}")
                    day += dt.timedelta(days=1)
    row.runs = minutes
    row.integrity = "n/a"
    row.notes = f"{minutes} minutes swept; {len(quiet_sends)} sent in quiet hours"
    if quiet_sends:
        row.failures.append(f"in quiet hours: {quiet_sends[:3]}")
    return row
