"""Crash safety of the broadcast outbox, with the real ``lumbar run`` process.

The issue's words: "kill the bot process (SIGKILL) mid-broadcast, restart it, and count: every
member has the message, none has two (one in flight allowed)."

The bot runs as a subprocess against the fake Bot API in this process. It is killed from inside
the fake's sendMessage hook, the moment the fake accepts the 100th broadcast copy and before it
answers: the worst possible moment, because that copy has reached the member but the bot can never
learn it, so its row stays ``sending`` and the restart sends it again. The drainer keeps a few sends
in flight (handlers/jobs/outbox.py), and those are the only duplicates the outbox allows; any other
moment can only lose a send that is then retried.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import sqlite3
import sys
import time
from collections import Counter
from pathlib import Path

from handlers.club_delivery import fan_out
from storage import broadcasts, clubs, open_db, runners
from tests.fake_telegram import TOKEN, Call, FakeTelegram

UTC = dt.timezone.utc
REPO = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 1, 5, 7, 0, tzinfo=UTC)  # rows are created "in the past": all due at once

MEMBERS = 300
FIRST_CHAT = 100_000
OWNER_CHAT = 99_999
CLUB = "Crash Club"
TEXT = "Long run Sunday 8:00 at the lighthouse. Bring water."
KILL_AT = 100  # the kill lands while the fake accepts this copy (must be within 50..200)

START_TIMEOUT = 30.0  # first run: start, then KILL_AT copies at PTB's 30 msg/s limiter
FINISH_TIMEOUT = 60.0  # second run: the rest plus the owner's delivery report
STOP_TIMEOUT = 15.0


def prepare_db(path: Path) -> None:
    db = open_db(path)
    try:
        def runner(chat_id: int) -> runners.Runner:
            return runners.create_runner(
                db, "telegram", str(chat_id), now=NOW, consent_wording="test", onboarding_step=None,
                quiet_start=dt.time(0, 0), quiet_end=dt.time(0, 0),  # no quiet hours: the test runs at any hour
            )

        owner = runner(OWNER_CHAT)
        club = clubs.create_club(db, CLUB, owner.id, "UTC", now=NOW)
        with db.atomic():
            for i in range(MEMBERS):
                clubs.add_member(db, club.id, runner(FIRST_CHAT + i).id, "member", now=NOW)
        draft = broadcasts.draft(db, club.id, owner.id, TEXT, now=NOW)
        queued = fan_out(db, draft, now=NOW)
        assert queued == MEMBERS
        assert db.table("outbox").count_where("status = 'pending'") == MEMBERS
    finally:
        db.close()


def outbox_statuses(path: Path) -> Counter[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("select status, count(*) from outbox group by status").fetchall()
    return Counter(dict(rows))


def copies(fake: FakeTelegram) -> Counter[str]:
    """Accepted broadcast copies per chat id (as text)."""
    return Counter(str(c.chat_id) for c in fake.delivered() if c.text == TEXT)


def reports(fake: FakeTelegram) -> list[str]:
    texts = [c.text or "" for c in fake.delivered(OWNER_CHAT)]
    return [t for t in texts if t.startswith("Your message to")]


def tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return f"({path.name} missing)"
    last = "\n".join(text.splitlines()[-lines:])
    return f"--- last {lines} lines of {path.name} ---\n{last}"


class Bot:
    """One ``lumbar run`` process; stdout/stderr go to files so a failure can show them."""

    def __init__(self, fake: FakeTelegram, db_path: Path, logs: Path, name: str) -> None:
        self.fake, self.db_path, self.name = fake, db_path, name
        self.out, self.err = logs / f"{name}.out", logs / f"{name}.err"
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": self.fake.base_url,
            "LUMBAR_DB": str(self.db_path),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        }
        with self.out.open("wb") as out, self.err.open("wb") as err:
            # cwd is the test's tmp dir, so a developer's .env in the repo cannot leak in
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-c", "from bot.cli import main; main()", "run",
                cwd=self.db_path.parent, env=env,
                stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=err,
            )

    def alive(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    def problem(self, what: str) -> str:
        code = None if self.proc is None else self.proc.returncode
        return f"{self.name}: {what} (exit code {code})\n{self.fake.dump()}\n{tail(self.err)}"

    async def wait_until(self, done, timeout: float, what: str) -> float:
        """Poll ``done()`` every 50 ms; fail with the bot's stderr if it dies or time runs out."""
        start = time.monotonic()
        while not done():
            if self.proc is not None and self.proc.returncode is not None:
                raise AssertionError(self.problem(f"exited while waiting for {what}"))
            if time.monotonic() - start > timeout:
                raise AssertionError(self.problem(f"no {what} after {timeout:.0f}s"))
            await asyncio.sleep(0.05)
        return time.monotonic() - start

    async def terminate(self, timeout: float = STOP_TIMEOUT) -> int:
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return await asyncio.wait_for(self.proc.wait(), timeout)
        except TimeoutError:
            message = self.problem(f"did not stop within {timeout:.0f}s of SIGTERM")
            raise AssertionError(message) from None

    async def reap(self) -> None:
        """finally: never leave the process behind, whatever happened."""
        if self.proc is None:
            return
        if self.proc.returncode is None:
            self.proc.kill()
        await self.proc.wait()


async def test_sigkill_mid_broadcast_then_restart_delivers_each_copy_once(tmp_path):
    began = time.monotonic()
    db_path = tmp_path / "lumbar.db"
    prepare_db(db_path)
    members = {str(FIRST_CHAT + i) for i in range(MEMBERS)}

    fake = FakeTelegram(TOKEN)
    await fake.start()
    first = Bot(fake, db_path, tmp_path, "run1")
    second = Bot(fake, db_path, tmp_path, "run2")
    killed: dict = {}

    async def send_message(call: Call) -> None:
        in_flight = call.text == TEXT and not killed and first.alive()
        if in_flight and len(copies(fake)) >= KILL_AT - 1:
            # SIGKILL before the fake stores and answers this copy (no await in between): the
            # member gets it, the bot dies waiting for the answer, its row stays 'sending'.
            first.proc.kill()
            killed.update(chat=str(call.chat_id), t=time.monotonic())
            return None
        await asyncio.sleep(0.01)  # a little network latency for everyone else
        return None

    fake.hooks["sendMessage"] = send_message
    try:
        # --- run 1: killed mid-broadcast -------------------------------------------------------
        await first.start()
        await first.wait_until(lambda: bool(killed), START_TIMEOUT, f"kill at copy {KILL_AT}")
        code = await asyncio.wait_for(first.proc.wait(), 10)
        assert code == -signal.SIGKILL, first.problem("was not killed by SIGKILL")
        before = copies(fake)
        at_crash = outbox_statuses(db_path)
        print(
            f"\nrun 1: SIGKILL after {killed['t'] - began:.1f}s; {len(before)} members had the "
            f"message (in flight: chat {killed['chat']}); outbox then {dict(at_crash)}"
        )
        assert 50 <= len(before) <= 200, f"not mid-broadcast: {len(before)} of {MEMBERS} delivered"
        assert killed["chat"] in before, "the copy in flight at the kill should have arrived"
        assert max(before.values()) == 1, f"duplicates before any crash: {before.most_common(3)}"
        # a few messages in flight at most: all before them committed 'sent'
        in_flight = at_crash["sending"]
        assert 1 <= in_flight <= 4, f"not a few rows in flight: {dict(at_crash)}"
        assert at_crash["sent"] >= len(before) - in_flight, f"{dict(at_crash)} vs {len(before)} delivered"

        # --- run 2: restart and let it finish --------------------------------------------------
        await second.start()
        took = await second.wait_until(
            lambda: members <= set(copies(fake)) and bool(reports(fake)), FINISH_TIMEOUT,
            "complete delivery and owner report",
        )
        await fake.quiesce(settle=0.5, timeout=10)  # nothing more should follow the report
        code = await second.terminate()
        assert code == 0, second.problem("did not exit cleanly on SIGTERM")
    finally:
        await first.reap()
        await second.reap()
        await fake.stop()

    per_chat = copies(fake)
    doubles = sorted(chat for chat, n in per_chat.items() if n == 2)
    missing = sorted(members - set(per_chat), key=int)
    final = outbox_statuses(db_path)
    print(
        f"run 2: finished {took:.1f}s after restart; {len(per_chat)} of {MEMBERS} members have "
        f"the message, {sum(per_chat.values())} copies, duplicates {len(doubles)} {doubles}; "
        f"outbox {dict(final)}; total {time.monotonic() - began:.1f}s"
    )

    assert not missing, f"{len(missing)} members never got the message: {missing[:10]}"
    assert set(per_chat) <= members, f"copies to strangers: {sorted(set(per_chat) - members)}"
    assert max(per_chat.values()) <= 2, f"three or more copies: {per_chat.most_common(3)}"
    assert len(doubles) <= in_flight, f"{len(doubles)} got two copies ({in_flight} in flight): {doubles}"
    assert killed["chat"] in doubles or not doubles, f"a duplicate but not the one in flight: {doubles}"
    assert final == {"sent": MEMBERS + 1}, f"not all sent (300 copies + 1 report): {dict(final)}"
    report = f"Your message to {CLUB}: delivered to {MEMBERS} of {MEMBERS}."
    assert reports(fake) == [report], reports(fake)
