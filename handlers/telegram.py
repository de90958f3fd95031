"""The Telegram channel: PTB updates in, the conversation's replies out. Nothing is decided here."""

from __future__ import annotations

import asyncio
import html
import logging

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from coach import texts
from handlers.conversation import Conversation
from handlers.outbox import Blocked, RetryLater, SendFailed, drain
from handlers.replies import Inbound, Outgoing, Reply
from storage import outbox as outbox_store

log = logging.getLogger(__name__)

CHANNEL = "telegram"


def conversation(context: ContextTypes.DEFAULT_TYPE) -> Conversation:
    return context.bot_data["conversation"]


def inbound(update: Update, **fields: object) -> Inbound:
    user = update.effective_user
    name = user.first_name if user else None
    return Inbound(CHANNEL, str(update.effective_chat.id), update_key=str(update.update_id), name=name, **fields)


def presser(update: Update) -> int:
    """Who pressed a button: the user, not the chat the message sits in, which callback data cannot prove."""
    return update.effective_user.id


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Typed text and commands alike: the conversation reads both."""
    replies = conversation(context).handle(inbound(update, text=update.effective_message.text))
    await send_replies(context.bot, update.effective_chat.id, replies)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    user = presser(update)
    replies = conversation(context).handle(
        Inbound(CHANNEL, str(user), button=query.data or "", update_key=str(update.update_id),
                name=update.effective_user.first_name)
    )
    if replies and query.message is not None and query.message.chat.id == user:
        await remove_buttons(query)
    await send_replies(context.bot, user, replies)
    context.application.create_task(run_outbox(context), update=update)


async def remove_buttons(query: CallbackQuery) -> None:
    """Take the keyboard off the answered question; a double tap finds it gone already, which is fine."""
    try:
        await query.edit_message_reply_markup(reply_markup=None)
    except BadRequest:
        pass


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice notes: say what works instead of staying silent."""
    replies = conversation(context).handle(inbound(update, other=True))
    await send_replies(context.bot, update.effective_chat.id, replies)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure without the message text (health data) and tell the runner their diary is safe."""
    log.error("handler failed: %s", type(context.error).__name__, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(
                update.effective_chat.id,
                texts.handler_failed(),
            )
        except TelegramError:
            pass


def markup(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in reply.buttons]
    )


async def send_reply(bot, chat_id: int | str, reply: Reply) -> None:
    """Send one reply as plain text, so nothing a runner typed can break the formatting; then its files."""
    if reply.table:
        await bot.send_message(chat_id, f"<pre>{html.escape(reply.text)}</pre>", parse_mode=ParseMode.HTML)
    else:
        await bot.send_message(chat_id, reply.text, reply_markup=markup(reply))
    for attachment in reply.files:
        content = await asyncio.to_thread(attachment.render)
        if attachment.photo:
            await bot.send_photo(chat_id, photo=content, filename=attachment.filename)
        else:
            await bot.send_document(chat_id, document=content, filename=attachment.filename)


async def send_replies(bot, chat_id: int | str, replies: list[Reply]) -> None:
    for reply in replies:
        await send_reply(bot, chat_id, reply)


async def deliver(bot, conversation: Conversation, outgoing: list[Outgoing]) -> None:
    """Send what the sweep decided; a runner who blocked the bot is marked so we stop asking."""
    for out in outgoing:
        try:
            await send_reply(bot, out.chat_id, out.reply)
        except Forbidden:
            log.info("runner %s blocked the bot; no more questions", out.runner_id)
            conversation.mark_unreachable(out.channel, out.chat_id)
        except TelegramError as error:
            log.warning("could not send to runner %s: %s", out.runner_id, type(error).__name__)


async def send_outbox_message(bot, message: outbox_store.Message) -> None:
    """One outbox message, with Telegram's errors turned into the outbox's retry policy."""
    try:
        await bot.send_message(message.chat_id, message.text)
    except Forbidden as error:
        raise Blocked(error.message) from error
    except RetryAfter as error:
        wait = error.retry_after
        raise RetryLater(wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)) from error
    except TelegramError as error:
        raise SendFailed(error.message) from error


async def run_outbox(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Drain the outbox; one drain at a time, so a message is never in flight twice."""
    lock: asyncio.Lock = context.bot_data.setdefault("outbox_lock", asyncio.Lock())
    if lock.locked():
        return
    async with lock:
        conv = conversation(context)
        await drain(
            conv.db, lambda m: send_outbox_message(context.bot, m), conv.clock, channels=(CHANNEL,),
            keep_going=lambda: context.application.running,
        )


async def on_group_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group only ``/club link`` works, and Telegram is asked whether the sender is a group admin."""
    chat, user = update.effective_chat, update.effective_user
    words = (update.effective_message.text or "").split()
    if not words or words[0].split("@")[0] != "/club" or words[1:2] != ["link"] or user is None:
        await context.bot.send_message(chat.id, texts.private_only())
        return
    member = await context.bot.get_chat_member(chat.id, user.id)
    group_admin = member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
    replies = conversation(context).link_group(CHANNEL, str(user.id), str(chat.id), group_admin=group_admin)
    await send_replies(context.bot, chat.id, replies)


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    application.add_handler(MessageHandler(groups & filters.COMMAND & filters.UpdateType.MESSAGE, on_group_command))
    application.add_handler(MessageHandler(private & filters.TEXT & filters.UpdateType.MESSAGE, on_text))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE & ~filters.TEXT, on_other))
    application.add_error_handler(on_error)
