"""The Telegram channel: PTB updates in, the conversation's replies out. Nothing is decided here."""

from __future__ import annotations

import asyncio
import html
import logging

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from handlers.conversation import Conversation
from handlers.replies import Inbound, Outgoing, Reply

log = logging.getLogger(__name__)

CHANNEL = "telegram"


def conversation(context: ContextTypes.DEFAULT_TYPE) -> Conversation:
    return context.bot_data["conversation"]


def inbound(update: Update, **fields: object) -> Inbound:
    return Inbound(CHANNEL, str(update.effective_chat.id), update_key=str(update.update_id), **fields)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Typed text and commands alike: the conversation reads both."""
    replies = conversation(context).handle(inbound(update, text=update.effective_message.text))
    await send_replies(context.bot, update.effective_chat.id, replies)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    replies = conversation(context).handle(inbound(update, button=query.data or ""))
    if replies and query.message is not None:
        await remove_buttons(query)
    await send_replies(context.bot, update.effective_chat.id, replies)


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
                "Sorry, something went wrong on my side. What you saved before is safe; please try again.",
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


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(MessageHandler(private & filters.TEXT & filters.UpdateType.MESSAGE, on_text))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE & ~filters.TEXT, on_other))
    application.add_error_handler(on_error)
