"""The minute sweep: who is due their daily question or their one reminder, decided from the database.

The database is the source of truth, not in-memory jobs: a restart resumes from what is stored,
never asks twice on one local day, and still sends a question missed during downtime if the
runner's day is not over.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlite_utils import Database

from coach import texts
from coach.models import Runner
from coach.schedule import at_local, local_date, next_prompt_after, next_weekly_after, quiet_now, reminder_due
from coach.zones import tzinfo_for
from coach.nudges import warmup
from handlers import checkin, clubs, nudging, reports
from handlers.replies import Outgoing, Reply
from handlers.turn import Turn
from storage import nudges, prompts, runners

log = logging.getLogger(__name__)

LATE_GRACE = dt.timedelta(minutes=15)
WARMUP_LEAD = dt.timedelta(minutes=30)
SUMMARY_GRACE = dt.timedelta(days=1)


def sweep(db: Database, now: dt.datetime, channels: tuple[str, ...], *, backfill_days: int = 14) -> list[Outgoing]:
    """Record and return every question and reminder due at ``now``; the caller sends them."""
    outgoing = _each(db, runners.runners_due(db, now, channels), lambda r: _daily_question(db, r, now, backfill_days))
    since = now.date() - dt.timedelta(days=warmup.WINDOW_DAYS + 1)
    warned = [runners.get_runner(db, i) for i in nudges.runners_nudged(db, warmup.AFTER_RULES, since, channels)]
    outgoing += _each(db, warned, lambda r: _warmup_tip(db, r, now, backfill_days))
    outgoing += _weekly_summaries(db, now, channels)
    clubs.send_due_reminders(db, now)
    clubs.send_due_digests(db, now)
    for prompt in prompts.reminders_due(db, now, channels):
        runner = runners.get_runner(db, prompt.runner_id)
        outgoing += _each(db, [runner], lambda r, p=prompt: _reminder(db, r, p, now, backfill_days))
    return outgoing


def _each(db: Database, due: list[Runner], decide: Callable[[Runner], Reply | None]) -> list[Outgoing]:
    """Decide for each runner in a transaction of its own; one runner's failure is logged and skips only them."""
    outgoing = []
    for runner in due:
        try:
            with db.atomic():
                reply = decide(runner)
        except Exception:
            log.exception("sweep failed for runner %s; the others go on", runner.id)
            continue
        if reply is not None:
            outgoing.append(Outgoing(runner.channel, runner.chat_id, reply, runner.id))
    return outgoing


def _daily_question(db: Database, runner: Runner, now: dt.datetime, backfill_days: int) -> Reply | None:
    """Today's question, if its time has come and it was not sent yet; late is fine, another day is not."""
    tz = tzinfo_for(runner.tz)
    today = local_date(now, tz)
    todays_time = at_local(today, runner.checkin_time, tz)
    runners.set_next_prompt(db, runner.id, next_prompt_after(now, runner.checkin_time, tz))
    if todays_time > now or _paused(runner, today):
        return None
    if now - todays_time > LATE_GRACE and quiet_now(now, tz, runner.quiet_start, runner.quiet_end):
        log.info("runner %s: today's question is late and it is quiet hours; skipped", runner.id)
        return None
    if not prompts.record_prompt(
        db, runner.id, today, sent=now, reminder_due=reminder_due(now, tz, runner.quiet_start, runner.quiet_end)
    ):
        return None
    question = checkin.next_question(Turn(db, now, runner, backfill_days, batch=""))
    if question is None:
        prompts.mark_answered(db, runner.id, today, now)
    return question


def _reminder(db: Database, runner: Runner, prompt: prompts.Prompt, now: dt.datetime, backfill_days: int) -> Reply | None:
    tz = tzinfo_for(runner.tz)
    today = local_date(now, tz)
    if prompt.local_date != today or not runner.active or _paused(runner, today):
        prompts.mark_reminded(db, runner.id, prompt.local_date, now)
        return None
    if quiet_now(now, tz, runner.quiet_start, runner.quiet_end):
        return None
    prompts.mark_reminded(db, runner.id, prompt.local_date, now)
    question = checkin.next_question(Turn(db, now, runner, backfill_days, batch=""))
    if question is None:
        prompts.mark_answered(db, runner.id, today, now)
        return None
    return Reply(texts.reminder() + "\n" + question.text, question.buttons)


def schedule(db: Database, runner: Runner, now: dt.datetime) -> dt.datetime:
    """Set the runner's next daily question and next weekly summary from their settings; returns the question's time."""
    tz = tzinfo_for(runner.tz)
    due = next_prompt_after(now, runner.checkin_time, tz)
    runners.set_next_prompt(db, runner.id, due)
    runners.set_next_summary(db, runner.id, next_weekly_after(now, runner.summary_day, runner.summary_time, tz))
    return due


def _weekly_summaries(db: Database, now: dt.datetime, channels: tuple[str, ...]) -> list[Outgoing]:
    """Sunday evening's summary with its chart. In quiet hours it waits for them to end; one missed by
    more than a day of downtime is skipped, not sent late; none is ever sent twice."""
    outgoing = []
    for runner in runners.runners_due_summary(db, now, channels):
        tz = tzinfo_for(runner.tz)
        if quiet_now(now, tz, runner.quiet_start, runner.quiet_end):
            continue
        with db.atomic():
            due = runners.next_summary(db, runner.id)
            runners.set_next_summary(db, runner.id, next_weekly_after(now, runner.summary_day, runner.summary_time, tz))
            today = local_date(now, tz)
            week_end = local_date(due, tz)
            if today - week_end > SUMMARY_GRACE or _paused(runner, today):
                continue
            if not prompts.record_prompt(db, runner.id, week_end, sent=now, kind="summary"):
                continue
        reply = reports.summary_reply(db, runner, reports.week_ending(week_end - dt.timedelta(days=6)), today=today)
        outgoing.append(Outgoing(runner.channel, runner.chat_id, reply, runner.id))
    return outgoing


def _warmup_tip(db: Database, runner: Runner, now: dt.datetime, backfill_days: int) -> Reply | None:
    tz = tzinfo_for(runner.tz)
    today = local_date(now, tz)
    if runner.run_time is None or not runner.active or _paused(runner, today):
        return None
    due = at_local(today, runner.run_time, tz) - WARMUP_LEAD
    if not due <= now < due + LATE_GRACE or quiet_now(now, tz, runner.quiet_start, runner.quiet_end):
        return None
    if not prompts.record_prompt(db, runner.id, today, sent=now, kind="warmup"):
        return None
    return nudging.warmup_tip(Turn(db, now, runner, backfill_days, batch=""))


def _paused(runner: Runner, today: dt.date) -> bool:
    return runner.paused_until is not None and today < runner.paused_until
