"""The minute sweep: who is due their daily question, reminder, warm-up tip, weekly summary, or a club
reminder or digest. It only queues messages; the outbox drainer sends them.

The database is the source of truth, not in-memory jobs: a restart resumes from what is stored, never
asks twice on one local day, and still asks a question missed during downtime if the runner's day is
not over. A question is recorded as asked in the same transaction as its queued message.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from sqlite_utils import Database

from coach import texts
from coach.models import Runner
from coach.nudges import warmup
from coach.schedule import at_local, end_of_day, local_date, next_prompt_after, quiet_now, reminder_due
from coach.zones import tzinfo_for
from handlers import checkin, nudging, outgoing, reports, scheduling
from handlers.jobs import club_jobs
from handlers.replies import Reply
from handlers.turn import Turn
from storage import club_reminders, clubs, jobs, nudges, prompts, runners
from storage.db import turn_wanted, utc_text

log = logging.getLogger(__name__)

LATE_GRACE = dt.timedelta(minutes=15)
WARMUP_LEAD = dt.timedelta(minutes=30)
SUMMARY_GRACE = dt.timedelta(days=1)
PARK_AFTER = 3
SLICE = 0.02
"""Seconds of sweep work between two turns of the event loop."""
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Queued:
    """A message the sweep decided on and queued for a runner."""

    channel: str
    chat_id: str
    reply: Reply
    runner_id: int
    kind: str
    gentle_after: dt.datetime | None = None
    expires: dt.datetime | None = None
    key: str = ""


def sweep(db: Database, now: dt.datetime, channels: tuple[str, ...], *, backfill_days: int = 14) -> list[Queued]:
    """Queue everything due at ``now``; returns what was queued for runners.

    Every item (a runner's question, reminder, summary or tip, a club's reminder or digest) is decided
    in a transaction and failure boundary of its own: one that raises is logged once with its id,
    tried again on the next sweeps, then parked, and never stops the others.
    """
    return [q for q in steps(db, now, channels, backfill_days=backfill_days) if q is not None]


async def sweep_in_slices(db: Database, now: dt.datetime, channels: tuple[str, ...], *, backfill_days: int = 14,
                          slice_seconds: float = SLICE) -> list[Queued]:
    """The same sweep on the event loop, handing the loop back every ``slice_seconds``: a Sunday's
    thousands of summaries never hold up a runner's reply. (The bot runs it in a worker thread with
    ``handlers.jobs.sweeper``; this is for a database only one connection can see.)"""
    queued: list[Queued] = []
    for part in in_slices(db, steps(db, now, channels, backfill_days=backfill_days), slice_seconds):
        queued.extend(part)
        await asyncio.sleep(0)
    return queued


def in_slices(db: Database, items: Iterator[Queued | None], slice_seconds: float = SLICE) -> Iterator[list[Queued]]:
    """The sweep's items in transactions of about ``slice_seconds`` each, or shorter when another of the
    process's connections is waiting to write (a reply then waits for one item, not a slice); yields what
    each one queued after it has committed, so the caller can let others write before the next.

    A slice's items commit together (each still in a savepoint of its own, so one failing item is rolled
    back alone): one fsync a slice rather than one an item. Nothing is open between slices; a crash inside
    a slice loses only queued rows that nothing has sent, and the next sweep redoes them.
    """
    finished = False
    while not finished:
        finished = True
        part: list[Queued] = []
        with db.atomic():
            deadline = time.perf_counter() + slice_seconds
            for item in items:
                if item is not None:
                    part.append(item)
                if time.perf_counter() >= deadline or turn_wanted(db):
                    finished = False
                    break
        yield part


def steps(db: Database, now: dt.datetime, channels: tuple[str, ...], *, backfill_days: int = 14
          ) -> Iterator[Queued | None]:
    """The sweep one item at a time (None for an item that queued nothing for a runner).

    Who is due is read here, from the indexes, before any item is decided: a long list (the backlog after
    an outage) is then never read while the write lock is held. Each runner is read again in the
    transaction that decides for them (``_each``), so a list read a moment earlier is never acted on stale.
    """
    questions = runners.runners_due(db, now, channels)
    warmups = runners.runners_due_warmup(db, now, channels)
    summaries = runners.runners_due_summary(db, now, channels)
    reminders = dict(prompts.reminders_due(db, now, channels))
    return _decide(db, now, backfill_days, questions, warmups, summaries, reminders)


def _decide(db: Database, now: dt.datetime, backfill_days: int, questions: list[int], warmups: list[int],
            summaries: list[int], reminders: dict[int, dt.date]) -> Iterator[Queued | None]:
    yield from _each(db, now, "question", questions, lambda i: runners.still_due(db, i, "next_prompt_utc", now),
                     lambda r: _daily_question(db, r, now, backfill_days))
    yield from _each(db, now, "warmup", warmups, lambda i: runners.still_due(db, i, "next_warmup_utc", now),
                     lambda r: _warmup_tip(db, r, now, backfill_days))
    yield from _each(db, now, "summary", summaries, lambda i: runners.still_due(db, i, "next_summary_utc", now),
                     lambda r: _weekly_summary(db, r, now))
    yield from _each(db, now, "reminder", reminders, lambda i: runners.maybe_runner(db, i),
                     lambda r: _reminder(db, r, reminders[r.id], now, backfill_days))
    for _ in _guarded(db, now, "club_reminder", club_reminders.due(db, now), lambda r: f"club_reminder:{r.id}",
                      lambda r: club_jobs.send_reminder(db, r, now)):
        yield None
    for _ in _guarded(db, now, "digest", clubs.clubs_due_digest(db, now), lambda c: f"club:{c.id}",
                      lambda c: club_jobs.send_digest(db, c, now)):
        yield None


def guarded(db: Database, now: dt.datetime, kind: str, items: Iterable[T], key: Callable[[T], str],
            work: Callable[[T], R]) -> list[R]:
    """Run ``work`` for each item in its own transaction; failures are counted per item and parked at the limit."""
    return [result for ok, result in _guarded(db, now, kind, items, key, work) if ok]


def _guarded(db: Database, now: dt.datetime, kind: str, items: Iterable[T], key: Callable[[T], str],
             work: Callable[[T], R]) -> Iterator[tuple[bool, R | None]]:
    """Each item's (done, result), yielded after its transaction has closed."""
    parked = jobs.parked(db, kind)
    for item in items:
        item_key = key(item)
        if item_key in parked:
            continue
        try:
            with db.atomic():
                result = work(item)
        except Exception as error:  # noqa: BLE001 - one item's failure must not stop the sweep
            failures = jobs.record_failure(db, kind, item_key, type(error).__name__, now=now, park_after=PARK_AFTER)
            if failures == 1:
                log.exception("%s %s failed; the others go on", kind, item_key)
            if failures >= PARK_AFTER:
                log.error("%s %s failed %d times; parked until it changes", kind, item_key, failures)
            yield False, None
        else:
            yield True, result


def _each(db: Database, now: dt.datetime, kind: str, due: Iterable[int], fetch: Callable[[int], Runner | None],
          decide: Callable[[Runner], Queued | None]) -> Iterator[Queued | None]:
    """Decide for each runner listed as due, read again (``fetch``) inside the transaction that decides:
    a runner who stopped, paused or answered since the list was read is seen as they are now."""
    def work(runner_id: int) -> Queued | None:
        runner = fetch(runner_id)
        if runner is None:
            return None
        queued = decide(runner)
        if queued is not None:
            outgoing.enqueue(db, [queued.reply], channel=runner.channel, chat_id=runner.chat_id, runner_id=runner.id,
                             key=queued.key, now=now, kind=queued.kind, priority=outgoing.SCHEDULED,
                             gentle_after=queued.gentle_after, expires=queued.expires)
        return queued

    for _, queued in _guarded(db, now, kind, due, lambda runner_id: f"runner:{runner_id}", work):
        yield queued


def _queued(runner: Runner, reply: Reply, kind: str, now: dt.datetime, *, gentle_after: dt.datetime | None,
            expires: dt.datetime | None) -> Queued:
    """The outbox key leads with the sweep's moment, so a tick's rows sit together in the key index (a key
    led by the runner's id wrote one page at random per message). It is not what stops a second question:
    the prompt recorded in the same transaction is (``prompts.record_prompt``, ``prompts.mark_reminded``)."""
    return Queued(runner.channel, runner.chat_id, reply, runner.id, kind, gentle_after, expires,
                  f"{kind}:{utc_text(now)}:{runner.id}")


def _daily_question(db: Database, runner: Runner, now: dt.datetime, backfill_days: int) -> Queued | None:
    """Today's question, if its time has come and it was not asked yet; late is fine, another day is not.

    It goes at the runner's own time even inside quiet hours (they chose it); once it is late (a restart,
    an outage) it waits for quiet hours to end, and it is dropped when the runner's day is over.
    """
    tz = tzinfo_for(runner.tz)
    turn = Turn(db, now, runner, backfill_days, batch="")
    turn.defer(next_prompt_utc=next_prompt_after(now, runner.checkin_time, tz))  # one update with the question's
    queued = _ask_today(turn, tz)
    turn.flush()
    return queued


def _ask_today(turn: Turn, tz: dt.tzinfo) -> Queued | None:
    db, runner, now = turn.db, turn.runner, turn.now
    today = local_date(now, tz)
    todays_time = at_local(today, runner.checkin_time, tz)
    if todays_time > now or runner.is_paused(today):
        return None
    if now - todays_time > LATE_GRACE and quiet_now(now, tz, runner.quiet_start, runner.quiet_end):
        log.info("runner %s: today's question is late and it is quiet hours; skipped", runner.id)
        return None
    if not prompts.record_prompt(
        db, runner.id, today, sent=now, reminder_due=reminder_due(now, tz, runner.quiet_start, runner.quiet_end)
    ):
        return None
    question = checkin.next_question(turn)
    if question is None:
        prompts.mark_answered(db, runner.id, today, now)
        return None
    return _queued(runner, question, "question", now,
                   gentle_after=todays_time + LATE_GRACE, expires=end_of_day(now, tz))


def _reminder(db: Database, runner: Runner, asked_on: dt.date, now: dt.datetime, backfill_days: int
               ) -> Queued | None:
    tz = tzinfo_for(runner.tz)
    today = local_date(now, tz)
    if not prompts.mark_reminded(db, runner.id, asked_on, now):
        return None
    if asked_on != today or not runner.active or runner.unreachable or runner.is_paused(today):
        return None
    question = checkin.next_question(Turn(db, now, runner, backfill_days, batch=""))
    if question is None:
        prompts.mark_answered(db, runner.id, today, now)
        return None
    reply = Reply(texts.reminder() + "\n" + question.text, question.buttons, sms=question.sms)
    return _queued(runner, reply, "reminder", now,
                   gentle_after=now, expires=end_of_day(now, tz))


def _weekly_summary(db: Database, runner: Runner, now: dt.datetime) -> Queued | None:
    """A complete week's summary that no answer has brought yet; it waits for quiet hours, one missed by
    more than a day is skipped, and none is ever sent twice."""
    runners.set_next_summary(db, runner.id, scheduling.next_summary_check(runner, now))
    reply = reports.weekly_if_due(db, runner, now)
    if reply is None:
        return None
    return _queued(runner, reply, "summary", now, gentle_after=now, expires=now + SUMMARY_GRACE)


def _warmup_tip(db: Database, runner: Runner, now: dt.datetime, backfill_days: int) -> Queued | None:
    """The warm-up tip half an hour before the usual run, on a day after a load warning; the next one is
    planned first, so the sweep looks at each runner once a day, when their moment comes."""
    tz = tzinfo_for(runner.tz)
    today = local_date(now, tz)
    if runner.run_time is None:
        runners.set_next_warmup(db, runner.id, None)
        return None
    lead = (dt.datetime.combine(today, runner.run_time) - WARMUP_LEAD).time()
    runners.set_next_warmup(db, runner.id, next_prompt_after(now, lead, tz))
    if not runner.active or runner.is_paused(today):
        return None
    run_at = at_local(today, runner.run_time, tz)
    due = run_at - WARMUP_LEAD
    if not due <= now < due + LATE_GRACE or quiet_now(now, tz, runner.quiet_start, runner.quiet_end):
        return None
    since = today - dt.timedelta(days=warmup.WINDOW_DAYS)
    if not nudges.warned_since(db, runner.id, warmup.AFTER_RULES, since):
        return None
    if not prompts.record_prompt(db, runner.id, today, sent=now, kind="warmup"):
        return None
    tip = nudging.warmup_tip(Turn(db, now, runner, backfill_days, batch=""))
    if tip is None:
        return None
    return _queued(runner, tip, "tip", now, gentle_after=now, expires=run_at)
