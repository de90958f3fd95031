"""``lumbar chat --sms``: the terminal chat as a phone would show it, with each text's segment count.

The same inbound rules as Twilio's webhook (keywords, numbered choices, consent by YES) and the same
rendering as the SMS transport; only the sending is a print.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from coach.sms import segments
from handlers.channels.sms import CHANNEL, SmsInbound
from handlers.channels.sms_text import render
from handlers.channels.terminal import TerminalChat
from handlers.conversation import Conversation
from handlers.jobs.outbox import Drainer
from handlers.jobs.sweep import sweep
from handlers.replies import Reply
from storage import identities, outbox


class SmsTerminalTransport:
    channel = CHANNEL

    def __init__(self, conversation: Conversation, write: Callable[[str], None]) -> None:
        self.conversation = conversation
        self.write = write

    async def send_reply(self, message: outbox.Message, reply: Reply) -> None:
        sms = render(reply)
        for part in sms.parts:
            count = segments(part)
            lines = part.splitlines() or [""]
            self.write("\n".join(f"sms> {line}" if i == 0 else f"     {line}" for i, line in enumerate(lines))
                       + f"\n     [{len(part)} characters, {count} segment{'s' if count != 1 else ''}]")
        identities.remember_choices(self.conversation.db, message.chat_id, sms.choices or None,
                                    now=self.conversation.clock())

    async def send_text(self, chat_id: str, text: str, buttons, *, table: bool) -> None:
        await self.send_reply(None, Reply(text, buttons))  # type: ignore[arg-type]

    async def send_file(self, chat_id: str, filename: str, content: bytes, *, photo: bool) -> None:
        """Files are not sent by SMS."""


class SmsTerminalChat(TerminalChat):
    def __init__(self, conversation: Conversation, *, number: str, read: Callable[[str], str] = input,
                 write: Callable[[str], None] = print) -> None:
        super().__init__(conversation, chat_id=number, read=read, write=write)
        self.sms = SmsInbound(conversation)
        self._texts = itertools.count(1)
        self.drainer = Drainer(conversation.db, {CHANNEL: SmsTerminalTransport(conversation, write)},
                               conversation.clock, pacers={}, chat_id=number, concurrency=1)

    async def say(self, line: str) -> None:
        self.sms.handle(self.chat_id, line, f"{self.chat_id}:{next(self._texts)}:{self.conversation.clock().isoformat()}")
        await self.drainer.drain()

    async def tick(self, now: dt.datetime | None = None) -> None:
        sweep(self.conversation.db, now or self.conversation.clock(), (CHANNEL,),
              backfill_days=self.conversation.backfill_days)
        await self.drainer.drain()
