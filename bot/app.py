"""Wiring the Telegram bot: the PTB Application, its handlers, the command menu and the minute sweep."""

from __future__ import annotations

import datetime as dt
import logging

from sqlite_utils import Database
from telegram import BotCommand
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes

from bot import daily_backup
from bot.config import Settings
from handlers import telegram as telegram_channel
from handlers.commands import COMMANDS
from handlers.conversation import Clock, Conversation
from handlers.daily import sweep
from storage.health import beat
from storage.inbox import forget_updates_before
from storage.outbox import recover_in_flight

log = logging.getLogger(__name__)

SWEEP_EVERY = dt.timedelta(minutes=1)
OUTBOX_EVERY = dt.timedelta(seconds=2)
KEEP_UPDATE_KEYS = dt.timedelta(days=3)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def build_application(settings: Settings, db: Database, clock: Clock = utc_now) -> Application:
    if not settings.telegram_token:
        raise ValueError("a Telegram bot token is needed to build the Telegram application")
    application = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_file_base_url)
        .rate_limiter(AIORateLimiter(overall_max_rate=settings.send_rate, max_retries=3))
        .post_init(set_command_menu)
        .build()
    )
    conversation = Conversation(db, clock, backfill_days=settings.backfill_days)
    application.bot_data["conversation"] = conversation
    application.bot_data["clock"] = clock
    telegram_channel.register(application)
    first = (utc_now() + SWEEP_EVERY).replace(second=0, microsecond=0)
    application.job_queue.run_repeating(sweep_job, interval=SWEEP_EVERY, first=first, name="sweep")
    application.job_queue.run_repeating(telegram_channel.run_outbox, interval=OUTBOX_EVERY, first=1, name="outbox")
    daily_backup.schedule(application, settings, clock)
    return application


async def set_command_menu(application: Application) -> None:
    """Also the first moment the bot knows its username, which club invite links need."""
    application.bot_data["conversation"].bot_username = application.bot.username
    recover_in_flight(application.bot_data["conversation"].db)
    await application.bot.set_my_commands([BotCommand(name, description) for name, description in COMMANDS])


async def sweep_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask everyone who is due. The schedule lives in SQLite, so this job holds no state of its own."""
    conversation: Conversation = context.bot_data["conversation"]
    now = context.bot_data["clock"]()
    outgoing = sweep(conversation.db, now, (telegram_channel.CHANNEL,), backfill_days=conversation.backfill_days)
    await telegram_channel.deliver(context.bot, conversation, outgoing)
    forget_updates_before(conversation.db, now - KEEP_UPDATE_KEYS)
    beat(conversation.db, "sweep", now)
