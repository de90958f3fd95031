"""The Telegram channel: updates in (stored before they are confirmed), messages out through one transport.

Nothing is decided here. An update becomes an ``Inbound`` for the conversation, whose replies are
already queued in the outbox when ``handle`` returns; the drainer sends them. Updates are handled
concurrently across chats and in order within one chat, and no handler waits on a rate limit.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import warnings
from collections.abc import Callable, Sequence

from sqlite_utils import Database
from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.warnings import PTBUserWarning
from telegram.ext import (
    Application, BaseUpdateProcessor, CallbackQueryHandler, ContextTypes, MessageHandler, filters,
)

from coach import texts
from handlers.conversation import Conversation
from handlers.flood import FloodGuard
from handlers.in_order import InOrder
from handlers.jobs.outbox import Drainer
from handlers.replies import Inbound, Keyboard, Reply
from handlers.transport import TransportError
from storage import inbox
from storage.db import durable_write, writers_turn

log = logging.getLogger(__name__)

CHANNEL = "telegram"
POLL_TIMEOUT = 25
GET_UPDATES_READ_MARGIN = 5.0
"""Seconds a long poll's read may take beyond its timeout: PTB's default getUpdates read timeout, which
``Bot.get_updates`` adds to the poll's."""
_USE_GET_UPDATES = r"Please use 'Bot\.getUpdates'"
GONE = ("chat not found", "user is deactivated", "bot was kicked", "bot is not a member", "peer_id_invalid")
"""Telegram's words for a recipient that no longer exists for this bot, seen as 400 Bad Request."""


# ---------------------------------------------------------------- out


class TelegramTransport:
    """Sends one part of a message; Telegram's errors become ``TransportError`` here and nowhere else."""

    channel = CHANNEL

    def __init__(self, bot) -> None:
        self.bot = bot

    async def send_text(self, chat_id: str, text: str, buttons: Keyboard, *, table: bool) -> None:
        if table:
            await self._call(self.bot.send_message, chat_id, f"<pre>{html.escape(text)}</pre>", parse_mode=ParseMode.HTML)
        else:
            await self._call(self.bot.send_message, chat_id, text, reply_markup=markup(buttons))

    async def send_file(self, chat_id: str, filename: str, content: bytes, *, photo: bool) -> None:
        if photo:
            await self._call(self.bot.send_photo, chat_id, photo=content, filename=filename)
        else:
            await self._call(self.bot.send_document, chat_id, document=content, filename=filename)

    @staticmethod
    async def _call(method, *args, **kwargs) -> None:
        try:
            await method(*args, **kwargs)
        except Forbidden as error:
            raise TransportError(error.message, permanent=True) from error
        except RetryAfter as error:
            wait = error.retry_after
            seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
            raise TransportError("rate limited", retry_after=seconds) from error
        except BadRequest as error:
            gone = any(words in error.message.lower() for words in GONE)
            raise TransportError(error.message, permanent=gone) from error
        except ChatMigrated as error:
            raise TransportError("the group became a supergroup", permanent=True) from error
        except TelegramError as error:
            raise TransportError(type(error).__name__) from error


def markup(buttons: Keyboard) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in buttons])


# ---------------------------------------------------------------- in


def conversation(context: ContextTypes.DEFAULT_TYPE) -> Conversation:
    return context.bot_data["conversation"]


def drainer(context: ContextTypes.DEFAULT_TYPE) -> Drainer:
    return context.bot_data["drainer"]


def inbound(update: Update, **fields: object) -> Inbound:
    user = update.effective_user
    name = user.first_name if user else None
    return Inbound(CHANNEL, str(update.effective_chat.id), update_key=str(update.update_id), name=name, **fields)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Typed text and commands alike: the conversation reads both."""
    await conversation(context).answer(inbound(update, text=update.effective_message.text))
    drainer(context).wake()


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice notes: say what works instead of staying silent."""
    await conversation(context).answer(inbound(update, other=True))
    drainer(context).wake()


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Who pressed is the user, not the chat the message sits in, which callback data cannot prove."""
    query = update.callback_query
    user = update.effective_user
    _soon(context, query.answer())
    replies = await conversation(context).answer(
        Inbound(CHANNEL, str(user.id), button=query.data or "", update_key=str(update.update_id), name=user.first_name)
    )
    if replies and query.message is not None and query.message.chat.id == user.id:
        _soon(context, _remove_buttons(query))
    drainer(context).wake()


async def _remove_buttons(query: CallbackQuery) -> None:
    """Take the keyboard off the answered question; a double tap finds it gone already, which is fine."""
    try:
        await query.edit_message_reply_markup(reply_markup=None)
    except TelegramError:
        pass


def _soon(context: ContextTypes.DEFAULT_TYPE, work) -> None:
    """A courtesy call to Telegram (answering a tap, taking buttons off) that no handler waits for."""
    async def quietly() -> None:
        try:
            await asyncio.wait_for(work, timeout=10)
        except (TelegramError, TimeoutError):
            pass
    context.application.create_task(quietly())


async def on_group_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group only ``/club link`` works, Telegram is asked whether the sender is a group admin, and a
    group gets at most a few answers a minute however many commands it sends."""
    chat, user, key = update.effective_chat, update.effective_user, str(update.update_id)
    guard: FloodGuard = context.bot_data["group_guard"]
    words = (update.effective_message.text or "").split()
    wants_link = bool(words) and words[0].split("@")[0] == "/club" and words[1:2] == ["link"] and user is not None
    db = conversation(context).db
    if not guard.note(str(chat.id)):
        async with writers_turn(db):
            conversation(context).answer_group(CHANNEL, str(chat.id), [], key=key)
        return
    if not wants_link:
        async with writers_turn(db):
            conversation(context).answer_group(CHANNEL, str(chat.id), [Reply(texts.private_only())], key=key)
    else:
        member = await context.bot.get_chat_member(chat.id, user.id)
        group_admin = member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
        async with writers_turn(db):
            conversation(context).link_group(CHANNEL, str(user.id), str(chat.id), group_admin=group_admin, key=key)
    drainer(context).wake()


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure without the message text (health data); the update is retried at the next start,
    a few times at most, and the runner is told their diary is safe."""
    log.error("handler failed: %s", type(context.error).__name__, exc_info=context.error)
    if not isinstance(update, Update):
        return
    context.bot_data.setdefault("failed", set()).add(update.update_id)
    db: Database = conversation(context).db
    async with writers_turn(db):
        inbox.record_failure(db, CHANNEL, str(update.update_id), type(context.error).__name__)
        if update.effective_chat is not None:
            conversation(context).answer_failure(CHANNEL, str(update.effective_chat.id), key=str(update.update_id))
    if update.effective_chat is not None:
        drainer(context).wake()


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    application.add_handler(MessageHandler(groups & filters.COMMAND & filters.UpdateType.MESSAGE, on_group_command))
    application.add_handler(MessageHandler(private & filters.TEXT & filters.UpdateType.MESSAGE, on_text))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE & ~filters.TEXT, on_other))
    application.add_error_handler(on_error)


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Updates from different chats run side by side; one chat's updates run one at a time, in order.

    After each update, one that nothing marked handled (an edited message, a group joining) is marked
    handled here, unless its handler failed.
    """

    def __init__(self, settle: Callable[[object], None], max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        self._settle = settle
        self._in_order = InOrder()

    async def do_process_update(self, update: object, coroutine) -> None:
        chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
        if chat is None and isinstance(update, Update) and update.effective_user:
            chat = update.effective_user.id
        if chat is None:
            await coroutine
            self._settle(update)
            return
        async with self._in_order.turn(chat):
            await coroutine
        self._settle(update)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


# ---------------------------------------------------------------- polling through the inbox


class InboxPoller:
    """Long polling that stores every update in the inbox before Telegram is told it arrived.

    python-telegram-bot's own Updater confirms an offset with the next getUpdates, before the update is
    handled, so updates fetched just before a kill were lost. Here the offset moves on only after the
    updates are committed, and the unhandled ones are handled first at the next start.
    """

    def __init__(self, application: Application, db: Database, clock, *, timeout: int = POLL_TIMEOUT) -> None:
        self.application = application
        self.db = db
        self.clock = clock
        self.timeout = timeout
        self._task: asyncio.Task | None = None
        self._offset: int | None = None

    async def replay(self) -> int:
        """Queue what was received but not handled before the last stop."""
        pending = inbox.unhandled(self.db, CHANNEL)
        for row in pending:
            update = Update.de_json(json.loads(row.payload), self.application.bot)
            await self.application.update_queue.put(update)
        return len(pending)

    def start(self) -> None:
        self._task = asyncio.create_task(self._poll(), name="lumbar:telegram-poller")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    async def _poll(self) -> None:
        backoff = 1.0
        while True:
            try:
                received = await self._get_updates()
            except RetryAfter as error:
                wait = error.retry_after
                await asyncio.sleep(wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait))
                continue
            except TelegramError as error:
                log.warning("getUpdates failed (%s); trying again in %.0f s", type(error).__name__, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 60.0)
                continue
            backoff = 1.0
            if not received:
                continue
            updates = [(Update.de_json(data, self.application.bot), data) for data in received]
            fresh = await store_updates(self.db, updates, self.clock())
            for update, _ in updates:
                if update.update_id in fresh:
                    await self.application.update_queue.put(update)
            self._offset = updates[-1][0].update_id + 1

    async def _get_updates(self) -> list[dict]:
        """getUpdates as Telegram sent it: the inbox keeps each update's own JSON, where turning PTB's objects
        back into JSON (``Update.to_dict``) cost more than the rest of storing them. The read timeout is the
        long poll's plus the margin ``Bot.get_updates`` adds."""
        arguments: dict[str, object] = {"timeout": self.timeout, "allowed_updates": Update.ALL_TYPES}
        if self._offset is not None:
            arguments["offset"] = self._offset
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=_USE_GET_UPDATES, category=PTBUserWarning)
            return await self.application.bot.do_api_request(
                "getUpdates", api_kwargs=arguments, read_timeout=self.timeout + GET_UPDATES_READ_MARGIN
            )



async def store_updates(db: Database, updates: Sequence[tuple[Update, dict]], now) -> set[int]:
    """Keep updates in the inbox (polled or posted to the webhook), each as the JSON Telegram sent beside what
    PTB read from it; returns the ids not seen before."""
    fresh = set()
    async with durable_write(db):
        for update, data in updates:
            chat = update.effective_chat.id if update.effective_chat else None
            payload = json.dumps(data, ensure_ascii=False)
            if inbox.store(db, CHANNEL, str(update.update_id), str(chat) if chat else None, payload, now=now):
                fresh.add(update.update_id)
    return fresh
