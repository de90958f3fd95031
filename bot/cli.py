"""The ``lumbar`` command line: run the Telegram bot, chat in the terminal, or watch a demo."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import sys

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from bot import logs
from bot.config import ConfigError, Settings, load_settings, read_env
from bot.errors import CommandError
from bot.startup import holding, open_database
from coach.zones import tzinfo_for


def configure_logging(level: str = "INFO", secrets: Iterable[str] = ()) -> None:
    """For the long-running commands; bot/logs.py keeps tokens and health data out at every level."""
    logs.configure(level, secrets)


@contextlib.contextmanager
def drawing_files() -> Iterator[None]:
    """Around a command that sends files: its worker processes (started at the first file) stop with it."""
    try:
        yield
    finally:
        from handlers import render_pool

        render_pool.shutdown()


def settings_or_exit() -> Settings:
    try:
        return load_settings(read_env())
    except ConfigError as error:
        click.echo(f"lumbar: {error}", err=True)
        sys.exit(2)


@click.group(invoke_without_command=True)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Lumbar: a daily lower-back pain and distance diary for runners.

    With no command: runs the Telegram bot when TELEGRAM_BOT_TOKEN is set,
    otherwise opens the terminal chat.
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(run if settings_or_exit().telegram_token else chat)


@cli.command()
def run() -> None:
    """Run the Telegram bot (long polling). Needs TELEGRAM_BOT_TOKEN."""
    from bot.app import build_application, serve_forever
    from bot.startup import wait_for_telegram

    settings = settings_or_exit()
    if not settings.telegram_token:
        click.echo("lumbar: TELEGRAM_BOT_TOKEN is not set. Get one from @BotFather, or try `lumbar chat`.", err=True)
        sys.exit(2)
    configure_logging(settings.log_level, logs.secrets_in(read_env()))
    with holding(settings.db_path, "lumbar run"):
        db = open_database(settings.db_path)
        if not wait_for_telegram(settings):
            return
        application = build_application(settings, db)
        logging.getLogger("lumbar").info("database %s", settings.db_path)
        with drawing_files():
            asyncio.run(serve_forever(application))


@cli.command()
def serve() -> None:
    """Serve webhooks for SMS (Twilio) and Telegram on one port, with the sweep and sending in the same process."""
    import uvicorn

    from bot.app import settle_memory
    from bot.serve import Server
    from bot.startup import wait_for_telegram
    from bot.twilio_config import load_serve_settings

    settings = settings_or_exit()
    try:
        serving = load_serve_settings(read_env())
    except ConfigError as error:
        click.echo(f"lumbar: {error}", err=True)
        sys.exit(2)
    if not serving.sms and not settings.telegram_token:
        click.echo("lumbar: nothing to serve: set TWILIO_* for SMS, or TELEGRAM_BOT_TOKEN (with "
                   "TELEGRAM_WEBHOOK_SECRET and LUMBAR_PUBLIC_URL for webhooks). README, section SMS, lists them.", err=True)
        sys.exit(2)
    configure_logging(settings.log_level, logs.secrets_in(read_env()))
    with holding(settings.db_path, "lumbar serve"):
        db = open_database(settings.db_path)
        if settings.telegram_token and not wait_for_telegram(settings):
            return
        server = Server(settings, serving, db)
        settle_memory()
        logging.getLogger("lumbar").info("database %s", settings.db_path)
        config = uvicorn.Config(server.app, host=serving.http_host, port=serving.http_port, log_config=None,
                                access_log=False, lifespan="on", server_header=False)
        with drawing_files():
            uvicorn.Server(config).run()


@cli.command()
@click.option("--now", "start", type=click.DateTime(["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"]), default=None,
              help="Pretend it is this UTC time (e.g. '2026-11-24 07:59') to see the daily question arrive.")
@click.option("--chat-id", default="local", show_default=True, help="Which local runner you are.")
@click.option("--sms", "as_sms", is_flag=True, help="Show the replies as texts would arrive, with segment counts.")
@click.option("--number", default="+447700900123", show_default=True, help="With --sms: your phone number (E.164).")
def chat(start: dt.datetime | None, chat_id: str, as_sms: bool, number: str) -> None:
    """Chat with Lumbar in this terminal: same conversation, database and scheduler, no token needed."""
    from coach.clock import OffsetClock
    from handlers.conversation import Conversation
    from handlers.channels.terminal import TerminalChat

    settings = settings_or_exit()
    with holding(settings.db_path, "lumbar chat"):
        db = open_database(settings.db_path)
        clock = OffsetClock(start.replace(tzinfo=dt.timezone.utc)) if start else OffsetClock(dt.datetime.now(dt.timezone.utc))
        click.echo(f"Database: {settings.db_path}")
        conversation = Conversation(db, clock, backfill_days=settings.backfill_days)
        with drawing_files():
            if as_sms:
                from handlers.channels.sms_terminal import SmsTerminalChat

                asyncio.run(SmsTerminalChat(conversation, number=number).run())
            else:
                asyncio.run(TerminalChat(conversation, chat_id=chat_id).run())


DEMO_DB = "lumbar-demo.db"


@cli.command()
@click.option("--days", default=21, show_default=True, type=click.IntRange(1, 120), help="How many days to replay.")
@click.option("--db", "db_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help=f"The database to write to. Default: {DEMO_DB} beside LUMBAR_DB, never LUMBAR_DB itself.")
def demo(days: int, db_file: Path | None) -> None:
    """Create a sample runner with three weeks of check-ins and print the conversation."""
    from bot.demo import run_demo

    settings = settings_or_exit()
    path = db_file or settings.db_path.with_name(DEMO_DB)
    db = open_database(path)
    run_demo(db, days=days)
    click.echo(f"\nThe sample runner's diary is in {path}. "
               f"Try `LUMBAR_DB={path} lumbar chat --chat-id demo-runner`.")


@cli.command("export")
@click.option("--runner", "key", required=True, help="The runner's id (see `lumbar runners`) or chat id.")
@click.option("--format", "kind", type=click.Choice(["csv", "json", "pdf"]), default="json", show_default=True)
@click.option("--weeks", type=click.IntRange(1, 520), default=None,
              help="Only the last N weeks (csv and pdf; json is always complete). PDF default: 8.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), required=True, help="File to write.")
def export_command(key: str, kind: str, weeks: int | None, out: str) -> None:
    """Export one runner's diary: CSV, complete JSON (restorable with `lumbar import`) or a physio PDF."""
    from handlers import reports
    from storage.runners import find_by_id_or_chat

    settings = settings_or_exit()
    db = open_database(settings.db_path)
    runner = find_by_id_or_chat(db, key)
    if runner is None:
        click.echo(f"lumbar: no runner {key!r} in {settings.db_path}.", err=True)
        sys.exit(2)
    now = dt.datetime.now(dt.timezone.utc)
    today = now.astimezone(tzinfo_for(runner.tz)).date()
    if kind == "csv":
        first = today - dt.timedelta(weeks=weeks) + dt.timedelta(days=1) if weeks else dt.date.min
        attachment = reports.csv_attachment(db, runner, first)
    elif kind == "json":
        attachment = reports.json_attachment(db, runner, now)
    else:
        attachment = reports.pdf_attachment(db, runner, today, weeks or reports.PDF_WEEKS)
    Path(out).write_bytes(reports.prepare(db, attachment)())
    click.echo(f"Wrote {out}")


@cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def import_command(path: str) -> None:
    """Restore a runner from a JSON export (from /export or `lumbar export --format json`)."""
    from handlers.scheduling import schedule
    from storage.export import ExportFormatError, restore_runner
    from storage.runners import get_runner

    settings = settings_or_exit()
    db = open_database(settings.db_path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        restored = restore_runner(db, data)
    except (ValueError, KeyError, TypeError) as error:
        message = str(error) if isinstance(error, ExportFormatError) else f"{path} is not a readable Lumbar export"
        click.echo(f"lumbar: {message}.", err=True)
        sys.exit(2)
    runner = get_runner(db, restored.runner_id)
    if runner.active and runner.onboarding_step is None:
        schedule(db, runner, dt.datetime.now(dt.timezone.utc))
    click.echo(f"Imported runner {restored.runner_id} into {settings.db_path}.")
    if restored.clubs_not_here:
        click.echo(f"Not restored, as these clubs are not in this database: {', '.join(restored.clubs_not_here)}.")


@cli.command("runners")
def runners_command() -> None:
    """List the runners in the database: id, channel, chat id, days logged."""
    from storage.runners import runner_list

    settings = settings_or_exit()
    for row in runner_list(open_database(settings.db_path)):
        click.echo(f"{row['id']:>5}  {row['channel']:<9} {row['chat_id']:<16} {row['days']} days")


@cli.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--overwrite", is_flag=True, help="Replace FILE if it exists.")
def backup_command(file: Path, overwrite: bool) -> None:
    """Copy the database to FILE, safely while the bot runs (SQLite's online backup API).

    Example: lumbar backup /backups/lumbar-$(date +%F).db
    """
    from bot.backup import BackupError, backup

    settings = settings_or_exit()
    try:
        backup(settings.db_path, file, overwrite=overwrite)
    except (BackupError, OSError) as error:
        raise CommandError(str(error)) from None
    click.echo(f"Backed up {settings.db_path} to {file} (integrity checked).")


@cli.command("restore")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Restore although the sweep ran in the last 90 s.")
def restore_command(file: Path, force: bool) -> None:
    """Replace the database with the backup FILE. Stop the bot first: this refuses while it runs.

    The database being replaced is kept beside it as LUMBAR_DB.before-restore-<time>.
    """
    from bot.backup import BackupError, restore

    settings = settings_or_exit()
    try:
        restored = restore(file, settings.db_path, now=dt.datetime.now(dt.timezone.utc), force=force)
    except (BackupError, OSError) as error:
        raise CommandError(str(error)) from None
    runners = f"{restored.runners} runner{'' if restored.runners == 1 else 's'}"
    click.echo(f"Restored {file} into {settings.db_path}: {runners}, {restored.schema} migrations.")
    if restored.previous:
        click.echo(f"The database it replaced is kept as {restored.previous}.")


@cli.command("check")
@click.option("--sweep-within", "within", type=click.IntRange(1), default=None, metavar="SECONDS",
              help="Only check that the sweep ran in the last SECONDS (exit 1 if not): a container health check "
                   "for `lumbar run`, which serves no /healthz.")
def check_command(within: int | None) -> None:
    """Integrity, schema, row counts, outbox backlog, parked jobs, last sweep and backup. Exit 1 if unhealthy."""
    import sqlite3

    from sqlite_utils import Database

    from bot.backup import BackupError, connect_existing
    from bot.check import ago, render
    from storage import health

    settings = settings_or_exit()
    now = dt.datetime.now(dt.timezone.utc)
    try:
        db = Database(connect_existing(settings.db_path))
        if within is not None:
            last = health.last_beat(db, "sweep")
            click.echo(f"Last sweep: {ago(last, now)}")
            sys.exit(0 if last is not None and (now - last).total_seconds() <= within else 1)
        report = health.report(db)
    except (BackupError, sqlite3.DatabaseError) as error:
        raise CommandError(f"cannot check {settings.db_path}: {error}") from None
    click.echo("\n".join(render(report, settings.db_path, now)))
    sys.exit(0 if report.healthy else 1)


def main() -> None:
    cli()
