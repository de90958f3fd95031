"""Every statement the minute sweep, a check-in and the outbox drainer run is answered from an index.

The SQL is not copied here: it is recorded (sqlite3's trace callback) while the real code runs against a
migrated database, and each statement's ``EXPLAIN QUERY PLAN`` is read. A full ``SCAN`` of a table that
grows with runners or history fails the test, so a changed query that loses its index fails it too.
A check-in's statements are counted as well, with an upper bound.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from coach.clock import ManualClock
from handlers import club_delivery
from handlers.jobs.outbox import Drainer
from handlers.transport import TransportError
from storage import broadcasts, club_reminders, clubs, inbox, open_db, prompts, runners
from storage.health import beat
from storage.trace import is_query, plan, recorded
from tests.helpers import Chat, sweep_minutes

UTC = dt.timezone.utc
MONDAY = dt.datetime(2026, 11, 23, 6, 0, tzinfo=UTC)

BOUNDED_SCANS = {
    "SCAN CONSTANT ROW",
    "SCAN outbox USING INDEX outbox_pending",  # a partial index: only messages still waiting to go
    "SCAN broadcasts USING INDEX broadcasts_sending",  # a partial index: only broadcasts being sent
    "SCAN sqlite_master",  # the schema, read by sqlite-utils' table helpers in the weekly club jobs
}
"""Scans whose length follows what is open now, not how many runners or how much history there is."""

MAX_CHECKIN_STATEMENTS = 40


class Recorder:
    """A transport that takes every message, except to one chat that has blocked the bot."""

    channel = "terminal"

    def __init__(self, blocked: str) -> None:
        self.blocked = blocked

    async def send_text(self, chat_id, text, buttons, *, table) -> None:
        if chat_id == self.blocked:
            raise TransportError("blocked", permanent=True)

    async def send_file(self, chat_id, filename, content, *, photo) -> None:
        pass


@pytest.fixture(scope="module")
def scene():
    """Three runners (one with a usual run time and a recent load warning), a club with a reminder, a
    broadcast being sent; then the statements of check-ins, a day of minute sweeps and a drain."""
    db = open_db(None)
    clock = ManualClock(MONDAY)
    chats = [Chat(db, clock, chat_id=f"runner{n}") for n in range(3)]
    for chat in chats:
        chat.onboard()
    first = runners.find_runner(db, "terminal", "runner0")
    runners.update_runner(db, first.id, now=clock(), run_time=dt.time(18, 0))
    db.execute("insert into nudges (runner_id, date, rule_id, family, status, why, created_at)"
               " values (?, '2026-11-22', 'R11', 'load', 'sent', 'a test', ?)", [first.id, clock().isoformat()])
    club = clubs.create_club(db, "Harriers", first.id, "Europe/London", now=clock())
    for chat in chats[1:]:
        clubs.add_member(db, club.id, runners.find_runner(db, "terminal", chat.chat_id).id, "member", now=clock())
    club_reminders.add(db, club.id, first.id, "Track at 7", weekday=0, on_date=None, time=dt.time(12, 0),
                       next_at=MONDAY + dt.timedelta(hours=6), now=clock())
    found = {}
    with recorded(db) as found["checkin"]:
        chats[0].say("pain 3, ran 5 km yesterday")
        chats[1].say("8")
        chats[1].say("no")
        chats[2].say("4")
    with recorded(db) as found["sweep"]:
        sweep_minutes(db, clock, until=MONDAY + dt.timedelta(days=1), channels=("terminal",))
        inbox.forget_before(db, clock() - dt.timedelta(days=3))
        beat(db, "sweep", clock())
    broadcast = broadcasts.draft(db, club.id, first.id, "AGM on Thursday", now=clock())
    club_delivery.fan_out(db, broadcast, now=clock())
    with recorded(db) as found["drain"]:
        drainer = Drainer(db, {"terminal": Recorder(blocked="runner2")}, clock, pacers={}, idle=0.01)
        asyncio.run(drainer.drain(limit_seconds=5))
    yield db, {path: [s for s in statements if is_query(s)] for path, statements in found.items()}
    db.close()


@pytest.mark.parametrize("path", ["checkin", "sweep", "drain"])
def test_no_statement_scans_a_table_that_grows(scene, path: str) -> None:
    db, found = scene
    unindexed = {}
    for statement in set(found[path]):
        scans = [step for step in plan(db, statement) if step.startswith("SCAN") and step not in BOUNDED_SCANS]
        if scans:
            unindexed[statement[:160]] = scans
    assert unindexed == {}


def test_the_recording_holds_the_questions_that_matter(scene) -> None:
    """The test above would pass on nothing: it must have seen the sweep's and the drainer's own queries."""
    _, found = scene
    sweep = " ".join(found["sweep"])
    for fragment in ("where next_prompt_utc <=", "where next_summary_utc <=", "reminder_due_utc <=",
                     "where next_warmup_utc <=", "status = 'sent' and rule_id in", "from club_reminders", "from clubs where next_digest_utc",
                     "delete from inbox where handled_at"):
        assert fragment in sweep
    drain = " ".join(found["drain"])
    for fragment in ("from outbox where status = 'pending'", "from broadcasts where status = 'sending'",
                     "update outbox set status = 'blocked'"):
        assert fragment in drain
    checkin = " ".join(found["checkin"])
    for fragment in ("from redflag_answers", "from nudges where runner_id", "from entries where runner_id"):
        assert fragment in checkin


def test_a_check_in_runs_a_bounded_number_of_statements_and_no_schema_look_ups(db, clock) -> None:
    chat = Chat(db, clock)
    chat.onboard()
    for _ in range(20):
        clock.advance(days=1)
        chat.say("pain 3, ran 5 km")
    clock.advance(days=1)
    with recorded(db) as statements:
        [reply] = chat.say("pain 4, ran 6 km")
    assert reply.text.startswith("Saved")
    assert not [s for s in statements if "sqlite_master" in s or "table_info" in s]
    assert len(statements) <= MAX_CHECKIN_STATEMENTS, "\n".join(statements)


def test_answering_takes_the_question_off_the_reminder_index(db, clock) -> None:
    chat = Chat(db, clock)
    chat.onboard()
    runner = runners.find_runner(db, "terminal", chat.chat_id)
    sweep_minutes(db, clock, until=clock().replace(hour=8, minute=1), channels=("terminal",))
    asked = prompts.get_prompt(db, runner.id, clock().date())
    assert asked is not None and asked.reminder_due is not None
    chat.say("3")
    chat.say("5 km")
    answered = prompts.get_prompt(db, runner.id, clock().date())
    assert answered.answered is not None and answered.reminder_due is None


def test_the_sweep_writes_a_runners_row_once_to_ask_and_not_at_all_to_remind(db, clock) -> None:
    """Asking plans the next question in the same statement that notes which answer is awaited, and reads
    the two diary days it looks at in one statement; a reminder of the question leaves the row as it is."""
    chat = Chat(db, clock)
    chat.onboard(time="08:00")
    sweep_minutes(db, clock, until=clock().replace(hour=7, minute=59))
    with recorded(db) as asking:
        [(_, question)] = sweep_minutes(db, clock, until=clock().replace(hour=8, minute=0))
    sweep_minutes(db, clock, until=clock().replace(hour=10, minute=59))
    with recorded(db) as reminding:
        [(_, reminder)] = sweep_minutes(db, clock, until=clock().replace(hour=11, minute=0))
    assert (question.kind, reminder.kind) == ("question", "reminder")
    runner_writes = [s for s in asking if s.startswith("update runners")]
    assert len(runner_writes) == 1 and "next_prompt_utc" in runner_writes[0] and "awaiting" in runner_writes[0]
    assert len([s for s in asking if s.startswith("select") and " from entries where" in s]) == 1
    assert [s for s in reminding if s.startswith("update runners")] == []
    runner = runners.find_runner(db, "terminal", chat.chat_id)
    assert runner.awaiting is not None
    assert runners.next_prompt(db, runner.id) == dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.timezone.utc)
