"""A local terminal chat with the same conversation, database and minute sweep as the Telegram bot.

Buttons are shown in brackets; typing a button's label presses it. No token or network needed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from handlers.conversation import Conversation
from handlers.daily import sweep
from handlers.replies import Button, Inbound, Reply

CHANNEL = "terminal"
QUIT_WORDS = {"/quit", "/exit", "quit", "exit"}


def render(reply: Reply) -> str:
    lines = [f"lumbar> {line}" if i == 0 else f"        {line}" for i, line in enumerate(reply.text.splitlines() or [""])]
    for row in reply.buttons:
        lines.append("        " + " ".join(f"[{button.label}]" for button in row))
    return "\n".join(lines)


class TerminalChat:
    def __init__(
        self,
        conversation: Conversation,
        *,
        chat_id: str = "local",
        read: Callable[[str], str] = input,
        write: Callable[[str], None] = print,
        files_dir: Path = Path("lumbar-files"),
    ) -> None:
        self.files_dir = files_dir
        self.conversation = conversation
        self.chat_id = chat_id
        self.read = read
        self.write = write
        self.buttons: dict[str, Button] = {}
        self.counter = 0

    def show(self, replies: list[Reply]) -> None:
        for reply in replies:
            self.write(render(reply))
            for attachment in reply.files:
                path = self.files_dir / attachment.filename
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(attachment.render())
                self.write(f"        (saved {path})")
            if reply.buttons:
                self.buttons = {b.label.lower(): b for row in reply.buttons for b in row}

    def say(self, line: str) -> None:
        """Handle one typed line: a button label presses that button, anything else is text."""
        self.counter += 1
        button = self.buttons.get(line.strip().lower())
        key = f"{self.chat_id}:{self.counter}:{self.conversation.clock().isoformat()}"
        if button is not None:
            inbound = Inbound(CHANNEL, self.chat_id, button=button.data, update_key=key)
        else:
            inbound = Inbound(CHANNEL, self.chat_id, text=line, update_key=key)
        self.show(self.conversation.handle(inbound))

    def tick(self, now: dt.datetime | None = None) -> None:
        moment = now or self.conversation.clock()
        outgoing = sweep(self.conversation.db, moment, (CHANNEL,), backfill_days=self.conversation.backfill_days)
        mine = [out.reply for out in outgoing if out.chat_id == self.chat_id]
        if mine:
            self.write("")
            self.show(mine)

    async def _tick_job(self) -> None:
        """A coroutine, so APScheduler runs it on the event loop, never beside ``say`` in a worker thread."""
        self.tick()

    async def run(self) -> None:
        scheduler = AsyncIOScheduler(timezone=dt.timezone.utc)
        scheduler.add_job(self._tick_job, "interval", minutes=1, next_run_time=dt.datetime.now(dt.timezone.utc))
        scheduler.start()
        self.write("Lumbar terminal chat. Type /start to begin, /help for commands, /quit to leave.")
        try:
            while True:
                try:
                    line = await asyncio.to_thread(self.read, "you> ")
                except (EOFError, KeyboardInterrupt):
                    break
                if line.strip().lower() in QUIT_WORDS:
                    break
                if line.strip():
                    self.say(line)
        finally:
            scheduler.shutdown(wait=False)
        self.write("Bye! Your diary is saved.")
