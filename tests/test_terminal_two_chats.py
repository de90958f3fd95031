"""Issue 10: ``lumbar chat`` with two chats on one database; a broadcast from one reaches the other, because
each terminal chat drains its own rows of the shared outbox, whoever queued them."""

from __future__ import annotations

import asyncio
import os
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOW = "2026-11-24 12:00"  # 13:00 in Berlin: outside quiet hours


class Terminal:
    def __init__(self, tmp_path: Path, chat_id: str) -> None:
        self.out = tmp_path / f"chat-{chat_id}.out"
        self.chat_id = chat_id
        self.tmp_path = tmp_path
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LUMBAR_", "TELEGRAM_", "TWILIO_"))}
        env.update(LUMBAR_DB=str(self.tmp_path / "shared.db"), PYTHONUNBUFFERED="1",
                   PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
        with self.out.open("wb") as sink:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-c", "from bot.cli import main; main()", "chat", "--now", NOW,
                "--chat-id", self.chat_id, cwd=self.tmp_path, env=env, stdin=asyncio.subprocess.PIPE,
                stdout=sink, stderr=sink)

    def text(self) -> str:
        return self.out.read_text(errors="replace")

    async def type(self, line: str, *, expect: str | None = None, timeout: float = 15) -> str:
        before = len(self.text())
        self.proc.stdin.write(f"{line}\n".encode())
        await self.proc.stdin.drain()
        return await self.wait_for(expect, after=before, timeout=timeout) if expect else ""

    async def wait_for(self, needle: str, *, after: int = 0, timeout: float = 15) -> str:
        began = time.monotonic()
        while needle not in self.text()[after:]:
            if self.proc.returncode is not None or time.monotonic() - began > timeout:
                raise AssertionError(f"{needle!r} not in chat {self.chat_id}'s output:\n{self.text()[-3000:]}")
            await asyncio.sleep(0.05)
        return self.text()[after:]

    async def onboard(self) -> None:
        await self.wait_for("Lumbar terminal chat.", timeout=60)  # the imports take a while on a busy machine
        await self.type("/start", expect="I agree")
        await self.type("I agree", expect="Kilometres")
        await self.type("Kilometres")
        await self.type("Berlin", expect="Morning 08:00")
        await self.type("Morning 08:00", expect="No, none")
        for _ in range(3):
            await self.type("No, none")
        await asyncio.sleep(0.5)

    async def quit(self) -> int:
        if self.proc.returncode is None:
            await self.type("/quit")
            try:
                return await asyncio.wait_for(self.proc.wait(), 15)
            except TimeoutError:
                self.proc.kill()
        return await self.proc.wait()


async def test_a_broadcast_typed_in_one_terminal_chat_reaches_the_other(tmp_path):
    organiser, member = Terminal(tmp_path, "organiser"), Terminal(tmp_path, "member")
    try:
        await organiser.start()
        await organiser.onboard()
        created = await organiser.type("/club new Hill Club", expect="Join code")
        code = re.search(r"Join code: (\w+)", created).group(1)
        await member.start()
        await member.onboard()
        await member.type(f"/join {code}", expect="Join")
        await member.type("Join", expect="Hill Club")
        shown = len(member.text())
        await organiser.type("/broadcast Hill repeats Tuesday 18:30 at the bandstand.", expect="Send")
        await organiser.type("Send", expect="Sending to 1 member.")
        await member.wait_for("Hill repeats Tuesday 18:30 at the bandstand.", after=shown, timeout=15)
        await organiser.wait_for("Your message to Hill Club: delivered to 1 of 1.", timeout=15)
        assert await member.quit() == 0
        assert await organiser.quit() == 0
    finally:
        for terminal in (organiser, member):
            if terminal.proc is not None and terminal.proc.returncode is None:
                terminal.proc.kill()
                await terminal.proc.wait()
    assert member.text().count("Hill repeats Tuesday 18:30 at the bandstand.") == 1
