"""Wiring the Telegram bot: the PTB Application, the inbox poller, the outbox drainer and the minute sweep.

python-telegram-bot's Updater is not used: it confirms updates before they are handled. The inbox
poller (handlers/channels/telegram.py) stores them first. Nothing here sends a message itself.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import logging
import signal

from sqlite_utils import Database
from telegram import BotCommand, Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes

from bot import daily_backup
from bot.config import Settings
from handlers.channels import telegram as telegram_channel
from handlers.commands import COMMANDS
from handlers.conversation import Clock, Conversation
from handlers.flood import FloodGuard
from handlers.jobs.outbox import Drainer
from handlers.jobs.pacing import Pacer
from handlers.jobs.sweeper import Sweeper
from storage import inbox, outbox

log = logging.getLogger(__name__)

SWEEP_EVERY = dt.timedelta(minutes=1)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def build_application(settings: Settings, db: Database, clock: Clock = utc_now) -> Application:
    if not settings.telegram_token:
        raise ValueError("a Telegram bot token is needed to build the Telegram application")
    state: dict = {}
    application = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_file_base_url)
        .updater(None)
        .concurrent_updates(telegram_channel.ChatOrderedProcessor(lambda update: _settle(state, update)))
        .connection_pool_size(16)
        .read_timeout(10)
        .write_timeout(20)
        .build()
    )
    conversation = Conversation(db, clock, backfill_days=settings.backfill_days, flood=FloodGuard(settings.flood_limit))
    pacer = Pacer(settings.send_rate, chat_interval=settings.chat_interval)
    drainer = Drainer(db, {telegram_channel.CHANNEL: telegram_channel.TelegramTransport(application.bot)}, clock,
                      pacers={telegram_channel.CHANNEL: pacer}, idle=settings.drain_idle)
    application.bot_data.update(
        conversation=conversation, drainer=drainer, clock=clock,
        sweeper=Sweeper(db, (telegram_channel.CHANNEL,), backfill_days=settings.backfill_days),
        group_guard=FloodGuard(settings.group_answers_per_minute, window=60.0),
        poller=telegram_channel.InboxPoller(application, db, clock, timeout=settings.poll_timeout),
    )
    state.update(db=db, clock=clock, bot_data=application.bot_data)
    telegram_channel.register(application)
    first = (utc_now() + SWEEP_EVERY).replace(second=0, microsecond=0)
    application.job_queue.run_repeating(sweep_job, interval=SWEEP_EVERY, first=first, name="sweep")
    daily_backup.schedule(application, settings, clock)
    return application


def _settle(state: dict, update: object) -> None:
    """After an update's handlers ran: mark it handled unless a handler failed on it."""
    if not isinstance(update, Update):
        return
    failed: set = state["bot_data"].setdefault("failed", set())
    if update.update_id in failed:
        failed.discard(update.update_id)
        return
    inbox.settle(state["db"], telegram_channel.CHANNEL, str(update.update_id), state["clock"]())


async def start(application: Application, *, poll: bool = True) -> None:
    """After ``initialize()``: what was in flight at the last stop goes first, then polling and sending begin."""
    conversation: Conversation = application.bot_data["conversation"]
    drainer: Drainer = application.bot_data["drainer"]
    conversation.bot_username = application.bot.username
    recovered = outbox.recover_in_flight(conversation.db)
    if recovered:
        log.info("%d messages were being sent at the last stop; they go again", recovered)
    await application.start()
    await set_command_menu(application)
    poller: telegram_channel.InboxPoller = application.bot_data["poller"]
    replayed = await poller.replay()
    if replayed:
        log.info("%d updates received before the last stop are handled first", replayed)
    if poll:
        poller.start()
    application.bot_data["draining"] = asyncio.create_task(drainer.run(), name="lumbar:outbox")


def settle_memory() -> None:
    """What start-up made (modules, the Application) lives as long as the process: move it out of the
    garbage collector's sight. A full collection then walks only what came later, and a sweep's backlog
    of thousands of messages no longer stops every thread for a collection of the whole process (seen
    while profiling the backlog tick of benchmarks/sweep_scale.py; Instagram's write-up of ``gc.freeze``
    describes the same)."""
    gc.freeze()


async def stop(application: Application) -> None:
    """Stop polling, let the messages in flight finish, stop between messages; what is queued stays queued."""
    await application.bot_data["poller"].stop()
    application.bot_data["drainer"].stop()
    draining = application.bot_data.pop("draining", None)
    if draining is not None:
        await draining
    if application.running:
        await application.stop()
    await application.bot_data["sweeper"].close()


async def set_command_menu(application: Application) -> None:
    try:
        await application.bot.set_my_commands([BotCommand(name, description) for name, description in COMMANDS])
    except Exception as error:  # noqa: BLE001 - the menu is a nicety; the bot works without it
        log.warning("could not set the command menu: %s", type(error).__name__)


async def sweep_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Queue everyone who is due. The schedule lives in SQLite, so this job holds no state of its own."""
    await context.bot_data["sweeper"](context.bot_data["clock"]())
    context.bot_data["drainer"].wake()


async def serve_forever(application: Application) -> None:
    """``lumbar run``: until SIGINT or SIGTERM, then a clean stop."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    async with application:
        await start(application)
        settle_memory()
        log.info("Lumbar is polling Telegram")
        await stopping.wait()
        await stop(application)
