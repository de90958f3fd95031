"""A local terminal chat with the same conversation, database, minute sweep and outbox as the bot.

Buttons are shown in brackets; typing a button's label presses it. No token or network needed.
Each terminal chat drains its own outbox rows, so a broadcast or reminder written from another
chat on the same database shows up here too. Files (charts, exports) are saved in a folder of the
chat's own, ``lumbar-files/<chat id>/``, which is erased with the runner on ``/delete``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import itertools
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from handlers.conversation import Conversation
from handlers.jobs.outbox import Drainer
from handlers.jobs.sweep import sweep
from handlers.replies import Button, Inbound, Keyboard
from storage import runners

CHANNEL = "terminal"
QUIT_WORDS = {"/quit", "/exit", "quit", "exit"}
SWEEP_EVERY = 60.0
FILES_DIR = Path("lumbar-files")


def chat_folder(files_dir: Path, chat_id: str) -> Path:
    """The chat's own folder for files: its id when that is a plain name, else a digest of it (never a path)."""
    if re.fullmatch(r"[A-Za-z0-9_-]{1,64}", chat_id):
        return files_dir / chat_id
    return files_dir / hashlib.sha256(chat_id.encode()).hexdigest()[:16]


def render(text: str, buttons: Keyboard = ()) -> str:
    lines = [f"lumbar> {line}" if i == 0 else f"        {line}" for i, line in enumerate(text.splitlines() or [""])]
    for row in buttons:
        lines.append("        " + " ".join(f"[{button.label}]" for button in row))
    return "\n".join(lines)


class TerminalTransport:
    """Prints messages for one chat and saves its files in a folder."""

    channel = CHANNEL

    def __init__(self, write: Callable[[str], None], files_dir: Path, on_buttons: Callable[[Keyboard], None]) -> None:
        self.write = write
        self.files_dir = files_dir
        self.on_buttons = on_buttons

    async def send_text(self, chat_id: str, text: str, buttons: Keyboard, *, table: bool) -> None:
        self.write(render(text, buttons))
        if buttons:
            self.on_buttons(buttons)

    async def send_file(self, chat_id: str, filename: str, content: bytes, *, photo: bool) -> None:
        path = chat_folder(self.files_dir, chat_id) / Path(filename).name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        self.write(f"        (saved {path})")


class TerminalChat:
    def __init__(
        self,
        conversation: Conversation,
        *,
        chat_id: str = "local",
        read: Callable[[str], str] = input,
        write: Callable[[str], None] = print,
        files_dir: Path = FILES_DIR,
    ) -> None:
        self.conversation = conversation
        self.chat_id = chat_id
        self.read = read
        self.write = write
        self.files_dir = files_dir
        self.buttons: dict[str, Button] = {}
        self._keys = itertools.count(1)
        transport = TerminalTransport(write, files_dir, self._remember)
        self.drainer = Drainer(conversation.db, {CHANNEL: transport}, conversation.clock, pacers={},
                               chat_id=chat_id, concurrency=1)

    def _remember(self, buttons: Keyboard) -> None:
        self.buttons = {b.label.lower(): b for row in buttons for b in row}

    async def say(self, line: str) -> None:
        """Handle one typed line: a button label presses that button, anything else is text."""
        button = self.buttons.get(line.strip().lower())
        key = f"{self.chat_id}:{next(self._keys)}:{self.conversation.clock().isoformat()}"
        if button is not None:
            inbound = Inbound(CHANNEL, self.chat_id, button=button.data, update_key=key)
        else:
            inbound = Inbound(CHANNEL, self.chat_id, text=line, update_key=key)
        known = self._known()
        await self.conversation.answer(inbound)
        await self.drainer.drain()
        if known and not self._known():
            self._erase_files()

    def _known(self) -> bool:
        return runners.find_runner(self.conversation.db, CHANNEL, self.chat_id) is not None

    def _erase_files(self) -> None:
        """The runner was erased: so are the files this chat saved for them."""
        folder = chat_folder(self.files_dir, self.chat_id)
        if folder.is_dir():
            shutil.rmtree(folder)
            self.write(f"        (erased the files saved for you in {folder})")
        older = sorted(p.name for p in self.files_dir.glob("lumbar-*") if p.is_file()) if self.files_dir.is_dir() else []
        if older:
            self.write(f"        (older files in {self.files_dir}/ may hold your diary too; delete them yourself: "
                       f"{', '.join(older[:5])}{' ...' if len(older) > 5 else ''})")

    async def tick(self, now: dt.datetime | None = None) -> None:
        """The minute sweep for every terminal runner, then whatever it queued for this chat."""
        moment = now or self.conversation.clock()
        queued = sweep(self.conversation.db, moment, (CHANNEL,), backfill_days=self.conversation.backfill_days)
        if any(q.chat_id == self.chat_id for q in queued):
            self.write("")
        await self.drainer.drain()

    async def _sweeping(self) -> None:
        while True:
            await self.tick()
            await asyncio.sleep(SWEEP_EVERY)

    async def run(self) -> None:
        self.write("Lumbar terminal chat. Type /start to begin, /help for commands, /quit to leave.")
        sweeping = asyncio.create_task(self._sweeping())
        draining = asyncio.create_task(self.drainer.run())
        try:
            while True:
                try:
                    line = await asyncio.to_thread(self.read, "you> ")
                except (EOFError, KeyboardInterrupt):
                    break
                if line.strip().lower() in QUIT_WORDS:
                    break
                if line.strip():
                    await self.say(line)
        finally:
            sweeping.cancel()
            self.drainer.stop()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeping
            await draining
        self.write("Bye! Your diary is saved." if self._known() else "Bye! Nothing about you is kept here.")
