"""The minute sweep: who is due their daily question or their one reminder, decided from the database.

The database is the source of truth, not in-memory jobs: a restart resumes from what is stored,
never asks twice on one local day, and still sends a question missed during downtime if the
runner's day is not over.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from typing import TypeVar

from sqlite_utils import Database

from coach import texts
from coach.models import Runner
from coach.schedule import at_local, local_date, next_prompt_after, next_weekly_after, quiet_now, reminder_due
from coach.zones import tzinfo_for
from coach.nudges import warmup
from handlers import checkin, clubs, nudging, reports
from handlers.replies import Outgoing, Reply
from handlers.turn import Turn
from storage import club_reminders, jobs, nudges, prompts, runners
from storage import clubs as clubs_store

log = logging.getLogger(__name__)

LATE_GRACE = dt.timedelta(minutes=15)
WARMUP_LEAD = dt.timedelta(minutes=30)
SUMMARY_GRACE = dt.timedelta(days=1)
PARK_AFTER = 3
T = TypeVar("T")
R = TypeVar("R")


def sweep(db: Database, now: dt.datetime, channels: tuple[str, ...], *, backfill_days: int = 14) -> list[Outgoing]:
    """Record and return every question and reminder due at ``now``; the caller sends them.

    Every item (a runner's question, reminder, summary or tip, a club's reminder or digest) is
    decided in a transaction and failure boundary of its own: one that raises is logged once with
    its id, tried again on the next sweeps, then parked, and never stops the others.
    """
    outgoing = _each(db, now, "question", runners.runners_due(db, now, channels),
                     lambda r: _daily_question(db, r, now, backfill_days))
    since = now.date() - dt.timedelta(days=warmup.WINDOW_DAYS + 1)
    warned = [runners.get_runner(db, i) for i in nudges.runners_nudged(db, warmup.AFTER_RULES, since, channels)]
    outgoing += _each(db, now, "warmup", warned, lambda r: _warmup_tip(db, r, now, backfill_days))
    outgoing += _each(db, now, "summary", runners.runners_due_summary(db, now, channels),
                      lambda r: _weekly_summary(db, r, now))
    due_reminders = {p.runner_id: p for p in prompts.reminders_due(db, now, channels)}
    reminded = [runners.get_runner(db, runner_id) for runner_id in due_reminders]
    outgoing += _each(db, now, "reminder", reminded, lambda r: _reminder(db, r, due_reminders[r.id], now, backfill_days))
    guarded(db, now, "club_reminder", club_reminders.due(db, now), lambda r: f"club_reminder:{r.id}",
            lambda r: clubs.send_reminder(db, r, now))
    guarded(db, now, "digest", clubs_store.clubs_due_digest(db, now), lambda c: f"club:{c.id}",
            lambda c: clubs.send_digest(db, c, now))
    return outgoing


def guarded(db: Database, now: dt.datetime, kind: str, items: Iterable[T], key: Callable[[T], str],
            work: Callable[[T], R]) -> list[R]:
    """Run ``work`` for each item in its own transaction; failures are counted per item and parked at the limit."""
    parked = jobs.parked(db, kind)
    results = []
    for item in items:
        item_key = key(item)
        if item_key in parked:
            continue
        try:
            with db.atomic():
                results.append(work(item))
        except Exception as error:  # noqa: BLE001 - one item's failure must not stop the sweep
            failures = jobs.record_failure(db, kind, item_key, type(error).__name__, now=now, park_after=PARK_AFTER)
            if failures == 1:
                log.exception("%s %s failed; the others go on", kind, item_key)
            if failures >= PARK_AFTER:
                log.error("%s %s failed %d times; parked until it changes", kind, item_key, failures)
    return results


def _each(db: Database, now: dt.datetime, kind: str, due: Iterable[Runner],
          decide: Callable[[Runner], Reply | None]) -> list[Outgoing]:
    decided = guarded(db, now, kind, due, lambda r: f"runner:{r.id}", lambda r: (r, decide(r)))
    return [Outgoing(r.channel, r.chat_id, reply, r.id) for r, reply in decided if reply is not None]


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


def _weekly_summary(db: Database, runner: Runner, now: dt.datetime) -> Reply | None:
    """Sunday evening's summary with its chart. In quiet hours it waits for them to end; one missed by
    more than a day of downtime is skipped, not sent late; none is ever sent twice."""
    tz = tzinfo_for(runner.tz)
    if quiet_now(now, tz, runner.quiet_start, runner.quiet_end):
        return None
    due = runners.next_summary(db, runner.id)
    runners.set_next_summary(db, runner.id, next_weekly_after(now, runner.summary_day, runner.summary_time, tz))
    today = local_date(now, tz)
    week_end = local_date(due, tz)
    if today - week_end > SUMMARY_GRACE or _paused(runner, today):
        return None
    if not prompts.record_prompt(db, runner.id, week_end, sent=now, kind="summary"):
        return None
    return reports.summary_reply(db, runner, reports.week_ending(week_end - dt.timedelta(days=6)), today=today)


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
    return runner.is_paused(today)
